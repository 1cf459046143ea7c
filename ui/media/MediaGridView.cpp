#include "MediaGridView.h"

#include "MediaDelegate.h"
#include "models/media/MediaGridModel.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace pitchside::ui {

namespace {

constexpr int kMinCell = 168; // 5 columns on a 1280-px window with the detail pane open
constexpr int kMaxCell = 232;

} // namespace

MediaGridView::MediaGridView(QWidget *parent) : QListView(parent), m_delegate(new MediaDelegate(this))
{
    setItemDelegate(m_delegate);
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setWrapping(true);
    setSpacing(0);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // the width never jumps when a scroll bar appears
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Media library"));
    m_refine.setSingleShot(true);
    m_refine.setInterval(80);
    connect(&m_refine, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    relayout();
}

QStringList MediaGridView::selectedIds() const
{
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &i : rows)
        ids << i.data(media::MediaGridModel::IdRole).toString();
    return ids;
}

void MediaGridView::selectId(const QString &id)
{
    auto *m = qobject_cast<media::MediaGridModel *>(model());
    const int row = m ? m->rowOf(id) : -1;
    if (row < 0)
        return;
    setCurrentIndex(m->index(row));
    scrollTo(m->index(row));
}

void MediaGridView::selectIds(const QStringList &ids)
{
    auto *m = qobject_cast<media::MediaGridModel *>(model());
    if (!m || !selectionModel())
        return;
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int row = m->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m->index(row);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (first.isValid())
        selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MediaGridView::relayout()
{
    // Share the width evenly between the columns that fit.
    const int width = qMax(kMinCell, viewport()->width());
    const int columns = qMax(1, width / kMinCell);
    const int cellWidth = qMin(kMaxCell, width / columns);
    const QSize cell(cellWidth, cellWidth + MediaDelegate::textHeight(font()));
    if (cell == m_delegate->cellSize() && gridSize() == cell)
        return;
    m_delegate->setCellSize(cell);
    setGridSize(cell);
    verticalScrollBar()->setSingleStep(cell.height() / 4);
}

void MediaGridView::resizeEvent(QResizeEvent *event)
{
    relayout();
    QListView::resizeEvent(event);
}

void MediaGridView::paintEvent(QPaintEvent *event)
{
    m_delegate->beginFrame();
    QListView::paintEvent(event);
    // Thumbnails fading in: paint the next frame (about 60 per second).
    if (m_delegate->takeAnimating())
        QTimer::singleShot(16, viewport(), qOverload<>(&QWidget::update));
    // Cells drawn fast while scrolling: refine them once it pauses.
    if (m_delegate->takeNeedsRefine())
        m_refine.start();
}

void MediaGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (!selectedIds().isEmpty())
            Q_EMIT deleteRequested();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MediaGridView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex at = indexAt(event->pos());
    if (at.isValid() && !selectionModel()->isSelected(at))
        setCurrentIndex(at);
    if (!selectedIds().isEmpty())
        Q_EMIT contextMenuRequested(event->globalPos());
}

void MediaGridView::startDrag(Qt::DropActions supportedActions)
{
    const QModelIndexList indexes = selectedIndexes();
    if (indexes.isEmpty())
        return;
    QMimeData *data = model()->mimeData(indexes);
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    // The first picture under the pointer, with a count when there are more.
    const QImage image = indexes.constFirst().data(media::MediaGridModel::ThumbnailRole).value<QImage>();
    if (!image.isNull()) {
        QPixmap pixmap = QPixmap::fromImage(image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        if (indexes.size() > 1) {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(palette().color(QPalette::Highlight));
            p.setPen(Qt::NoPen);
            p.drawEllipse(QRect(pixmap.width() - 30, 4, 26, 26));
            p.setPen(palette().color(QPalette::HighlightedText));
            p.drawText(QRect(pixmap.width() - 30, 4, 26, 26), Qt::AlignCenter, QString::number(indexes.size()));
        }
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(pixmap.width() / 2, pixmap.height() / 2));
    }
    drag->exec(supportedActions & Qt::CopyAction ? Qt::CopyAction : supportedActions, Qt::CopyAction);
}

} // namespace pitchside::ui
