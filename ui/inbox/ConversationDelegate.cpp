#include "ConversationDelegate.h"

#include "InboxTime.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/ConversationListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pitchside::ui {

namespace {
constexpr int kPad = Theme::spacing * 3 / 2;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {240, kPad * 2 + fm.height() * 2 + Theme::spacing / 2};
}

void ConversationDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
    const QColor muted = selected ? text : Theme::mutedText();
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    const QRect r = opt.rect.adjusted(kPad, kPad, -kPad, -kPad);

    p->save();
    QFont nameFont = opt.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics fm(opt.font);
    const QFontMetrics nfm(nameFont);

    // First line: name … time
    const QDateTime at = index.data(ConversationListModel::LastAtRole).toDateTime();
    const QString when = at.isValid() ? InboxTime::listText(at, Clock::nowUtc()) : QString();
    const int whenWidth = fm.horizontalAdvance(when);
    p->setFont(opt.font);
    p->setPen(muted);
    p->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter, when);
    QString name = index.data(ConversationListModel::NameRole).toString();
    const QString subject = index.data(ConversationListModel::SubjectRole).toString();
    p->setFont(nameFont);
    p->setPen(text);
    const int nameRoom = r.width() - whenWidth - Theme::spacing;
    p->drawText(QRect(r.left(), r.top(), nameRoom, nfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                nfm.elidedText(subject.isEmpty() ? name : name + QStringLiteral(" · ") + subject, Qt::ElideRight,
                               nameRoom));

    // Second line: preview … badge
    const QString badge = index.data(ConversationListModel::UnreadBadgeRole).toString();
    int badgeWidth = 0;
    const int y2 = r.top() + fm.height() + Theme::spacing / 2;
    if (!badge.isEmpty()) {
        QFont bf = opt.font;
        bf.setBold(true);
        bf.setPointSizeF(bf.pointSizeF() * 0.85);
        const QFontMetrics bfm(bf);
        const int h = bfm.height() + 2;
        badgeWidth = qMax(h, bfm.horizontalAdvance(badge) + Theme::spacing);
        const QRect b(r.right() - badgeWidth, y2 + (fm.height() - h) / 2, badgeWidth, h);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(Theme::accent());
        p->drawRoundedRect(b, h / 2.0, h / 2.0);
        p->setPen(Theme::onAccent());
        p->setFont(bf);
        p->drawText(b, Qt::AlignCenter, badge);
    }
    QString preview = index.data(ConversationListModel::PreviewRole).toString();
    if (index.data(ConversationListModel::HasDraftRole).toBool())
        preview = ConversationListModel::tr("Draft: not sent yet");
    p->setFont(opt.font);
    p->setPen(unread > 0 ? text : muted);
    const int previewRoom = r.width() - badgeWidth - (badgeWidth ? Theme::spacing : 0);
    p->drawText(QRect(r.left(), y2, previewRoom, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(preview, Qt::ElideRight, previewRoom));
    p->restore();
}

} // namespace pitchside::ui
