#include "NotificationBell.h"

#include "InboxTime.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/Logging.h"
#include "models/NotificationListModel.h"
#include "models/store/Store.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

// One notification: its type's icon, the title (bold while unread), the
// message on up to two lines, the time; the day above the first of a day.
class NotificationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static int dayBand(const QFontMetrics &fm, const QModelIndex &index)
    {
        return index.data(NotificationListModel::DayStartsRole).toBool() ? fm.height() + Theme::spacing * 2 : 0;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        return {360, dayBand(fm, index) + Theme::spacing * 2 + fm.height() * 3 + Theme::spacing};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        const int band = dayBand(fm, index);
        p->save();
        if (band) {
            QFont f = option.font;
            f.setBold(true);
            p->setFont(f);
            p->setPen(Theme::mutedText());
            const QDate day = index.data(NotificationListModel::AtRole).toDateTime().toLocalTime().date();
            p->drawText(option.rect.adjusted(Theme::spacing * 2, Theme::spacing, 0, 0).topLeft()
                            + QPoint(0, fm.ascent()),
                        InboxTime::dayText(day, Clock::nowLocal().date()));
        }
        QStyleOptionViewItem opt = option;
        opt.rect.setTop(option.rect.top() + band);
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        const bool read = index.data(NotificationListModel::ReadRole).toBool();
        const QColor text = selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
        const QRect r = opt.rect.adjusted(Theme::spacing * 2, Theme::spacing, -Theme::spacing * 2, -Theme::spacing);
        const int icon = 20;
        const QString type = index.data(NotificationListModel::TypeRole).toString();
        const QColor iconColor = type == QLatin1String("publication_failed") || type == QLatin1String("account_reconnect")
                                     ? Theme::danger()
                                 : type == QLatin1String("publication_succeeded") ? Theme::success()
                                                                                   : Theme::accentText();
        p->drawPixmap(r.left(), r.top(), Icons::uiPixmap(index.data(NotificationListModel::IconRole).toString(), icon,
                                                         iconColor));
        if (!read) { // the unread dot
            p->setRenderHint(QPainter::Antialiasing);
            p->setPen(Qt::NoPen);
            p->setBrush(Theme::accent());
            p->drawEllipse(QPointF(r.right() - 4, r.top() + fm.height() / 2.0), 4, 4);
        }
        const int x = r.left() + icon + Theme::spacing * 3 / 2;
        const int w = r.right() - x - Theme::spacing * 2;
        QFont title = opt.font;
        title.setBold(!read);
        p->setFont(title);
        p->setPen(text);
        const QString when = InboxTime::timeText(index.data(NotificationListModel::AtRole).toDateTime());
        const int whenW = fm.horizontalAdvance(when);
        p->drawText(QRect(x, r.top(), w - whenW - Theme::spacing, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetrics(title).elidedText(index.data(NotificationListModel::TitleRole).toString(),
                                                   Qt::ElideRight, w - whenW - Theme::spacing));
        p->setFont(opt.font);
        p->setPen(selected ? text : Theme::mutedText());
        p->drawText(QRect(x + w - whenW, r.top(), whenW, fm.height()), Qt::AlignRight | Qt::AlignVCenter, when);
        p->drawText(QRect(x, r.top() + fm.height() + 2, w, fm.height() * 2), Qt::TextWordWrap,
                    index.data(NotificationListModel::MessageRole).toString());
        p->restore();
    }
};

} // namespace

NotificationBell::NotificationBell(store::Store &store, QWidget *parent)
    : QToolButton(parent), m_store(store), m_model(new NotificationListModel(store.notifications(), store.hub(), this))
{
    setAutoRaise(true);
    setFocusPolicy(Qt::TabFocus);
    setIconSize(QSize(20, 20));
    setAccessibleName(tr("Notifications"));

    m_panel = new QFrame(this, Qt::Popup);
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAccessibleName(tr("Notifications"));
    auto *title = new QLabel(tr("Notifications"), m_panel);
    QFont tf = title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.1);
    title->setFont(tf);
    m_markAll = new QPushButton(tr("Mark all read"), m_panel);
    m_markAll->setFlat(true);
    connect(m_markAll, &QPushButton::clicked, this, [this] {
        if (const store::StoreError e = m_store.notifications().markAllRead())
            qCWarning(lcStore) << "cannot mark the notifications read:" << e.detail;
    });
    m_list = new QListView(m_panel);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    m_empty = new QLabel(tr("No notification. Messages, publications and offers will be told here."), m_panel);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(m_markAll);
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(Theme::spacing, Theme::spacing, Theme::spacing, Theme::spacing);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    m_panel->resize(400, 480);

    connect(this, &QToolButton::clicked, this, &NotificationBell::showPanel);
    connect(m_model, &NotificationListModel::unreadCountChanged, this, &NotificationBell::updateBadge);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationBell::updateBadge);
    updateBadge();
}

int NotificationBell::unreadCount() const
{
    return m_model->unreadCount();
}

void NotificationBell::updateBadge()
{
    const int n = m_model->unreadCount();
    const int size = 20;
    const qreal dpr = devicePixelRatioF();
    QPixmap pm = Icons::uiPixmap(QStringLiteral("bell"), size);
    if (n > 0) {
        QPixmap badged(QSize(size + 10, size) * dpr);
        badged.setDevicePixelRatio(dpr);
        badged.fill(Qt::transparent);
        QPainter p(&badged);
        p.setRenderHint(QPainter::Antialiasing);
        p.drawPixmap(0, 0, pm);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(9);
        p.setFont(f);
        const QString text = n > 9 ? QStringLiteral("9+") : QString::number(n);
        const QRectF dot(size + 10 - 16, 0, 16, 12);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::danger());
        p.drawRoundedRect(dot, 6, 6);
        p.setPen(Qt::white);
        p.drawText(dot, Qt::AlignCenter, text);
        pm = badged;
    }
    setIcon(QIcon(pm));
    setIconSize(pm.size() / pm.devicePixelRatio());
    const QString tip = n == 0 ? tr("Notifications: nothing new") : tr("Notifications: %n unread", nullptr, n);
    setToolTip(tip);
    setAccessibleDescription(tip);
    m_markAll->setEnabled(n > 0);
    const bool none = m_model->rowCount() == 0;
    m_list->setVisible(!none);
    m_empty->setVisible(none);
}

void NotificationBell::showPanel()
{
    m_model->reload();
    const QPoint below = mapToGlobal(QPoint(width(), height()));
    QPoint at(below.x() - m_panel->width(), below.y());
    if (const QScreen *s = screen())
        at.setX(qMax(s->availableGeometry().left(), at.x()));
    m_panel->move(at);
    m_panel->show();
    m_list->setFocus();
}

void NotificationBell::activateRow(int row)
{
    const Notification *n = m_model->at(row);
    if (!n)
        return;
    const Notification chosen = *n;
    if (!chosen.isRead) {
        if (const store::StoreError e = m_store.notifications().markRead(chosen.id))
            qCWarning(lcStore) << "cannot mark the notification read:" << e.detail;
    }
    m_panel->hide();
    Q_EMIT activated(chosen);
}

void NotificationBell::removeRow(int row)
{
    if (const Notification *n = m_model->at(row)) {
        if (const store::StoreError e = m_store.notifications().remove(n->id))
            qCWarning(lcStore) << "cannot delete the notification:" << e.detail;
    }
}

bool NotificationBell::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_list->currentIndex().isValid()) {
            removeRow(m_list->currentIndex().row());
            return true;
        }
    }
    if (watched == m_list->viewport() && event->type() == QEvent::ContextMenu) {
        const auto *e = static_cast<QContextMenuEvent *>(event);
        const QModelIndex index = m_list->indexAt(e->pos());
        if (index.isValid()) {
            QMenu menu(m_list);
            const int row = index.row();
            connect(menu.addAction(tr("Open")), &QAction::triggered, this, [this, row] { activateRow(row); });
            if (!index.data(NotificationListModel::ReadRole).toBool())
                connect(menu.addAction(tr("Mark read")), &QAction::triggered, this, [this, row] {
                    const Notification *n = m_model->at(row);
                    if (const store::StoreError e = n ? m_store.notifications().markRead(n->id) : store::StoreError{})
                        qCWarning(lcStore) << "cannot mark the notification read:" << e.detail;
                });
            connect(menu.addAction(Icons::ui(QStringLiteral("trash-2")), tr("Delete")), &QAction::triggered, this,
                    [this, row] { removeRow(row); });
            menu.exec(e->globalPos());
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace pitchside::ui
