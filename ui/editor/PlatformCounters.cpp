#include "PlatformCounters.h"

#include "../common/Icons.h"
#include "../common/Theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace pitchside::ui {

namespace {

constexpr int kMark = 14;
constexpr int kGap = 16;

QColor colourOf(PostRules::Counter::Level level)
{
    switch (level) {
    case PostRules::Counter::Level::Near:
        return Theme::warning();
    case PostRules::Counter::Level::Over:
        return Theme::danger();
    case PostRules::Counter::Level::Ok:
        break;
    }
    return Theme::mutedText();
}

} // namespace

PlatformCounters::PlatformCounters(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Characters per network"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString PlatformCounters::numbers(const Item &item) const
{
    const QLocale locale;
    return QStringLiteral("%1 / %2").arg(locale.toString(item.value), locale.toString(item.limit));
}

void PlatformCounters::refresh(const QString &content, const QStringList &hashtags, Platforms platforms)
{
    QVector<Item> items;
    for (const PostRules::Counter &c : PostRules::counters(content, hashtags, platforms))
        items.push_back({c.platform, false, c.length, c.limit, c.level, {}});
    if (platforms.testFlag(Platform::Instagram)) {
        const int count = PostRules::hashtagCount(content, hashtags);
        items.push_back({Platform::Instagram, true, count, PostRules::kInstagramMaxHashtags,
                         PostRules::levelFor(count, PostRules::kInstagramMaxHashtags), {}});
    }
    bool same = items.size() == m_items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = items[i].value == m_items[i].value && items[i].platform == m_items[i].platform
               && items[i].isHashtags == m_items[i].isHashtags;
    if (same)
        return;
    m_items = items;
    QStringList spoken;
    for (const Item &item : std::as_const(m_items))
        spoken << (item.isHashtags ? hashtagText() : text(item.platform));
    setAccessibleDescription(spoken.join(QStringLiteral(", ")));
    update();
}

QString PlatformCounters::text(Platform platform) const
{
    for (const Item &item : m_items) {
        if (!item.isHashtags && item.platform == platform)
            return platformName(platform) + QLatin1Char(' ') + numbers(item);
    }
    return {};
}

PostRules::Counter::Level PlatformCounters::level(Platform platform) const
{
    for (const Item &item : m_items) {
        if (!item.isHashtags && item.platform == platform)
            return item.level;
    }
    return PostRules::Counter::Level::Ok;
}

QString PlatformCounters::hashtagText() const
{
    for (const Item &item : m_items) {
        if (item.isHashtags)
            return QStringLiteral("# ") + numbers(item);
    }
    return {};
}

QSize PlatformCounters::sizeHint() const
{
    return {200, fontMetrics().height() + 4};
}

void PlatformCounters::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics fm(font());
    const QFontMetrics bm(bold);
    const QLocale locale;
    int x = 0;
    for (Item &item : m_items) {
        const int start = x;
        if (item.isHashtags) {
            p.setFont(font());
            p.setPen(Theme::mutedText());
            p.drawText(QRect(x, 0, fm.horizontalAdvance(u'#') + 4, height()), Qt::AlignVCenter, QStringLiteral("#"));
            x += fm.horizontalAdvance(u'#') + 4;
        } else {
            p.drawPixmap(x, (height() - kMark) / 2, Icons::platformPixmap(item.platform, kMark));
            x += kMark + 4;
        }
        // The count in bold, in the level's colour; the limit muted.
        const QString value = locale.toString(item.value);
        const QString limit = QStringLiteral(" / ") + locale.toString(item.limit);
        p.setFont(bold);
        p.setPen(colourOf(item.level));
        p.drawText(QRect(x, 0, bm.horizontalAdvance(value), height()), Qt::AlignVCenter, value);
        x += bm.horizontalAdvance(value);
        p.setFont(font());
        p.setPen(item.level == PostRules::Counter::Level::Ok ? Theme::mutedText() : colourOf(item.level));
        p.drawText(QRect(x, 0, fm.horizontalAdvance(limit), height()), Qt::AlignVCenter, limit);
        x += fm.horizontalAdvance(limit);
        item.rect = QRect(start, 0, x - start, height());
        x += kGap;
    }
}

QString PlatformCounters::tooltipFor(const Item &item) const
{
    if (item.isHashtags)
        return tr("Hashtags on Instagram: at most %1").arg(item.limit);
    if (item.value > item.limit)
        return tr("%n character(s) too many for %1", nullptr, item.value - item.limit).arg(platformName(item.platform));
    return tr("%n character(s) left on %1", nullptr, item.limit - item.value).arg(platformName(item.platform));
}

bool PlatformCounters::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        for (const Item &item : std::as_const(m_items)) {
            if (item.rect.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), tooltipFor(item), this, item.rect);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace pitchside::ui
