#include "MediaDelegate.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "MediaTexts.h"
#include "models/media/MediaGridModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace pitchside::ui {

namespace {

using Role = media::MediaGridModel::Role;
using State = media::UploadRecord::State;

constexpr int kPad = 8;
constexpr int kRadius = 8;
constexpr int kFadeMs = 220;

} // namespace

MediaDelegate::MediaDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    // About four screens of cells at 1x (twice fewer at 2x).
    m_pixmaps.setMaxCost(24 * 1024 * 1024);
}

int MediaDelegate::textHeight(const QFont &font)
{
    const QFontMetrics fm(font);
    return fm.height() * 2 + 6;
}

QSize MediaDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_cell;
}

QPixmap MediaDelegate::cropped(const QString &key, const QImage &image, int side, qreal dpr) const
{
    const QString cacheKey = key + u'@' + QString::number(side) + u'x' + QString::number(dpr);
    if (QPixmap *hit = m_pixmaps.object(cacheKey))
        return *hit;
    if (m_smoothBudget <= 0) {
        m_needsRefine = true;
        return {};
    }
    --m_smoothBudget;
    const int px = qRound(side * dpr);
    // Cover: fill the square, crop the middle (faces sit near the centre).
    const QImage scaled = image.scaled(px, px, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QImage square = scaled.copy((scaled.width() - px) / 2, (scaled.height() - px) / 2, px, px);
    QPixmap out(px, px);
    out.fill(Qt::transparent);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath clip;
        clip.addRoundedRect(QRectF(0, 0, px, px), kRadius * dpr, kRadius * dpr);
        p.setClipPath(clip);
        p.drawImage(0, 0, square);
    }
    out.setDevicePixelRatio(dpr);
    m_pixmaps.insert(cacheKey, new QPixmap(out), px * px * 4);
    return out;
}

void MediaDelegate::drawFast(QPainter *p, const QRect &target, const QImage &image)
{
    // The same centre crop, without filtering and without caching.
    const QSize s = image.size().scaled(target.size(), Qt::KeepAspectRatioByExpanding);
    const QRectF source((s.width() - target.width()) / 2.0 * image.width() / s.width(),
                        (s.height() - target.height()) / 2.0 * image.height() / s.height(),
                        target.width() * double(image.width()) / s.width(),
                        target.height() * double(image.height()) / s.height());
    p->save();
    QPainterPath clip;
    clip.addRoundedRect(QRectF(target), kRadius, kRadius);
    p->setClipPath(clip);
    p->setRenderHint(QPainter::SmoothPixmapTransform, false);
    p->drawImage(QRectF(target), image, source);
    p->restore();
}

void MediaDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette &pal = option.palette;

    if (selected || hovered) {
        QColor bg = selected ? Theme::accent() : pal.color(QPalette::Midlight);
        bg.setAlpha(selected ? 40 : 160);
        p->setPen(Qt::NoPen);
        p->setBrush(bg);
        p->drawRoundedRect(cell, kRadius + 2, kRadius + 2);
    }

    const int side = cell.width() - 2 * (kPad - 3);
    const QRect thumb(cell.left() + kPad - 3, cell.top() + kPad - 3, side, side);
    const QImage image = index.data(Role::ThumbnailRole).value<QImage>();
    const bool video = index.data(Role::TypeRole).toInt() == int(Media::Type::Video);
    if (image.isNull() || index.data(Role::ThumbnailAgeRole).toInt() < kFadeMs) {
        // The placeholder stays under a thumbnail that fades in.
        // Videos without a picture get a dark "screen", photos a quiet card.
        const bool screen = video && image.isNull();
        p->setPen(Qt::NoPen);
        if (screen) {
            QLinearGradient g(thumb.topLeft(), thumb.bottomRight());
            g.setColorAt(0, QColor(0x33, 0x3A, 0x47));
            g.setColorAt(1, QColor(0x11, 0x15, 0x1C));
            p->setBrush(g);
        } else {
            p->setBrush(pal.color(QPalette::AlternateBase).darker(Theme::isDark() ? 90 : 103));
        }
        p->drawRoundedRect(thumb, kRadius, kRadius);
        if (image.isNull()) {
            const bool failed = index.data(Role::ThumbnailFailedRole).toBool();
            const QString icon = failed ? QStringLiteral("image-off") : video ? QStringLiteral("film") : QStringLiteral("image");
            const int s = qMin(40, side / 3);
            p->drawPixmap(thumb.center() - QPoint(s / 2, s / 2),
                          Icons::uiPixmap(icon, s, screen ? QColor(0xC8, 0xCD, 0xD6) : Theme::mutedText()));
        }
    }
    if (!image.isNull()) {
        const int age = index.data(Role::ThumbnailAgeRole).toInt();
        if (age < kFadeMs) {
            p->setOpacity(qBound(0.0, age / double(kFadeMs), 1.0));
            m_animating = true;
        }
        const QString key = index.data(Role::IdRole).toString();
        const QPixmap square = cropped(key, image, side, p->device()->devicePixelRatioF());
        if (square.isNull())
            drawFast(p, thumb, image);
        else
            p->drawPixmap(thumb.topLeft(), square);
        p->setOpacity(1.0);
    }
    if (selected) {
        p->setPen(QPen(Theme::accent(), 2));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(thumb).adjusted(1, 1, -1, -1), kRadius, kRadius);
    }

    if (video) {
        // Duration on a dark pill, readable on any picture.
        const QString text = MediaTexts::duration(index.data(Role::DurationMsRole).toLongLong());
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        const QFontMetrics fm(small);
        const QRect pill(thumb.left() + 6, thumb.bottom() - fm.height() - 10, fm.horizontalAdvance(text) + 28,
                         fm.height() + 6);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 150));
        p->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        p->drawPixmap(pill.left() + 6, pill.center().y() - 6, Icons::uiPixmap(QStringLiteral("play"), 12, Qt::white));
        p->setFont(small);
        p->setPen(Qt::white);
        p->drawText(pill.adjusted(22, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    paintBadge(p, thumb, index);

    // Name, then one line of facts.
    const QFontMetrics fm(option.font);
    QRect text(thumb.left() + 2, thumb.bottom() + 6, thumb.width() - 4, fm.height());
    p->setFont(option.font);
    p->setPen(pal.color(QPalette::Text));
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, text.width()));
    text.translate(0, fm.height() + 1);
    QStringList facts;
    const QSize dims = index.data(Role::DimensionsRole).toSize();
    if (dims.width() > 0)
        facts << QStringLiteral("%1 × %2").arg(dims.width()).arg(dims.height());
    facts << MediaTexts::size(index.data(Role::SizeBytesRole).toLongLong());
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p->setFont(small);
    p->setPen(Theme::mutedText());
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, text.width()));
    p->restore();
}

void MediaDelegate::paintBadge(QPainter *p, const QRect &thumb, const QModelIndex &index) const
{
    const int state = index.data(Role::UploadStateRole).toInt();
    if (state < 0 || (!m_uploads && State(state) == State::Queued))
        return;
    const QRect badge(thumb.right() - 28, thumb.top() + 6, 22, 22);
    const auto s = State(state);
    QColor fill = QColor(255, 255, 255, 235);
    QString icon;
    QColor iconColor = QColor(0x37, 0x41, 0x51);
    switch (s) {
    case State::Queued:
        icon = QStringLiteral("cloud-upload");
        break;
    case State::Paused:
        icon = QStringLiteral("pause");
        break;
    case State::Failed:
        fill = Theme::danger();
        icon = QStringLiteral("circle-alert");
        iconColor = Qt::white;
        break;
    case State::Cancelled:
        icon = QStringLiteral("cloud-off");
        break;
    case State::Uploading:
    case State::Done:
        break;
    }
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawEllipse(badge);
    if (s == State::Uploading) {
        const QString id = index.data(Role::IdRole).toString();
        double fraction = index.data(Role::UploadProgressRole).toDouble();
        if (const auto it = m_live.constFind(id); it != m_live.constEnd() && it->second > 0)
            fraction = double(it->first) / double(it->second);
        const QRectF ring = QRectF(badge).adjusted(4, 4, -4, -4);
        p->setPen(QPen(QColor(0xD0, 0xD5, 0xDD), 2.5));
        p->drawEllipse(ring);
        p->setPen(QPen(Theme::accent(), 2.5, Qt::SolidLine, Qt::RoundCap));
        p->drawArc(ring, 90 * 16, -int(qBound(0.02, fraction, 1.0) * 360 * 16));
        return;
    }
    p->drawPixmap(badge.center() - QPoint(7, 7) + QPoint(1, 1), Icons::uiPixmap(icon, 14, iconColor));
}

} // namespace pitchside::ui
