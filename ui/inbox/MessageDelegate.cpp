#include "MessageDelegate.h"

#include "InboxTime.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/ThreadModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

namespace pitchside::ui {

namespace {

constexpr int kSide = Theme::spacing * 2;   // room left and right of the thread
constexpr int kInner = Theme::spacing * 3 / 2; // padding in the bubble
constexpr int kGap = Theme::spacing / 2;    // between two bubbles

int headerHeight(const QFontMetrics &fm, const QModelIndex &index)
{
    int h = 0;
    if (index.data(ThreadModel::DayStartsRole).toBool())
        h += fm.height() + Theme::spacing * 2;
    if (index.data(ThreadModel::FirstUnreadRole).toBool())
        h += fm.height() + Theme::spacing * 2;
    return h;
}

} // namespace

QString MessageDelegate::deliveryText(const QModelIndex &index)
{
    switch (ThreadModel::Delivery(index.data(ThreadModel::DeliveryRole).toInt())) {
    case ThreadModel::Delivery::Waiting:
        return ThreadModel::tr("waiting");
    case ThreadModel::Delivery::Sent:
        return QStringLiteral("✓");
    case ThreadModel::Delivery::Read:
        return QStringLiteral("✓✓");
    case ThreadModel::Delivery::Refused:
        return ThreadModel::tr("Not sent: %1").arg(index.data(ThreadModel::ErrorRole).toString());
    case ThreadModel::Delivery::Received:
        break;
    }
    return {};
}

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    Layout l;
    l.top = headerHeight(fm, index);
    const bool mine = index.data(ThreadModel::MineRole).toBool();
    // The view's width, also when sizeHint is asked with an empty rect (a
    // list lays out before it paints).
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = qMax(200, view ? view->viewport()->width() : option.rect.width());
    const int maxBubble = qMax(160, width * 7 / 10);
    const QString text = index.data(ThreadModel::TextRole).toString();
    const QRect bound = fm.boundingRect(QRect(0, 0, maxBubble - 2 * kInner, 100000),
                                        Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    const QString meta = InboxTime::timeText(index.data(ThreadModel::AtRole).toDateTime())
                         + (mine ? QStringLiteral("  ") + deliveryText(index) : QString());
    const int metaWidth = qMin(maxBubble - 2 * kInner, fm.horizontalAdvance(meta));
    const int inner = qMax(bound.width(), metaWidth);
    const int bubbleWidth = inner + 2 * kInner;
    const int bubbleHeight = kInner + bound.height() + kGap + fm.height() + kInner;
    const int x = mine ? option.rect.left() + width - kSide - bubbleWidth : option.rect.left() + kSide;
    l.bubble = QRect(x, option.rect.top() + l.top + kGap, bubbleWidth, bubbleHeight);
    l.text = QRect(x + kInner, l.bubble.top() + kInner, inner, bound.height());
    l.meta = QRect(x + kInner, l.text.bottom() + 1 + kGap, inner, fm.height());
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    KnownSize key;
    key.width = view ? view->viewport()->width() : option.rect.width();
    key.textKey = qHash(index.data(ThreadModel::TextRole).toString());
    if (option.font != m_font) { // another font: every height changes
        m_sizes.clear();
        m_font = option.font;
    }
    key.dayStarts = index.data(ThreadModel::DayStartsRole).toBool();
    key.firstUnread = index.data(ThreadModel::FirstUnreadRole).toBool();
    const QString id = index.data(ThreadModel::IdRole).toString();
    const auto known = m_sizes.constFind(id);
    if (known != m_sizes.cend() && known->width == key.width && known->textKey == key.textKey
        && known->dayStarts == key.dayStarts && known->firstUnread == key.firstUnread)
        return known->size;
    const Layout l = layout(option, index);
    key.size = QSize(key.width, l.top + l.bubble.height() + 2 * kGap);
    m_sizes.insert(id, key);
    return key.size;
}

void MessageDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const QFontMetrics fm(option.font);
    const bool mine = index.data(ThreadModel::MineRole).toBool();
    const auto delivery = ThreadModel::Delivery(index.data(ThreadModel::DeliveryRole).toInt());
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(option.font);

    int y = option.rect.top();
    if (index.data(ThreadModel::DayStartsRole).toBool()) {
        const QDate day = index.data(ThreadModel::AtRole).toDateTime().toLocalTime().date();
        const QString text = InboxTime::dayText(day, Clock::nowLocal().date());
        const QRect band(option.rect.left(), y + Theme::spacing, option.rect.width(), fm.height());
        const int w = fm.horizontalAdvance(text) + Theme::spacing * 3;
        const QRect pill(band.center().x() - w / 2, band.top() - 2, w, fm.height() + 4);
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::card());
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->setPen(Theme::mutedText());
        p->drawText(pill, Qt::AlignCenter, text);
        y += fm.height() + Theme::spacing * 2;
    }
    if (index.data(ThreadModel::FirstUnreadRole).toBool()) {
        const QString text = ThreadModel::tr("New messages");
        const QRect band(option.rect.left() + kSide, y + Theme::spacing, option.rect.width() - 2 * kSide, fm.height());
        const int w = fm.horizontalAdvance(text) + Theme::spacing * 2;
        p->setPen(QPen(Theme::accentText(), 1));
        const int mid = band.center().y();
        p->drawLine(band.left(), mid, band.center().x() - w / 2, mid);
        p->drawLine(band.center().x() + w / 2, mid, band.right(), mid);
        p->drawText(QRect(band.center().x() - w / 2, band.top(), w, band.height()), Qt::AlignCenter, text);
    }

    QColor fill = mine ? Theme::accent() : Theme::card();
    if (mine)
        fill.setAlpha(Theme::isDark() ? 90 : 40);
    p->setPen(delivery == ThreadModel::Delivery::Refused ? QPen(Theme::danger(), 1.5) : QPen(Theme::border(), 1));
    p->setBrush(fill);
    p->drawRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    p->setPen(option.palette.text().color());
    p->drawText(l.text, Qt::TextWordWrap | Qt::TextWrapAnywhere, index.data(ThreadModel::TextRole).toString());

    QString meta = InboxTime::timeText(index.data(ThreadModel::AtRole).toDateTime());
    if (mine)
        meta += QStringLiteral("  ") + deliveryText(index);
    p->setPen(delivery == ThreadModel::Delivery::Refused ? Theme::danger()
              : delivery == ThreadModel::Delivery::Read  ? Theme::accentText()
                                                         : Theme::mutedText());
    p->drawText(l.meta, (mine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                fm.elidedText(meta, Qt::ElideRight, l.meta.width()));
    p->restore();
}

} // namespace pitchside::ui
