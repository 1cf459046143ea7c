#include "CategoryChips.h"

#include "../common/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace pitchside::ui {

CategoryChipsDelegate::CategoryChipsDelegate(int namesRole, int colorsRole, QObject *parent)
    : QStyledItemDelegate(parent), m_namesRole(namesRole), m_colorsRole(colorsRole)
{
}

QColor CategoryChipsDelegate::textOn(const QColor &fill)
{
    const auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * linear(fill.redF()) + 0.7152 * linear(fill.greenF()) + 0.0722 * linear(fill.blueF());
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

void CategoryChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The cell as the style draws it (selection, alternate rows), without its text.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList names = index.data(m_namesRole).toStringList();
    const QVariantList colors = index.data(m_colorsRole).toList();
    if (names.isEmpty())
        return;
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 4;
    const int padding = Theme::spacing;
    const int gap = Theme::spacing / 2;
    const QRect area = option.rect.adjusted(Theme::spacing / 2, 0, -Theme::spacing / 2, 0);
    const int top = area.top() + (area.height() - height) / 2;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    int x = area.left();
    for (int i = 0; i < names.size(); ++i) {
        // +2: elidedText() measures with rounding of its own, and would cut a name that just fits.
        const int width = metrics.horizontalAdvance(names.at(i)) + 2 * padding + 2;
        // Room for this chip, and for "+n" after it when more follow.
        const int moreWidth =
            i + 1 < names.size() ? metrics.horizontalAdvance(QStringLiteral("+%1").arg(names.size() - i - 1)) + gap : 0;
        if (i > 0 && x + width + moreWidth > area.right()) {
            painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                       : QPalette::Text));
            painter->drawText(QRect(x, top, area.right() - x, height), Qt::AlignVCenter | Qt::AlignLeft,
                              QStringLiteral("+%1").arg(names.size() - i));
            break;
        }
        const QColor fill = colors.value(i).value<QColor>();
        const QRectF chip(x, top, std::min(width, area.right() - x), height);
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.0, height / 2.0);
        painter->fillPath(path, fill);
        painter->setPen(textOn(fill));
        painter->drawText(chip.adjusted(padding, 0, -padding, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(names.at(i), Qt::ElideRight, int(chip.width()) - 2 * padding + 1));
        x += width + gap;
    }
    painter->restore();
}

} // namespace pitchside::ui
