#include "MediaPickerDialog.h"

#include "Icons.h"
#include "MediaThumbnails.h"
#include "Theme.h"
#include "models/store/Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEdge = 112;
} // namespace

MediaPickerDialog::MediaPickerDialog(store::Store &store, MediaThumbnails &thumbnails, int maxCount, QWidget *parent)
    : QDialog(parent), m_store(store), m_thumbnails(thumbnails), m_maxCount(std::max(1, maxCount)),
      m_search(new QLineEdit(this)), m_grid(new QListWidget(this)), m_status(new QLabel(this))
{
    setWindowTitle(m_maxCount == 1 ? tr("Choose a picture") : tr("Attach photos and videos"));
    resize(720, 520);
    m_search->setPlaceholderText(tr("Search by name, tag or description"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::ui(QStringLiteral("search"), Theme::mutedText()), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search the library"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setIconSize(QSize(kEdge, kEdge));
    m_grid->setGridSize(QSize(kEdge + 24, kEdge + fontMetrics().height() * 2 + 12));
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setWordWrap(true);
    m_grid->setUniformItemSizes(true);
    m_grid->setSelectionMode(m_maxCount == 1 ? QAbstractItemView::SingleSelection
                                              : QAbstractItemView::MultiSelection);
    m_grid->setAccessibleName(tr("Media library"));
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_maxCount == 1 ? tr("Choose") : tr("Attach"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MediaPickerDialog::reload);
    connect(m_grid, &QListWidget::itemSelectionChanged, this, &MediaPickerDialog::refreshState);
    connect(m_grid, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_maxCount == 1)
            accept();
    });
    connect(&m_thumbnails, &MediaThumbnails::ready, this, [this](const QString &id) {
        for (int i = 0; i < m_grid->count(); ++i) {
            QListWidgetItem *item = m_grid->item(i);
            if (item->data(kIdRole).toString() == id) {
                if (const auto media = m_store.media().find(id))
                    item->setIcon(QIcon(m_thumbnails.thumbnail(*media, kEdge)));
            }
        }
    });
    reload();
}

void MediaPickerDialog::setExcluded(const QStringList &ids)
{
    m_excluded = ids;
    reload();
}

void MediaPickerDialog::reload()
{
    const QStringList selected = selectedIds();
    m_grid->clear();
    const QVector<Media> items = m_store.media().list(m_search->text(), 1000);
    for (const Media &m : items) {
        if (m_excluded.contains(m.id))
            continue;
        auto *item = new QListWidgetItem(m_grid);
        item->setData(kIdRole, m.id);
        item->setText(m.filename);
        const QPixmap thumb = m_thumbnails.thumbnail(m, kEdge);
        item->setIcon(thumb.isNull() ? Icons::ui(m.type == Media::Type::Video ? QStringLiteral("play")
                                                                               : QStringLiteral("image"),
                                                 Theme::mutedText())
                                     : QIcon(thumb));
        QString tip = m.filename;
        tip += QLatin1Char('\n') + (m.altText.isEmpty() ? tr("No description for screen readers yet")
                                                        : tr("Description: %1").arg(m.altText));
        if (!m.tags.isEmpty())
            tip += QLatin1Char('\n') + tr("Tags: %1").arg(m.tags.join(QStringLiteral(", ")));
        item->setToolTip(tip);
        item->setSelected(selected.contains(m.id));
    }
    refreshState();
}

void MediaPickerDialog::refreshState()
{
    const int chosen = int(selectedIds().size());
    if (m_grid->count() == 0) {
        m_status->setText(m_search->text().isEmpty()
                              ? tr("Your library is empty. Add photos and videos in the Media module (Ctrl+3).")
                              : tr("Nothing in the library matches this search."));
    } else if (m_maxCount > 1) {
        m_status->setText(tr("%n chosen", nullptr, chosen) + QStringLiteral(" · ")
                          + tr("room for %n more on this post", nullptr, std::max(0, m_maxCount - chosen)));
    } else {
        m_status->clear();
    }
    m_ok->setEnabled(chosen > 0 && chosen <= m_maxCount);
    if (chosen > m_maxCount)
        m_status->setText(tr("Choose at most %1: a post carries at most 10 photos or videos.").arg(m_maxCount));
}

QStringList MediaPickerDialog::selectedIds() const
{
    QStringList ids;
    // In the order shown, which is the order they will be attached in.
    for (int i = 0; i < m_grid->count(); ++i) {
        if (m_grid->item(i)->isSelected())
            ids << m_grid->item(i)->data(kIdRole).toString();
    }
    return ids;
}

} // namespace pitchside::ui
