#include "EntryPainter.h"

#include "../common/Icons.h"
#include "../common/Theme.h"

#include <QApplication>
#include <QHash>
#include <QPalette>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace pitchside::ui::EntryPainter {

namespace {

constexpr int kRadius = 4;
constexpr int kMarkSize = 12;

// Draws the platform marks from x; returns the x after them.
int paintMarks(QPainter &p, int x, int centerY, Platforms platforms)
{
    for (Platform platform : AllPlatforms) {
        if (platforms.testFlag(platform)) {
            p.drawPixmap(x, centerY - kMarkSize / 2, Icons::platformPixmap(platform, kMarkSize));
            x += kMarkSize + 2;
        }
    }
    return x;
}

// "Tuesday 24 November 2026, 12:00": the date in full, the time short.
QString longWhen(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::LongFormat) + QStringLiteral(", ")
           + locale.toString(local.time(), QLocale::ShortFormat);
}

// Where a chip's parts go: shared by painting and chipText().
struct ChipLayout
{
    int iconX = -1; // a match's or event's icon
    QRect timeRect;
    QString time;
    QVector<std::pair<int, Platform>> marks; // x of each network's mark
    QRect textRect;
    QString text; // elided; empty when there is no room for it
};

bool hasWarningMark(const QRect &rect, const CalendarEntry &e)
{
    return (e.conflict || !e.publishingRisk.isEmpty()) && rect.width() > 60;
}

ChipLayout chipLayout(const QRect &rect, const CalendarEntry &e, const QFont &font, const Style &style)
{
    ChipLayout out;
    const QFontMetrics fm(font);
    // The warning mark at the right end has room of its own: the words stop before it.
    const int right = rect.right() - (hasWarningMark(rect, e) ? 16 : 3);
    int x = rect.left() + 8;
    if (e.kind != CalendarEntry::Kind::Post && x + 12 <= right) {
        out.iconX = x;
        x += 16;
    }
    if (style.showTime && !e.spansDays) {
        const QString time = timeText(e);
        QFont bold = font;
        bold.setWeight(QFont::DemiBold);
        const int w = QFontMetrics(bold).horizontalAdvance(time);
        if (x + w <= right) {
            out.time = time;
            out.timeRect = QRect(x, rect.top(), w, rect.height());
            x += w + 4;
        }
    }
    // The networks' marks, then the words. A narrow chip (a month cell on a
    // laptop) keeps room for a word or two: one mark, or none when even one
    // would leave fewer than ten letters; the tooltip and the other views
    // name every network.
    if (e.kind == CalendarEntry::Kind::Post) {
        int marks = 0;
        for (Platform platform : AllPlatforms)
            marks += e.platforms.testFlag(platform) ? 1 : 0;
        const int readable = fm.averageCharWidth() * 10;
        const int allowed = right - x - marks * (kMarkSize + 1) - 3 >= readable ? marks
                            : right - x - (kMarkSize + 1) - 3 >= readable    ? 1
                                                                               : 0;
        for (Platform platform : AllPlatforms) {
            if (!e.platforms.testFlag(platform))
                continue;
            if (x + kMarkSize > right || int(out.marks.size()) >= allowed)
                break;
            out.marks.push_back({x, platform});
            x += kMarkSize + 1;
        }
        if (!out.marks.isEmpty())
            x += 3;
    }
    out.textRect = QRect(x, rect.top(), right - x, rect.height());
    if (out.textRect.width() > fm.averageCharWidth() * 2)
        out.text = fm.elidedText(chipLabel(e), Qt::ElideRight, out.textRect.width());
    return out;
}

void paintFrame(QPainter &p, const QRectF &r, const CalendarEntry &e, const Style &style)
{
    QPainterPath path;
    path.addRoundedRect(r, kRadius, kRadius);
    p.fillPath(path, chipFill(e, style));
    const QColor base = baseColor(e);
    p.setBrush(Qt::NoBrush); // outlines only: whatever brush the view left set
    if (e.kind == CalendarEntry::Kind::Event) {
        // Events are outlined: they frame the day, they are not work to do.
        p.setPen(QPen(base, 1, Qt::DashLine));
        p.drawPath(path);
    } else {
        // The status (or match) colour as a bar on the left.
        QPainterPath bar;
        bar.addRoundedRect(QRectF(r.left(), r.top(), 4, r.height()), 2, 2);
        p.fillPath(bar, base);
    }
    if (style.selected) {
        p.setPen(QPen(Theme::focusRing(), 1.5));
        p.drawPath(path);
    }
}

} // namespace

QColor baseColor(const CalendarEntry &e)
{
    switch (e.kind) {
    case CalendarEntry::Kind::Post:
        return Theme::statusColor(e.status);
    case CalendarEntry::Kind::Match:
        return Theme::matchColor();
    case CalendarEntry::Kind::Event:
        return Theme::eventColor();
    }
    return {};
}

QPixmap marksPixmap(const CalendarEntry &e, int height)
{
    // Cached per network set: the agenda asks for one per line.
    static QHash<QString, QPixmap> cache;
    const int count = 3;
    const QString key = QString::number(int(e.kind)) + QLatin1Char(':') + QString::number(e.platforms.toInt())
                        + QLatin1Char(':') + baseColor(e).name() + QString::number(height);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const qreal dpr = qApp->devicePixelRatio();
    QPixmap out(QSize((height + 2) * count, height) * dpr);
    out.setDevicePixelRatio(dpr);
    out.fill(Qt::transparent);
    QPainter p(&out);
    int x = 0;
    if (e.kind == CalendarEntry::Kind::Post) {
        for (Platform platform : AllPlatforms) {
            if (e.platforms.testFlag(platform)) {
                p.drawPixmap(x, 0, Icons::platformPixmap(platform, height));
                x += height + 2;
            }
        }
    } else {
        p.drawPixmap(0, 0, Icons::uiPixmap(iconName(e), height, baseColor(e)));
    }
    p.end();
    cache.insert(key, out);
    return out;
}

QString iconName(const CalendarEntry &e)
{
    return e.kind == CalendarEntry::Kind::Match ? QStringLiteral("trophy") : QStringLiteral("flag");
}

QString timeText(const CalendarEntry &e)
{
    return QLocale().toString(e.start.time(), QLocale::ShortFormat);
}

QString matchScore(const CalendarEntry &e)
{
    if (!e.scoreHome || !e.scoreAway)
        return {};
    return QStringLiteral("%1–%2").arg(*e.scoreHome).arg(*e.scoreAway);
}

QString label(const CalendarEntry &e)
{
    switch (e.kind) {
    case CalendarEntry::Kind::Post:
        return e.title.isEmpty() ? QCoreApplication::translate("pitchside::ui::EntryPainter", "(empty post)") : e.title;
    case CalendarEntry::Kind::Match: {
        const QString score = matchScore(e);
        return score.isEmpty() ? QCoreApplication::translate("pitchside::ui::EntryPainter", "%1 – %2").arg(e.home.name, e.away.name)
                               : QCoreApplication::translate("pitchside::ui::EntryPainter", "%1 %2 %3").arg(e.home.name, score, e.away.name);
    }
    case CalendarEntry::Kind::Event:
        return e.title;
    }
    return {};
}

QString chipLabel(const CalendarEntry &e)
{
    const QString full = label(e);
    // Skips what is neither a letter nor a digit at the start: emoji (with
    // their joiners and variation selectors), symbols, spaces, punctuation.
    int skipped = 0; // UTF-16 units
    for (const uint c : full.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            break;
        skipped += QChar::requiresSurrogates(c) ? 2 : 1;
    }
    const QString rest = full.mid(skipped);
    return rest.isEmpty() ? full : rest;
}

QString moreTooltip(const QVector<const CalendarEntry *> &hidden)
{
    QStringList lines;
    for (const CalendarEntry *e : hidden)
        lines << QStringLiteral("<b>%1</b> %2").arg(e->spansDays ? QString() : timeText(*e).toHtmlEscaped(),
                                                     label(*e).toHtmlEscaped());
    lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "Click to see the whole day");
    return lines.join(QStringLiteral("<br>"));
}

QString tooltip(const CalendarEntry &e)
{
    const QLocale locale;
    const QString when = longWhen(e.start);
    QStringList lines;
    switch (e.kind) {
    case CalendarEntry::Kind::Post: {
        QStringList networks;
        for (Platform p : AllPlatforms) {
            if (e.platforms.testFlag(p))
                networks << platformName(p);
        }
        lines << QStringLiteral("<b>%1</b> · %2").arg(postStatusName(e.status).toHtmlEscaped(), when.toHtmlEscaped());
        if (!networks.isEmpty())
            lines << networks.join(QStringLiteral(", "));
        lines << label(e).toHtmlEscaped();
        if (e.mediaCount > 0)
            lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "%n photo(s) or video(s)", nullptr, e.mediaCount);
        if (!e.publishingRisk.isEmpty())
            lines << QStringLiteral("<span style='color:%1'>%2</span>")
                         .arg(Theme::danger().name(), e.publishingRisk.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        if (e.status == PostStatus::Failed)
            lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "Not published: open it to see why and try again.");
        if (e.conflict)
            lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "Changed here and on the server: open it to choose.");
        else if (e.pendingSync)
            lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "Not synced yet");
        lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "Drag to move it · double-click to open it");
        break;
    }
    case CalendarEntry::Kind::Match:
        lines << QStringLiteral("<b>%1</b>").arg(label(e).toHtmlEscaped()) << when.toHtmlEscaped();
        if (!e.competition.isEmpty())
            lines << e.competition.toHtmlEscaped();
        if (!e.venue.isEmpty())
            lines << e.venue.toHtmlEscaped();
        lines << QCoreApplication::translate("pitchside::ui::EntryPainter", "Double-click to edit the match");
        break;
    case CalendarEntry::Kind::Event:
        lines << QStringLiteral("<b>%1</b>").arg(e.title.toHtmlEscaped())
              << QCoreApplication::translate("pitchside::ui::EntryPainter", "%1 to %2").arg(when, longWhen(e.end)).toHtmlEscaped();
        if (!e.address.isEmpty())
            lines << e.address.toHtmlEscaped();
        break;
    }
    return lines.join(QStringLiteral("<br>"));
}

QColor chipFill(const CalendarEntry &e, const Style &style)
{
    QColor fill = baseColor(e);
    const bool match = e.kind == CalendarEntry::Kind::Match;
    // Selected: a stronger tint and an outline. In the dark palette a tint
    // past 90/255 of the amber or green puts the light text under 4.5:1.
    const int selected = Theme::isDark() ? 80 : 110;
    fill.setAlpha(style.selected ? selected : match ? 70 : Theme::isDark() ? 52 : 34);
    if (style.dimmed)
        fill.setAlpha(fill.alpha() / 3);
    return fill;
}

QColor chipTextColor(const Style &style)
{
    QColor c = QApplication::palette().color(QPalette::Text);
    if (style.dimmed)
        c.setAlpha(110);
    return c;
}

QColor moreFill(bool hovered)
{
    QColor fill = Theme::accent();
    fill.setAlpha(hovered ? 60 : 26);
    return fill;
}

QColor moreTextColor()
{
    return Theme::accentText();
}

QString chipText(const QRect &rect, const CalendarEntry &e, const QFont &font, const Style &style)
{
    return chipLayout(rect, e, font, style).text;
}

void paintChip(QPainter &p, const QRect &rect, const CalendarEntry &e, const QFont &font, const Style &style)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(rect); // narrow chips (a crowded week) never spill over their neighbours
    paintFrame(p, QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), e, style);
    p.setFont(font);
    const ChipLayout layout = chipLayout(rect, e, font, style);
    const int cy = rect.center().y() + 1;
    if (layout.iconX >= 0)
        p.drawPixmap(layout.iconX, cy - 6, Icons::uiPixmap(iconName(e), 12, baseColor(e)));
    p.setPen(chipTextColor(style));
    if (!layout.time.isEmpty()) {
        QFont bold = font;
        bold.setWeight(QFont::DemiBold);
        p.setFont(bold);
        p.drawText(layout.timeRect, Qt::AlignVCenter, layout.time);
        p.setFont(font);
    }
    for (const auto &[x, platform] : layout.marks)
        p.drawPixmap(x, cy - kMarkSize / 2, Icons::platformPixmap(platform, kMarkSize));
    if (!layout.text.isEmpty())
        p.drawText(layout.textRect, Qt::AlignVCenter | Qt::AlignLeft, layout.text);
    if (hasWarningMark(rect, e))
        p.drawPixmap(rect.right() - 14, cy - 6,
                     Icons::uiPixmap(QStringLiteral("triangle-alert"), 12,
                                     e.publishingRisk.isEmpty() ? Theme::warning() : Theme::danger()));
    p.restore();
}

void paintBlock(QPainter &p, const QRect &rect, const CalendarEntry &e, const QFont &font, const Style &style)
{
    const QFontMetrics fm(font);
    const int line = fm.height() + 2;
    if (rect.height() < line * 2) { // too short for more than the chip
        paintChip(p, rect, e, font, style);
        return;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(rect);
    paintFrame(p, QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), e, style);
    p.setPen(chipTextColor(style));
    const int left = rect.left() + 8;
    const int width = rect.right() - left - 3;
    int y = rect.top() + 3;
    // First line: time and marks (or the match's icon).
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    int x = left;
    if (e.kind != CalendarEntry::Kind::Post) {
        p.drawPixmap(x, y + (line - 12) / 2, Icons::uiPixmap(iconName(e), 12, baseColor(e)));
        x += 16;
    }
    const QString time = timeText(e);
    p.drawText(QRect(x, y, width, line), Qt::AlignVCenter, time);
    x += QFontMetrics(bold).horizontalAdvance(time) + 6;
    if (e.kind == CalendarEntry::Kind::Post && x + kMarkSize < rect.right())
        paintMarks(p, x, y + line / 2, e.platforms);
    y += line;
    // Then the words, wrapped over the lines that fit.
    p.setFont(e.kind == CalendarEntry::Kind::Match ? bold : font);
    const int lines = std::max(1, (rect.bottom() - y - 2) / fm.height());
    QString text = label(e);
    if (e.kind == CalendarEntry::Kind::Match && !e.venue.isEmpty() && lines >= 2)
        text += QLatin1Char('\n') + e.venue;
    const QRect textRect(left, y, width, lines * fm.height());
    const QString shown = fm.elidedText(text, Qt::ElideRight, width * lines - fm.averageCharWidth());
    p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shown);
    p.restore();
}

QString moreText(int hidden)
{
    return QCoreApplication::translate("pitchside::ui::EntryPainter", "+%n more", nullptr, hidden);
}

void paintMore(QPainter &p, const QRect &rect, int hidden, const QFont &font, bool hovered)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    p.fillPath(path, moreFill(hovered));
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    p.setPen(moreTextColor());
    p.drawText(rect.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetrics(bold).elidedText(moreText(hidden), Qt::ElideRight, rect.width() - 10));
    p.restore();
}

} // namespace pitchside::ui::EntryPainter
