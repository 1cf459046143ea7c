#include "PlatformCounters.h"

#include "../common/Icons.h"
#include "../common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>

namespace pitchside::ui {

namespace {

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

PlatformCounters::PlatformCounters(QWidget *parent) : QWidget(parent), m_hashtags(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::spacing * 2);
    for (Platform p : AllPlatforms) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::RichText);
        label->setAccessibleName(tr("%1 characters").arg(platformName(p)));
        m_labels.insert(p, label);
        m_levels.insert(p, PostRules::Counter::Level::Ok);
        row->addWidget(label);
    }
    m_hashtags->setAccessibleName(tr("Instagram hashtags"));
    row->addWidget(m_hashtags);
    row->addStretch(1);
}

void PlatformCounters::refresh(const QString &content, const QStringList &hashtags, Platforms platforms)
{
    const QLocale locale;
    const QVector<PostRules::Counter> counters = PostRules::counters(content, hashtags, platforms);
    for (Platform p : AllPlatforms)
        m_labels.value(p)->setVisible(platforms.testFlag(p));
    for (const PostRules::Counter &c : counters) {
        QLabel *label = m_labels.value(c.platform);
        // Only touch the label when what it says changes (a keystroke
        // usually changes a number, not a colour).
        const QString text = QStringLiteral("<span style='color:%1'>%2 <b>%3</b> / %4</span>")
                                 .arg(colourOf(c.level).name(), platformName(c.platform), locale.toString(c.length),
                                      locale.toString(c.limit));
        if (label->text() != text)
            label->setText(text);
        m_levels[c.platform] = c.level;
        label->setToolTip(c.level == PostRules::Counter::Level::Over
                              ? tr("%n character(s) too many for %1", nullptr, c.length - c.limit)
                                    .arg(platformName(c.platform))
                              : tr("%n character(s) left on %1", nullptr, c.limit - c.length)
                                    .arg(platformName(c.platform)));
    }
    const bool instagram = platforms.testFlag(Platform::Instagram);
    m_hashtags->setVisible(instagram);
    if (instagram) {
        const int count = PostRules::hashtagCount(content, hashtags);
        const auto level = count > PostRules::kInstagramMaxHashtags ? PostRules::Counter::Level::Over
                                                                    : PostRules::levelFor(count, PostRules::kInstagramMaxHashtags);
        const QString text = QStringLiteral("<span style='color:%1'># <b>%2</b> / %3</span>")
                                 .arg(colourOf(level).name())
                                 .arg(count)
                                 .arg(PostRules::kInstagramMaxHashtags);
        if (m_hashtags->text() != text)
            m_hashtags->setText(text);
        m_hashtags->setToolTip(tr("Hashtags on Instagram: at most %1").arg(PostRules::kInstagramMaxHashtags));
    }
}

QString PlatformCounters::text(Platform platform) const
{
    QLabel *label = m_labels.value(platform);
    if (!label || label->isHidden())
        return {};
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

PostRules::Counter::Level PlatformCounters::level(Platform platform) const
{
    return m_levels.value(platform);
}

QString PlatformCounters::hashtagText() const
{
    QTextDocument doc;
    doc.setHtml(m_hashtags->text());
    return m_hashtags->isHidden() ? QString() : doc.toPlainText();
}

} // namespace pitchside::ui
