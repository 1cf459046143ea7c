#include "CampaignDelegate.h"

#include "../common/Theme.h"
#include "models/campaigns/CampaignListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pitchside::ui {

using campaigns::CampaignListModel;

namespace {
constexpr int kPad = Theme::spacing * 3 / 2;
constexpr int kBar = 6;
constexpr int kAboveBar = Theme::spacing / 2 + 2; // under the name line
constexpr int kBelowBar = Theme::spacing / 2;     // above the summary
} // namespace

QColor CampaignDelegate::statusColor(const QString &status)
{
    if (status == u"sending")
        return Theme::accent();
    if (status == u"scheduled")
        return Theme::statusColor(PostStatus::Scheduled);
    if (status == u"completed")
        return Theme::success();
    if (status == u"failed")
        return Theme::danger();
    if (status == u"stopped")
        return Theme::warning();
    return Theme::mutedText(); // draft
}

QSize CampaignDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The lines paint() stacks, so the summary keeps its bottom padding.
    const QFontMetrics fm(option.font);
    return {260, kPad * 2 + fm.height() + kAboveBar + kBar + kBelowBar + fm.height()};
}

void CampaignDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
    const QColor muted = selected ? text : Theme::mutedText();
    const QRect r = opt.rect.adjusted(kPad, kPad, -kPad, -kPad);
    const QFontMetrics fm(opt.font);

    p->save();
    p->setRenderHint(QPainter::Antialiasing);

    // Status pill, right.
    const QString status = index.data(CampaignListModel::StatusRole).toString();
    QString pill = index.data(CampaignListModel::StatusTextRole).toString();
    if (!index.data(CampaignListModel::WaitingRole).toString().isEmpty())
        pill = tr("Waiting to sync");
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    const int pillWidth = sfm.horizontalAdvance(pill) + Theme::spacing * 2;
    const QRect pillRect(r.right() - pillWidth, r.top(), pillWidth, sfm.height() + 4);
    const QColor colour = statusColor(status);
    QColor fill = colour;
    fill.setAlphaF(0.16f);
    // Selected: a tint of the highlighted text, which is dark on the dark
    // theme's light highlight, where white would not show.
    QColor selectedFill = text;
    selectedFill.setAlpha(60);
    p->setPen(Qt::NoPen);
    p->setBrush(selected ? selectedFill : fill);
    p->drawRoundedRect(pillRect, pillRect.height() / 2.0, pillRect.height() / 2.0);
    p->setFont(small);
    p->setPen(selected ? text : colour.darker(Theme::isDark() ? 60 : 130));
    p->drawText(pillRect, Qt::AlignCenter, pill);

    // Name, left.
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    p->setFont(bold);
    p->setPen(text);
    const int nameRoom = r.width() - pillWidth - Theme::spacing;
    p->drawText(QRect(r.left(), r.top(), nameRoom, bfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRoom));

    // Progress.
    const int barTop = r.top() + fm.height() + kAboveBar;
    const QRectF bar(r.left(), barTop, r.width(), kBar);
    p->setPen(Qt::NoPen);
    // On the selection colour the border grey all but vanishes and the
    // accent fill (a sending campaign) is the selection colour itself: draw
    // both in the highlighted text's colour, the track translucent.
    QColor track = selected ? text : Theme::border();
    if (selected)
        track.setAlphaF(0.35f);
    p->setBrush(track);
    p->drawRoundedRect(bar, kBar / 2.0, kBar / 2.0);
    const int progress = index.data(CampaignListModel::ProgressRole).toInt();
    if (progress > 0) {
        p->setBrush(selected ? text : colour);
        p->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * progress / 100.0, kBar), kBar / 2.0,
                           kBar / 2.0);
    }

    // Summary.
    p->setFont(opt.font);
    p->setPen(muted);
    const QRect line(r.left(), barTop + kBar + kBelowBar, r.width(), fm.height());
    p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(CampaignListModel::SummaryRole).toString(), Qt::ElideRight, r.width()));
    p->restore();
}

} // namespace pitchside::ui
