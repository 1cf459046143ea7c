#include "poster_painter.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <random>

namespace poster {

namespace {

void stripes(QPainter &p, const QSize &s, const QColor &c, std::mt19937 &rng)
{
    p.save();
    p.translate(s.width() / 2.0, s.height() / 2.0);
    p.rotate(-30);
    const int w = std::max(s.width(), s.height()) * 2;
    for (int x = -w / 2; x < w / 2; x += 140) {
        QColor band = c;
        band.setAlpha(40 + int(rng() % 50));
        p.fillRect(QRect(x, -w / 2, 50 + int(rng() % 30), w), band);
    }
    p.restore();
}

void rings(QPainter &p, const QSize &s, const QColor &c, std::mt19937 &rng)
{
    for (int i = 0; i < 6; ++i) {
        QColor ring = c;
        ring.setAlpha(60);
        p.setPen(QPen(ring, 18 + int(rng() % 20)));
        p.setBrush(Qt::NoBrush);
        const int r = 120 + int(rng() % (s.width() / 2));
        p.drawEllipse(QPoint(int(rng() % s.width()), int(rng() % s.height())), r, r);
    }
}

void pitch(QPainter &p, const QSize &s, const QColor &c)
{
    QColor line = c;
    line.setAlpha(90);
    p.setPen(QPen(line, 8));
    p.setBrush(Qt::NoBrush);
    const QRect field(60, 60, s.width() - 120, s.height() - 120);
    p.drawRect(field);
    p.drawLine(field.left(), field.center().y(), field.right(), field.center().y());
    p.drawEllipse(field.center(), s.width() / 7, s.width() / 7);
    p.drawRect(QRect(field.center().x() - s.width() / 5, field.top(), 2 * s.width() / 5, s.height() / 7));
    p.drawRect(QRect(field.center().x() - s.width() / 5, field.bottom() - s.height() / 7, 2 * s.width() / 5, s.height() / 7));
}

void dots(QPainter &p, const QSize &s, const QColor &c)
{
    QColor dot = c;
    dot.setAlpha(70);
    p.setPen(Qt::NoPen);
    p.setBrush(dot);
    for (int y = 0; y < s.height(); y += 48)
        for (int x = (y / 48) % 2 * 24; x < s.width(); x += 48) {
            const double r = 4 + 14.0 * x / s.width();
            p.drawEllipse(QPointF(x, y), r, r);
        }
}

void ball(QPainter &p, const QSize &s, const QColor &c)
{
    const int r = s.width() / 3;
    const QPoint centre(s.width() - r / 2, r);
    QRadialGradient g(centre, r);
    g.setColorAt(0, QColor(255, 255, 255, 220));
    g.setColorAt(1, QColor(220, 220, 220, 200));
    p.setPen(QPen(QColor(30, 30, 30, 200), 6));
    p.setBrush(g);
    p.drawEllipse(centre, r, r);
    QPainterPath pent;
    for (int i = 0; i < 5; ++i) {
        const double a = (i * 72 - 90) * M_PI / 180.0;
        const QPointF pt(centre.x() + r * 0.35 * std::cos(a), centre.y() + r * 0.35 * std::sin(a));
        i == 0 ? pent.moveTo(pt) : pent.lineTo(pt);
    }
    pent.closeSubpath();
    p.setBrush(QColor(30, 30, 30, 220));
    p.drawPath(pent);
    Q_UNUSED(c);
}

void fitText(QPainter &p, const QRect &box, const QString &text, int maxPx, bool bold, const QColor &color)
{
    if (text.isEmpty())
        return;
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setBold(bold);
    int px = maxPx;
    for (; px > 12; px -= 4) {
        f.setPixelSize(px);
        const QRect need = QFontMetrics(f).boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, text);
        if (need.width() <= box.width() && need.height() <= box.height())
            break;
    }
    p.setFont(f);
    p.setPen(QColor(0, 0, 0, 90));
    p.drawText(box.translated(4, 4), Qt::AlignCenter | Qt::TextWordWrap, text);
    p.setPen(color);
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace

QImage paint(const Spec &spec)
{
    QImage img(spec.size, QImage::Format_RGB32);
    const QSize s = spec.size;
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QLinearGradient bg(0, 0, s.width(), s.height());
    bg.setColorAt(0, spec.primary.darker(140));
    bg.setColorAt(0.55, spec.primary);
    bg.setColorAt(1, spec.secondary.darker(110));
    p.fillRect(img.rect(), bg);
    std::mt19937 rng(spec.seed);
    switch (spec.style % 5) {
    case 0: stripes(p, s, spec.secondary, rng); break;
    case 1: rings(p, s, spec.secondary, rng); break;
    case 2: pitch(p, s, spec.secondary); break;
    case 3: dots(p, s, spec.secondary); break;
    default: ball(p, s, spec.secondary); break;
    }
    const int margin = s.width() / 12;
    const int h = s.height();
    fitText(p, QRect(margin, int(h * 0.18), s.width() - 2 * margin, int(h * 0.10)), spec.kicker.toUpper(),
            s.width() / 16, true, spec.secondary.lighter(150));
    fitText(p, QRect(margin, int(h * 0.28), s.width() - 2 * margin, int(h * 0.34)), spec.headline, s.width() / 5,
            true, Qt::white);
    fitText(p, QRect(margin, int(h * 0.62), s.width() - 2 * margin, int(h * 0.14)), spec.subline, s.width() / 18,
            false, Qt::white);
    QColor band = spec.secondary;
    band.setAlpha(230);
    p.fillRect(QRect(0, h - h / 9, s.width(), h / 9), band);
    fitText(p, QRect(margin, h - h / 9, s.width() - 2 * margin, h / 9), spec.footer, s.width() / 20, true,
            spec.primary.darker(150));
    p.end();
    return img;
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "JPEG", quality);
    return out;
}

QByteArray png(const QImage &image)
{
    QByteArray out;
    QBuffer b(&out);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return out;
}

} // namespace poster
