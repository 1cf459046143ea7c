#include "MediaPage.h"

#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QImageReader>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kThumb = 148;
}

MediaPage::MediaPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_search(new QLineEdit(this)), m_grid(new QListWidget(this)),
      m_stack(new QStackedLayout), m_empty(new EmptyState(QStringLiteral("images"), this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Photos and videos of your account, ready to attach to posts."));
    m_search->setPlaceholderText(tr("Search by name, tag or description (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->addAction(Icons::ui(QStringLiteral("search"), Theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search media"));
    connect(m_search, &QLineEdit::textChanged, this, &MediaPage::reload);
    header->addWidget(m_search);

    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kThumb, kThumb));
    m_grid->setGridSize(QSize(kThumb + 24, kThumb + 44));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setWordWrap(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setAccessibleName(tr("Media library"));

    m_empty->setTitle(tr("No photos or videos yet"));
    m_empty->setText(tr("Your library keeps the photos and videos you attach to posts. Media already in your "
                        "Pitchside account appear here after the first sync."));

    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *body = new QWidget(this);
    body->setLayout(m_stack);
    body->setContentsMargins(Theme::spacing * 2, 0, Theme::spacing * 2, Theme::spacing);
    layout->addWidget(body, 1);

    connect(&m_context.store.hub(), &store::ChangeHub::changed, this, [this](const QString &type) {
        if (type == store::EntityType::Media)
            reload();
    });
    reload();
}

void MediaPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

int MediaPage::shownCount() const
{
    return m_grid->count();
}

void MediaPage::reload()
{
    const QVector<Media> items = m_context.store.media().list(m_search->text(), 500);
    m_grid->clear();
    for (const Media &m : items) {
        QPixmap thumb;
        if (!m.localPath.isEmpty()) {
            QImageReader reader(m.localPath);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid())
                reader.setScaledSize(size.scaled(kThumb, kThumb, Qt::KeepAspectRatio));
            thumb = QPixmap::fromImage(reader.read());
        }
        if (thumb.isNull())
            thumb = Icons::uiPixmap(m.type == Media::Type::Video ? QStringLiteral("play") : QStringLiteral("image"),
                                    kThumb / 2, Theme::mutedText());
        auto *item = new QListWidgetItem(QIcon(thumb), m.filename, m_grid);
        item->setToolTip(tr("%1\n%2 × %3 · %4\n%5")
                             .arg(m.filename)
                             .arg(m.width)
                             .arg(m.height)
                             .arg(QLocale().formattedDataSize(m.sizeBytes), m.tags.join(QStringLiteral(", "))));
    }
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (items.isEmpty() && searching) {
        m_empty->setTitle(tr("Nothing matches “%1”").arg(m_search->text().trimmed()));
        m_empty->setText(tr("Try another word, or fewer words."));
    } else {
        m_empty->setTitle(tr("No photos or videos yet"));
        m_empty->setText(tr("Your library keeps the photos and videos you attach to posts. Media already in your "
                            "Pitchside account appear here after the first sync."));
    }
    m_stack->setCurrentWidget(items.isEmpty() ? static_cast<QWidget *>(m_empty) : m_grid);
}

} // namespace pitchside::ui
