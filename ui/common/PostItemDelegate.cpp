#include "PostItemDelegate.h"

#include "Icons.h"
#include "RelativeTime.h"
#include "Theme.h"
#include "models/PostListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace pitchside::ui {

void PostItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto status = static_cast<PostStatus>(index.data(PostListModel::StatusRole).toInt());
    const Platforms platforms = Platforms::fromInt(index.data(PostListModel::PlatformsRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text);
    const QColor muted = selected ? text : Theme::mutedText();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(Theme::spacing * 1.5, Theme::spacing, -Theme::spacing * 1.5, -Theme::spacing);

    // Status chip.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const QString statusText = postStatusName(status);
    const QColor statusColor = Theme::statusColor(status);
    QRect chip(r.left(), r.top(), smallMetrics.horizontalAdvance(statusText) + 16, smallMetrics.height() + 4);
    QPainterPath path;
    path.addRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    QColor fill = statusColor;
    fill.setAlpha(selected ? 90 : 40);
    painter->fillPath(path, fill);
    painter->setFont(small);
    painter->setPen(selected ? text : statusColor);
    painter->drawText(chip, Qt::AlignCenter, statusText);

    // Platform marks.
    int x = chip.right() + Theme::spacing;
    for (Platform p : AllPlatforms) {
        if (platforms.testFlag(p)) {
            painter->drawPixmap(x, chip.top() + (chip.height() - 16) / 2, Icons::platformPixmap(p, 16));
            x += 20;
        }
    }

    const QString when = dateText(index);
    painter->setPen(muted);
    painter->drawText(QRect(x, chip.top(), r.right() - x, chip.height()), Qt::AlignRight | Qt::AlignVCenter, when);

    // The text, one line.
    painter->setFont(option.font);
    painter->setPen(text);
    const QRect textRect(r.left(), chip.bottom() + 6, r.width(), option.fontMetrics.height());
    const QString shown = lineText(index);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(shown, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QString PostItemDelegate::dateText(const QModelIndex &index)
{
    return RelativeTime::describe(index.data(PostListModel::UpdatedAtRole).toDateTime());
}

QString PostItemDelegate::lineText(const QModelIndex &index)
{
    const QString preview = index.data(PostListModel::PreviewRole).toString();
    const QString text = preview.isEmpty() ? QCoreApplication::translate("PostItemDelegate", "(empty post)") : preview;
    const QDateTime scheduled = index.data(PostListModel::ScheduledAtRole).toDateTime();
    if (!scheduled.isValid())
        return text;
    return QStringLiteral("%1 · %2").arg(QLocale().toString(scheduled.toLocalTime(), QLocale::ShortFormat), text);
}

QSize PostItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {240, option.fontMetrics.height() * 2 + Theme::spacing * 3 + 4};
}

} // namespace pitchside::ui
