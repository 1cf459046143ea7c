#include "DailyGauge.h"

#include "../common/Theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace pitchside::ui {

DailyGauge::DailyGauge(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Messages sent today against the daily limit"));
}

QColor DailyGauge::levelColor(campaigns::Level level)
{
    switch (level) {
    case campaigns::Level::Ok:
        return Theme::success();
    case campaigns::Level::Attention:
        return QColor(0xF9, 0xA8, 0x25); // amber: between the warning orange and the success green
    case campaigns::Level::Danger:
        return Theme::warning();
    case campaigns::Level::Blocked:
        return Theme::danger();
    }
    return Theme::accent();
}

void DailyGauge::setValue(int sent, int limit)
{
    m_sent = qMax(0, sent);
    m_limit = qMax(1, limit);
    const campaigns::Level level = campaigns::levelFor(m_sent, m_limit);
    setAccessibleDescription(tr("%1 of %2 — %3")
                                 .arg(QLocale().toString(m_sent), QLocale().toString(m_limit),
                                      campaigns::levelText(level)));
    update();
}

void DailyGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int thickness = qMax(12, width() / 16);
    const qreal side = qMin<qreal>(width() - thickness, (height() - fontMetrics().height() * 1.2) * 2 - thickness);
    const QRectF arc((width() - side) / 2.0, thickness / 2.0 + 2, side, side);

    // The four zones, faint; 180° is the empty end, 0° the limit (and beyond).
    const struct
    {
        double from, to;
        campaigns::Level level;
    } zones[] = {{0.0, 0.75, campaigns::Level::Ok},
                 {0.75, 0.90, campaigns::Level::Attention},
                 {0.90, 1.0, campaigns::Level::Danger}};
    for (const auto &z : zones) {
        QColor c = levelColor(z.level);
        c.setAlphaF(0.25f);
        p.setPen(QPen(c, thickness, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arc, int((180 - z.from * 180) * 16), int(-(z.to - z.from) * 180 * 16));
    }
    // Today's share, strong.
    const double share = qMin(1.0, double(m_sent) / m_limit);
    const campaigns::Level level = campaigns::levelFor(m_sent, m_limit);
    if (share > 0) {
        p.setPen(QPen(levelColor(level), thickness, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arc, 180 * 16, int(-share * 180 * 16));
    }

    // The figure and the level, in the middle.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    p.setFont(big);
    p.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics bfm(big);
    const qreal centreY = arc.center().y();
    const QString figure = QStringLiteral("%1 / %2").arg(QLocale().toString(m_sent), QLocale().toString(m_limit));
    p.drawText(QRectF(0, centreY - bfm.height() - 2, width(), bfm.height()), Qt::AlignHCenter | Qt::AlignBottom,
               figure);
    p.setFont(font());
    p.setPen(levelColor(level).darker(Theme::isDark() ? 70 : 120));
    p.drawText(QRectF(0, centreY + 2, width(), fontMetrics().height()), Qt::AlignHCenter | Qt::AlignTop,
               campaigns::levelText(level));
}

} // namespace pitchside::ui
