#include "MediaStrip.h"

#include "../common/Icons.h"
#include "../common/MediaThumbnails.h"
#include "../common/PostMime.h"
#include "../common/Theme.h"
#include "models/PostRules.h"
#include "models/store/Store.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kEdge = 72;

// The list: reorders by dragging inside, takes library drops, Delete removes.
class StripList : public QListWidget
{
public:
    StripList(MediaStrip *strip) : QListWidget(strip), m_strip(strip)
    {
        setViewMode(QListView::IconMode);
        setFlow(QListView::LeftToRight);
        setWrapping(false);
        setMovement(QListView::Snap);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDefaultDropAction(Qt::MoveAction);
        setIconSize(QSize(kEdge, kEdge));
        setGridSize(QSize(kEdge + 28, kEdge + fontMetrics().height() + 14));
        setFixedHeight(kEdge + fontMetrics().height() + 24 + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        setWordWrap(false);
        setTextElideMode(Qt::ElideRight);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setContextMenuPolicy(Qt::CustomContextMenu);
        setAcceptDrops(true);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (!PostMime::mediaIds(event->mimeData()).isEmpty())
            event->acceptProposedAction();
        else
            QListWidget::dragEnterEvent(event);
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (!PostMime::mediaIds(event->mimeData()).isEmpty())
            event->acceptProposedAction();
        else
            QListWidget::dragMoveEvent(event);
    }
    void dropEvent(QDropEvent *event) override
    {
        const QStringList ids = PostMime::mediaIds(event->mimeData());
        if (!ids.isEmpty()) {
            event->acceptProposedAction();
            m_strip->addMediaIds(ids);
            return;
        }
        QListWidget::dropEvent(event); // a reorder
        QMetaObject::invokeMethod(m_strip, &MediaStrip::changed, Qt::QueuedConnection);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && currentRow() >= 0) {
            m_strip->removeAt(currentRow());
            return;
        }
        QListWidget::keyPressEvent(event);
    }

private:
    MediaStrip *m_strip;
};

} // namespace

MediaStrip::MediaStrip(store::Store &store, MediaThumbnails &thumbnails, QWidget *parent)
    : QWidget(parent), m_store(store), m_thumbnails(thumbnails), m_list(new StripList(this)),
      m_add(new QPushButton(Icons::ui(QStringLiteral("images")), tr("Add photos…"), this)), m_hint(new QLabel(this))
{
    setAcceptDrops(true);
    m_list->setAccessibleName(tr("Attached photos and videos"));
    m_add->setToolTip(tr("Attach photos or videos from the library (or drop them here from the Media module)"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_hint, 1);
    top->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spacing / 2);
    layout->addLayout(top);
    layout->addWidget(m_list);
    connect(m_add, &QPushButton::clicked, this, &MediaStrip::addRequested);
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_list->row(m_list->itemAt(pos));
        if (row < 0)
            return;
        QMenu menu(this);
        menu.addAction(Icons::ui(QStringLiteral("chevron-left")), tr("Move left"), this,
                       [this, row] { moveItem(row, row - 1); })
            ->setEnabled(row > 0);
        menu.addAction(Icons::ui(QStringLiteral("chevron-right")), tr("Move right"), this,
                       [this, row] { moveItem(row, row + 1); })
            ->setEnabled(row + 1 < m_list->count());
        menu.addSeparator();
        menu.addAction(Icons::ui(QStringLiteral("x")), tr("Remove from the post"), this, [this, row] { removeAt(row); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(&m_thumbnails, &MediaThumbnails::ready, this, [this](const QString &id) {
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(kIdRole).toString() == id) {
                if (const auto media = m_store.media().find(id))
                    m_list->item(i)->setIcon(QIcon(m_thumbnails.thumbnail(*media, kEdge * 2)));
            }
        }
    });
    refreshHint();
}

QStringList MediaStrip::mediaIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

void MediaStrip::setMediaIds(const QStringList &ids)
{
    if (ids != mediaIds())
        rebuild(ids);
}

int MediaStrip::addMediaIds(const QStringList &ids)
{
    QStringList current = mediaIds();
    int added = 0;
    int refused = 0;
    for (const QString &id : ids) {
        if (current.contains(id))
            continue;
        if (current.size() >= PostRules::kMaxMedia) {
            ++refused;
            continue;
        }
        current << id;
        ++added;
    }
    if (added) {
        rebuild(current);
        Q_EMIT changed();
    }
    if (refused)
        Q_EMIT limitReached(refused);
    return added;
}

void MediaStrip::removeAt(int index)
{
    QStringList ids = mediaIds();
    if (index < 0 || index >= ids.size())
        return;
    ids.removeAt(index);
    rebuild(ids);
    Q_EMIT changed();
}

void MediaStrip::moveItem(int from, int to)
{
    QStringList ids = mediaIds();
    if (from < 0 || from >= ids.size() || to < 0 || to >= ids.size() || from == to)
        return;
    ids.move(from, to);
    rebuild(ids);
    m_list->setCurrentRow(to);
    Q_EMIT changed();
}

void MediaStrip::rebuild(const QStringList &ids)
{
    m_list->clear();
    for (const QString &id : ids) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(kIdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        const std::optional<Media> media = m_store.media().find(id);
        if (!media) {
            // Listed by the post but not (yet) in this computer's library.
            item->setIcon(Icons::ui(QStringLiteral("image"), Theme::mutedText()));
            item->setText(tr("Not synced yet"));
            continue;
        }
        const QPixmap thumb = m_thumbnails.thumbnail(*media, kEdge * 2);
        item->setIcon(thumb.isNull() ? Icons::ui(media->type == Media::Type::Video ? QStringLiteral("play")
                                                                                   : QStringLiteral("image"),
                                                 Theme::mutedText())
                                     : QIcon(thumb));
        // The alt text, visible: people see at once which photos lack one.
        item->setText(media->altText.isEmpty() ? tr("No description") : media->altText);
        item->setForeground(media->altText.isEmpty() ? Theme::warning() : m_list->palette().color(QPalette::Text));
        item->setToolTip(media->altText.isEmpty()
                             ? tr("%1\nNo description for screen readers: add one in the Media module.").arg(media->filename)
                             : tr("%1\nDescription: %2").arg(media->filename, media->altText));
    }
    refreshHint();
}

void MediaStrip::refreshHint()
{
    const int n = m_list->count();
    m_list->setVisible(n > 0);
    m_add->setEnabled(n < PostRules::kMaxMedia);
    m_hint->setText(n == 0 ? tr("No photo or video yet. Drop some here from the Media module.")
                           : tr("%1 of %2 · drag to reorder; the first one leads the post.")
                                 .arg(n)
                                 .arg(PostRules::kMaxMedia));
}

void MediaStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PostMime::mediaIds(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MediaStrip::dragMoveEvent(QDragMoveEvent *event)
{
    if (!PostMime::mediaIds(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MediaStrip::dropEvent(QDropEvent *event)
{
    const QStringList ids = PostMime::mediaIds(event->mimeData());
    if (ids.isEmpty())
        return;
    event->acceptProposedAction();
    addMediaIds(ids);
}

} // namespace pitchside::ui
