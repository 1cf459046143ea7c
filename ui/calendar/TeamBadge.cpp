#include "TeamBadge.h"

#include "../common/MediaThumbnails.h"
#include "../common/Theme.h"
#include "models/store/Store.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

namespace pitchside::ui::TeamBadge {

namespace {

// Club words that say nothing about which club it is.
bool isGeneric(const QString &word)
{
    static const QStringList generic = {QStringLiteral("fc"), QStringLiteral("as"), QStringLiteral("us"),
                                        QStringLiteral("sc"), QStringLiteral("es"), QStringLiteral("ac"),
                                        QStringLiteral("stade"), QStringLiteral("olympique"), QStringLiteral("de"),
                                        QStringLiteral("du"), QStringLiteral("la"), QStringLiteral("le"),
                                        QStringLiteral("les"), QStringLiteral("en"), QStringLiteral("sur"),
                                        QStringLiteral("et"), QStringLiteral("des"), QStringLiteral("d")};
    return generic.contains(word.toLower());
}

QColor colourFor(const QString &name)
{
    // A stable hue per name, at a lightness that keeps white text readable.
    const uint hash = qHash(name.toLower());
    return QColor::fromHsl(int(hash % 360), 120, Theme::isDark() ? 95 : 80);
}

} // namespace

QString initials(const QString &name)
{
    const QStringList words = name.split(QRegularExpression(QStringLiteral("[\\s\\-']+")), Qt::SkipEmptyParts);
    QStringList meaningful;
    for (const QString &w : words) {
        if (!isGeneric(w) && w.at(0).isLetterOrNumber())
            meaningful << w;
    }
    // Two words: their initials; one: its first two letters ("Bron" -> "BR").
    if (meaningful.size() >= 2)
        return QString(meaningful.at(0).at(0)).toUpper() + QString(meaningful.at(1).at(0)).toUpper();
    if (meaningful.size() == 1)
        return meaningful.first().left(2).toUpper();
    return words.isEmpty() ? QString() : words.first().left(2).toUpper();
}

QString mediaIdOf(const QString &logoUrl)
{
    static const QRegularExpression re(QStringLiteral("/api/media/([0-9a-fA-F-]{36})/content"));
    const auto m = re.match(logoUrl);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString logoUrlFor(const QString &mediaId)
{
    return QStringLiteral("/api/media/%1/content?variant=thumbnail").arg(mediaId);
}

QPixmap pixmap(const TeamInfo &team, int size, store::Store *store, MediaThumbnails *thumbnails)
{
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    QPixmap out(QSize(size, size) * dpr);
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, size, size));

    QPixmap logo;
    const QString mediaId = mediaIdOf(team.logoUrl);
    if (store && thumbnails && !mediaId.isEmpty()) {
        if (const auto media = store->media().find(mediaId))
            logo = thumbnails->thumbnail(*media, size * 2);
    }
    if (!logo.isNull()) {
        p.fillPath(circle, Qt::white);
        p.setClipPath(circle);
        const QSizeF scaled = QSizeF(logo.size() / logo.devicePixelRatio()).scaled(size, size, Qt::KeepAspectRatio);
        p.drawPixmap(QRectF((size - scaled.width()) / 2, (size - scaled.height()) / 2, scaled.width(), scaled.height()),
                     logo, logo.rect());
        p.setClipping(false);
        p.setPen(QPen(Theme::border(), 1));
        p.drawPath(circle);
        return out;
    }
    p.fillPath(circle, colourFor(team.name));
    QFont f = QApplication::font();
    f.setPixelSize(std::max(8, size * 2 / 5));
    f.setWeight(QFont::Bold);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials(team.name));
    return out;
}

} // namespace pitchside::ui::TeamBadge
