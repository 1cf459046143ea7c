#include "MediaFixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <QRandomGenerator>
#include <QtEndian>

namespace fixtures {

namespace {

const QColor kKits[] = {QColor(0x1D, 0x4E, 0xD8), QColor(0xDC, 0x26, 0x26), QColor(0xF5, 0xF5, 0xF4),
                        QColor(0x16, 0xA3, 0x4A), QColor(0xF5, 0x9E, 0x0B), QColor(0x7C, 0x3A, 0xED)};
const char *kClubs[] = {"FC Pitchside", "AS Voisins", "US Bords-de-Loire", "Stade Olympique", "RC Quartier Nord",
                        "Entente Sud"};

void drawPlayer(QPainter &p, QPointF feet, qreal height, const QColor &kit, QRandomGenerator &rng)
{
    const qreal w = height * 0.28;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 50)); // shadow on the grass
    p.drawEllipse(QRectF(feet.x() - w * 0.7, feet.y() - height * 0.03, w * 1.4, height * 0.06));
    p.setBrush(QColor(0x22, 0x22, 0x22)); // legs
    p.drawRoundedRect(QRectF(feet.x() - w * 0.35, feet.y() - height * 0.45, w * 0.28, height * 0.45), w * 0.1, w * 0.1);
    p.drawRoundedRect(QRectF(feet.x() + w * 0.07, feet.y() - height * 0.45, w * 0.28, height * 0.45), w * 0.1, w * 0.1);
    p.setBrush(kit.darker(110)); // shorts
    p.drawRoundedRect(QRectF(feet.x() - w * 0.42, feet.y() - height * 0.55, w * 0.84, height * 0.16), w * 0.1, w * 0.1);
    QLinearGradient shirt(feet.x() - w, 0, feet.x() + w, 0);
    shirt.setColorAt(0, kit.lighter(120));
    shirt.setColorAt(1, kit.darker(115));
    p.setBrush(shirt);
    p.drawRoundedRect(QRectF(feet.x() - w * 0.5, feet.y() - height * 0.86, w, height * 0.34), w * 0.2, w * 0.2);
    const QColor skins[] = {QColor(0xF1, 0xC2, 0x9B), QColor(0x8D, 0x5A, 0x3B), QColor(0xC6, 0x8B, 0x59)};
    p.setBrush(skins[rng.bounded(3)]);
    p.drawEllipse(QPointF(feet.x(), feet.y() - height * 0.93), height * 0.075, height * 0.08);
}

} // namespace

QImage photo(int seed, QSize size)
{
    QRandomGenerator rng(quint32(seed) * 2654435761u + 7);
    QImage img(size, QImage::Format_RGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal w = size.width(), h = size.height();
    const bool night = seed % 3 == 0;
    const qreal horizon = h * (0.30 + 0.12 * rng.generateDouble());

    // Sky: dusk or daylight.
    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0, night ? QColor(0x0B, 0x12, 0x2E) : QColor(0x5B, 0x9B, 0xE8));
    sky.setColorAt(1, night ? QColor(0x3B, 0x2A, 0x5E) : QColor(0xCF, 0xE6, 0xF7));
    p.fillRect(QRectF(0, 0, w, horizon), sky);
    // Stands: rows of tiny supporters in club colours.
    const QColor home = kKits[seed % 6], away = kKits[(seed + 2) % 6];
    p.fillRect(QRectF(0, horizon * 0.55, w, horizon * 0.45), QColor(0x37, 0x41, 0x51));
    for (int i = 0; i < 260; ++i) {
        const QColor c = rng.bounded(3) == 0 ? home : QColor::fromHsv(rng.bounded(360), 40, 120 + rng.bounded(100));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPointF(rng.generateDouble() * w, horizon * (0.6 + 0.38 * rng.generateDouble())), w * 0.006, w * 0.006);
    }
    // Floodlights with a glow.
    for (qreal x : {w * 0.12, w * 0.88}) {
        QRadialGradient glow(QPointF(x, horizon * 0.2), w * 0.18);
        glow.setColorAt(0, QColor(255, 250, 220, night ? 230 : 120));
        glow.setColorAt(1, QColor(255, 250, 220, 0));
        p.setBrush(glow);
        p.drawEllipse(QPointF(x, horizon * 0.2), w * 0.18, w * 0.18);
        p.setBrush(QColor(0x9C, 0xA3, 0xAF));
        p.drawRect(QRectF(x - w * 0.005, horizon * 0.2, w * 0.01, horizon * 0.8));
    }
    // The pitch: mown stripes and white lines in perspective.
    for (int i = 0; i < 12; ++i) {
        const qreal y0 = horizon + (h - horizon) * std::pow(i / 12.0, 1.6);
        const qreal y1 = horizon + (h - horizon) * std::pow((i + 1) / 12.0, 1.6);
        p.fillRect(QRectF(0, y0, w, y1 - y0 + 1), i % 2 ? QColor(0x2F, 0x8F, 0x3A) : QColor(0x3A, 0xA3, 0x45));
    }
    p.setPen(QPen(QColor(255, 255, 255, 220), w * 0.006));
    p.setBrush(Qt::NoBrush);
    p.drawLine(QPointF(0, horizon + (h - horizon) * 0.08), QPointF(w, horizon + (h - horizon) * 0.08));
    p.drawEllipse(QPointF(w * 0.5, horizon + (h - horizon) * 0.45), w * 0.32, (h - horizon) * 0.14);
    p.drawLine(QPointF(w * 0.5, horizon + (h - horizon) * 0.08), QPointF(w * 0.5, h));
    // Players, far ones small.
    const int players = 3 + rng.bounded(6);
    for (int i = 0; i < players; ++i) {
        const qreal depth = rng.generateDouble();
        const qreal y = horizon + (h - horizon) * (0.15 + 0.8 * depth);
        drawPlayer(p, QPointF(w * (0.1 + 0.8 * rng.generateDouble()), y), h * (0.07 + 0.32 * depth),
                   i % 2 ? home : away, rng);
    }
    // The ball.
    const QPointF ball(w * (0.2 + 0.6 * rng.generateDouble()), horizon + (h - horizon) * (0.5 + 0.4 * rng.generateDouble()));
    p.setPen(QPen(QColor(0x11, 0x11, 0x11), w * 0.002));
    p.setBrush(Qt::white);
    p.drawEllipse(ball, w * 0.018, w * 0.018);
    // Scoreboard caption, like a club's match-day graphic.
    const QString home_ = QString::fromLatin1(kClubs[seed % 6]), away_ = QString::fromLatin1(kClubs[(seed + 1) % 6]);
    const QRectF board(w * 0.06, h * 0.82, w * 0.88, h * 0.11);
    QLinearGradient band(board.topLeft(), board.topRight());
    band.setColorAt(0, QColor(0x11, 0x18, 0x27, 225));
    band.setColorAt(1, home.darker(160));
    p.setPen(Qt::NoPen);
    p.setBrush(band);
    p.drawRoundedRect(board, board.height() * 0.2, board.height() * 0.2);
    QFont font(QStringLiteral("Sans"));
    font.setBold(true);
    font.setPixelSize(int(board.height() * 0.32));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(board.adjusted(board.height() * 0.3, 0, -board.height() * 0.3, 0), Qt::AlignVCenter | Qt::AlignLeft,
               QStringLiteral("%1  %2 – %3  %4").arg(home_).arg(seed % 4).arg((seed / 4) % 3).arg(away_));
    p.end();
    return img;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray box(const char *type, const QByteArray &body)
{
    return be32(quint32(8 + body.size())) + QByteArray(type, 4) + body;
}

QByteArray matrix(bool rotate)
{
    // a b u / c d v / x y w, 16.16 except u v w (2.30).
    const qint32 one = 0x10000;
    const qint32 a = rotate ? 0 : one, b = rotate ? one : 0, c = rotate ? -one : 0, d = rotate ? 0 : one;
    return be32(quint32(a)) + be32(quint32(b)) + be32(0) + be32(quint32(c)) + be32(quint32(d)) + be32(0) + be32(0) +
           be32(0) + be32(0x40000000);
}

} // namespace

QByteArray movie(const Movie &m)
{
    QByteArray mvhd = QByteArray(1, char(m.version1 ? 1 : 0)) + QByteArray(3, '\0');
    if (m.version1)
        mvhd += be64(0) + be64(0) + be32(m.timescale) + be64(m.duration);
    else
        mvhd += be32(0) + be32(0) + be32(m.timescale) + be32(quint32(m.duration));
    mvhd += be32(0x00010000) + QByteArray(2, '\x01') + QByteArray(10, '\0') + matrix(false) + QByteArray(24, '\0') +
            be32(3);
    auto tkhd = [&](int width, int height, bool rotate) {
        QByteArray t = QByteArray(1, char(m.version1 ? 1 : 0)) + QByteArray("\0\0\x03", 3);
        if (m.version1)
            t += be64(0) + be64(0) + be32(1) + be32(0) + be64(m.duration);
        else
            t += be32(0) + be32(0) + be32(1) + be32(0) + be32(quint32(m.duration));
        t += QByteArray(8, '\0') + QByteArray(2, '\0') + QByteArray(2, '\0') + QByteArray(2, '\0') + QByteArray(2, '\0') +
             matrix(rotate) + be32(quint32(width) << 16) + be32(quint32(height) << 16);
        return box("tkhd", t);
    };
    // An audio track first (0 × 0), then the picture: the parser must pick the picture.
    const QByteArray audio = box("trak", tkhd(0, 0, false) + box("mdia", box("hdlr", QByteArray(24, '\0'))));
    const QByteArray video = box("trak", tkhd(m.width, m.height, m.rotate90) + box("mdia", QByteArray(16, '\0')));
    const QByteArray moov = box("moov", box("mvhd", mvhd) + audio + video);

    QByteArray payload(qsizetype(m.mediaBytes), Qt::Uninitialized);
    QRandomGenerator rng(quint32(m.seed));
    for (qsizetype i = 0; i + 4 <= payload.size(); i += 4)
        qToLittleEndian(rng.generate(), payload.data() + i);
    const QByteArray mdat = m.largeSizeMdat ? be32(1) + QByteArray("mdat") + be64(quint64(16 + payload.size())) + payload
                                            : box("mdat", payload);
    QByteArray ftyp;
    if (!m.brand.isEmpty())
        ftyp = box("ftyp", m.brand + be32(0x200) + m.brand + (m.brand == "qt  " ? QByteArray() : QByteArray("mp41")));
    const QByteArray wide = box("wide", {});
    return m.moovFirst ? ftyp + moov + wide + mdat : ftyp + wide + mdat + moov;
}

} // namespace fixtures
