#include "DraftTray.h"

#include "../common/PostItemDelegate.h"
#include "../common/PostMime.h"
#include "../common/Theme.h"
#include "models/PostListModel.h"
#include "models/store/Store.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QVBoxLayout>

namespace pitchside::ui {

// The list: drags posts out, takes planned posts in.
class DraftList : public QListWidget
{
public:
    explicit DraftList(DraftTray *tray) : QListWidget(tray), m_tray(tray)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(false);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::MoveAction);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setItemDelegate(new PostItemDelegate(this));
        setUniformItemSizes(true);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setFrameShape(QFrame::NoFrame);
        setContextMenuPolicy(Qt::CustomContextMenu);
    }

protected:
    QStringList mimeTypes() const override { return {PostMime::type()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        return items.isEmpty() ? nullptr : PostMime::make(items.first()->data(PostListModel::IdRole).toString());
    }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    void dragEnterEvent(QDragEnterEvent *event) override { acceptIfPlanned(event); }
    void dragMoveEvent(QDragMoveEvent *event) override { acceptIfPlanned(event); }
    void dropEvent(QDropEvent *event) override
    {
        const QString id = PostMime::postId(event->mimeData());
        if (id.isEmpty() || isOwn(id))
            return;
        event->acceptProposedAction();
        DraftTray *tray = m_tray;
        QMetaObject::invokeMethod(tray, [tray, id] { Q_EMIT tray->unscheduleRequested(id); }, Qt::QueuedConnection);
    }

private:
    bool isOwn(const QString &id) const
    {
        for (int i = 0; i < count(); ++i) {
            if (item(i)->data(PostListModel::IdRole).toString() == id)
                return true;
        }
        return false;
    }
    void acceptIfPlanned(QDropEvent *event)
    {
        const QString id = PostMime::postId(event->mimeData());
        if (!id.isEmpty() && !isOwn(id))
            event->acceptProposedAction();
        else
            event->ignore();
    }

    DraftTray *m_tray;
};

DraftTray::DraftTray(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_title(new QLabel(this)), m_hint(new QLabel(this)), m_list(new DraftList(this))
{
    m_title->setObjectName(QStringLiteral("SectionTitle"));
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    m_title->setFont(bold);
    m_hint->setWordWrap(true);
    m_hint->setProperty("class", QStringLiteral("muted"));
    m_hint->setStyleSheet(QStringLiteral("color: %1").arg(Theme::mutedText().name()));
    m_list->setAccessibleName(tr("Drafts without a date"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing, 0, 0, 0);
    layout->setSpacing(Theme::spacing / 2);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT openPostRequested(item->data(PostListModel::IdRole).toString());
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QListWidgetItem *item = m_list->itemAt(pos))
            Q_EMIT menuRequested(item->data(PostListModel::IdRole).toString(), m_list->viewport()->mapToGlobal(pos));
    });
}

void DraftTray::reload(const store::PostFilter &filter)
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(PostListModel::IdRole).toString()
                                                   : QString();
    m_list->clear();
    const QVector<PostSummary> drafts = m_store.posts().unscheduledDrafts(filter);
    for (const PostSummary &s : drafts) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(PostListModel::IdRole, s.id);
        item->setData(PostListModel::PreviewRole, s.preview);
        item->setData(PostListModel::StatusRole, int(s.status));
        item->setData(PostListModel::PlatformsRole, int(s.platforms.toInt()));
        item->setData(PostListModel::UpdatedAtRole, QDateTime::fromMSecsSinceEpoch(s.updatedAtMs));
        item->setData(PostListModel::MediaCountRole, s.mediaCount);
        item->setToolTip(tr("Drag onto a day to schedule it · double-click to open it"));
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    m_title->setText(tr("Drafts without a date (%1)").arg(drafts.size()));
    m_hint->setText(drafts.isEmpty() ? tr("Drafts you write without a date wait here. Drop a planned post here to "
                                          "take its date away.")
                                     : tr("Drag a draft onto a day to schedule it."));
}

QListWidget *DraftTray::list() const
{
    return m_list;
}

int DraftTray::count() const
{
    return m_list->count();
}

QString DraftTray::idAt(int row) const
{
    QListWidgetItem *item = m_list->item(row);
    return item ? item->data(PostListModel::IdRole).toString() : QString();
}

} // namespace pitchside::ui
