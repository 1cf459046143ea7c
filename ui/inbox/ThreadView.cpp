#include "ThreadView.h"

#include "MessageDelegate.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/ThreadModel.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace pitchside::ui {

ThreadView::ThreadView(ThreadModel &model, QWidget *parent) : QListView(parent), m_model(model)
{
    setModel(&model);
    setItemDelegate(new MessageDelegate(this));
    setSelectionMode(QAbstractItemView::NoSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
    setWordWrap(true);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Messages"));

    m_jump = new QToolButton(viewport());
    m_jump->setText(tr("New messages ↓"));
    m_jump->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_jump->setCursor(Qt::PointingHandCursor);
    m_jump->setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 14px; padding: 4px 14px; }")
                              .arg(Theme::accent().name(), Theme::onAccent().name()));
    m_jump->hide();
    connect(m_jump, &QToolButton::clicked, this, [this] {
        scrollToBottom();
        m_jump->hide();
    });
    connect(&model, &ThreadModel::appended, this, &ThreadView::onAppended);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadView::onScrolled);
}

bool ThreadView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void ThreadView::showOpened()
{
    m_jump->hide();
    // Sizes are known once laid out: scroll after this event.
    const int unread = m_model.firstUnreadRow();
    doItemsLayout();
    if (unread >= 0)
        scrollTo(m_model.index(unread), QAbstractItemView::PositionAtTop);
    else
        scrollToBottom();
    if (isAtBottom())
        Q_EMIT reachedBottom();
}

void ThreadView::onAppended(int first, int)
{
    const bool mine = m_model.index(first).data(ThreadModel::MineRole).toBool();
    // Were we at the bottom before this row came? Its height is now in the range.
    const QScrollBar *bar = verticalScrollBar();
    const int added = sizeHintForIndex(m_model.index(first)).height();
    const bool wasAtBottom = bar->value() >= bar->maximum() - added - 4;
    if (mine || wasAtBottom) {
        doItemsLayout();
        scrollToBottom();
        m_jump->hide();
        Q_EMIT reachedBottom();
    } else {
        placeJumpButton();
        m_jump->show();
    }
}

void ThreadView::onScrolled(int value)
{
    if (isAtBottom()) {
        m_jump->hide();
        Q_EMIT reachedBottom();
    }
    if (value > 0 || m_loadingEarlier || !m_model.canLoadEarlier())
        return;
    // Keep what is on screen where it is: the rows above push it down by
    // their height, which we scroll back by.
    m_loadingEarlier = true;
    const QString anchor = m_model.index(0).data(ThreadModel::IdRole).toString();
    const int anchorTop = visualRect(m_model.index(0)).top();
    if (m_model.loadEarlier() > 0) {
        doItemsLayout();
        updateGeometries();
        const int moved = visualRect(m_model.index(m_model.rowOf(anchor))).top() - anchorTop;
        verticalScrollBar()->setValue(verticalScrollBar()->value() + moved);
    }
    m_loadingEarlier = false;
}

void ThreadView::placeJumpButton()
{
    m_jump->adjustSize();
    const QRect v = viewport()->rect();
    m_jump->move(v.center().x() - m_jump->width() / 2, v.bottom() - m_jump->height() - Theme::spacing * 2);
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    const bool bottom = isAtBottom();
    QListView::resizeEvent(event);
    placeJumpButton();
    if (bottom)
        QTimer::singleShot(0, this, [this] { scrollToBottom(); });
}

void ThreadView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    QMenu menu(this);
    const qint64 seq = index.data(ThreadModel::OutboxSeqRole).toLongLong();
    if (ThreadModel::Delivery(index.data(ThreadModel::DeliveryRole).toInt()) == ThreadModel::Delivery::Refused && seq > 0)
        connect(menu.addAction(tr("Try sending again")), &QAction::triggered, this,
                [this, seq] { Q_EMIT retryRequested(seq); });
    connect(menu.addAction(tr("Copy text")), &QAction::triggered, this, [index] {
        QGuiApplication::clipboard()->setText(index.data(ThreadModel::TextRole).toString());
    });
    menu.exec(event->globalPos());
}

} // namespace pitchside::ui
