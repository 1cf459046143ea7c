#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace pitchside::ui::Icons {

namespace {

QByteArray readSvg(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QPixmap render(const QByteArray &svg, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.fill(Qt::transparent);
    pixmap.setDevicePixelRatio(dpr);
    QSvgRenderer renderer(svg);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}

QColor defaultColor()
{
    return QApplication::palette().color(QPalette::WindowText);
}

qreal deviceRatio()
{
    return qApp ? qApp->devicePixelRatio() : 1.0;
}

} // namespace

QPixmap uiPixmap(const QString &name, int size, const QColor &color)
{
    static QHash<QString, QPixmap> cache;
    const QColor c = color.isValid() ? color : defaultColor();
    const QString key = name + c.name(QColor::HexArgb) + QString::number(size);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QByteArray svg = readSvg(QStringLiteral(":/icons/ui/%1.svg").arg(name));
    svg.replace("currentColor", c.name(QColor::HexRgb).toLatin1());
    const QPixmap pixmap = render(svg, size, deviceRatio());
    cache.insert(key, pixmap);
    return pixmap;
}

namespace {

// Renders the tinted SVG only at the sizes and modes actually painted, when
// they are painted: building a window full of icons then costs nothing.
class TintedSvgEngine : public QIconEngine
{
public:
    TintedSvgEngine(QString name, QColor color) : m_name(std::move(name)), m_color(std::move(color)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = qMin(rect.width(), rect.height());
        painter->drawPixmap(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                            pixmap(QSize(side, side), mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        QColor c = m_color.isValid() ? m_color : QApplication::palette().color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            c = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        return uiPixmap(m_name, qMin(size.width(), size.height()), c);
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_color); }

private:
    QString m_name;
    QColor m_color;
};

} // namespace

QIcon ui(const QString &name, const QColor &color)
{
    return QIcon(new TintedSvgEngine(name, color));
}

QColor platformColor(Platform platform)
{
    switch (platform) {
    case Platform::LinkedIn:
        return QColor(0x0A, 0x66, 0xC2);
    case Platform::Instagram:
        return QColor(0xE4, 0x40, 0x5F);
    case Platform::Facebook:
        return QColor(0x08, 0x66, 0xFF);
    }
    return {};
}

QPixmap platformPixmap(Platform platform, int size)
{
    static QHash<QString, QPixmap> cache;
    const QString key = platformKey(platform) + QString::number(size);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QByteArray svg = readSvg(QStringLiteral(":/icons/brands/%1.svg").arg(platformKey(platform)));
    svg.replace("<svg ", "<svg fill=\"" + platformColor(platform).name().toLatin1() + "\" ");
    const QPixmap pixmap = render(svg, size, deviceRatio());
    cache.insert(key, pixmap);
    return pixmap;
}

QIcon platform(Platform p)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32})
        icon.addPixmap(platformPixmap(p, size));
    return icon;
}

QIcon provider(const QString &key)
{
    if (key == u"linkedin")
        return platform(Platform::LinkedIn);
    // Simple Icons' marks (CC0), in each brand's colour.
    const QColor color = key == u"google" ? QColor(0x42, 0x85, 0xF4) : QColor(0x00, 0x81, 0xFB);
    QByteArray svg = readSvg(QStringLiteral(":/icons/brands/%1.svg").arg(key == u"google" ? key : QStringLiteral("meta")));
    svg.replace("<svg ", "<svg fill=\"" + color.name().toLatin1() + "\" ");
    QIcon icon;
    for (int size : {16, 20, 24, 32})
        icon.addPixmap(render(svg, size, deviceRatio()));
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/pitchside.svg"));
}

} // namespace pitchside::ui::Icons
