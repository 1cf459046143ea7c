#include "PostRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace pitchside {

namespace {

QString number(int n)
{
    return QLocale().toString(n);
}

// The server's pattern (tests/server textutil::hashtagsIn): '#' not glued to
// a word, an '&' (HTML entities) or another '#', then word characters.
const QRegularExpression &hashtagPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\w&#])#(\w+))"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The hashtags of the field that the content does not already hold.
QStringList extraHashtags(const QString &content, const QStringList &hashtags)
{
    if (hashtags.isEmpty())
        return {};
    QSet<QString> inContent;
    for (const QString &t : PostRules::hashtagsIn(content))
        inContent.insert(t.toLower());
    QStringList extra;
    for (const QString &t : hashtags) {
        if (!inContent.contains(t.toLower()))
            extra << t;
    }
    return extra;
}

} // namespace

QString RuleViolation::message() const
{
    const bool server = source == Source::Server;
    // Rules told by numbers need them; without (a parked change keeps only
    // the server's sentence) that sentence is the best explanation.
    const bool counted = rule == u"caption_too_long" || rule == u"too_many_hashtags" || rule == u"too_many_media";
    if (counted && limit == 0 && !serverMessage.isEmpty())
        return serverMessage;
    const QString network = platform ? platformName(*platform) : QString();
    if (rule == u"caption_too_long") {
        const QString text = server ? QCoreApplication::translate("PostRules", "%1 refused the post: the text is longer than %2 characters (%3). "
                                         "Shorten it by %4.")
                                    : QCoreApplication::translate("PostRules", "%1 will refuse the post: the text is longer than %2 characters (%3). "
                                         "Shorten it by %4.");
        return text.arg(network, number(limit), number(actual), number(actual - limit));
    }
    if (rule == u"too_many_hashtags") {
        const QString text = server ? QCoreApplication::translate("PostRules", "Instagram refused the post: it has %1 hashtags, at most %2 are allowed. "
                                         "Remove %3.")
                                    : QCoreApplication::translate("PostRules", "Instagram will refuse the post: it has %1 hashtags, at most %2 are "
                                         "allowed. Remove %3.");
        return text.arg(number(actual), number(limit), number(actual - limit));
    }
    if (rule == u"instagram_needs_media")
        return QCoreApplication::translate("PostRules", "Instagram needs at least one photo or video. Add one, or untick Instagram.");
    if (rule == u"too_many_media")
        return QCoreApplication::translate("PostRules", "A post carries at most %1 photos or videos (%2 attached). Remove %3.")
            .arg(number(limit), number(actual), number(actual - limit));
    if (rule == u"schedule_in_past")
        return QCoreApplication::translate("PostRules", "This time has already passed. Pick a later date or time.");
    if (rule == u"schedule_missing")
        return QCoreApplication::translate("PostRules", "Choose a date and a time to schedule the post.");
    if (rule == u"published_post_immutable")
        return QCoreApplication::translate("PostRules", "This post is already published: it can no longer be changed or deleted.");
    if (rule == u"unknown_media")
        return QCoreApplication::translate("PostRules", "A photo or video of this post is no longer in your library. Remove it and attach another.");
    if (rule == u"published_needs_date")
        return QCoreApplication::translate("PostRules", "A published post needs its publication date.");
    if (rule == u"failed_needs_message")
        return QCoreApplication::translate("PostRules", "A failed post needs the reason it failed.");
    if (rule == u"platforms_missing")
        return QCoreApplication::translate("PostRules", "Choose at least one network to publish on.");
    if (rule == u"first_comment_too_long")
        return QCoreApplication::translate("PostRules", "The first comment is longer than %1 characters (%2). Shorten it by %3.")
            .arg(number(limit), number(actual), number(actual - limit));
    // A rule this version does not know: the server's own sentence says it best.
    return serverMessage.isEmpty() ? QCoreApplication::translate("PostRules", "The server refused the post (%1).").arg(rule) : serverMessage;
}

namespace PostRules {

int captionLimit(Platform platform)
{
    switch (platform) {
    case Platform::Instagram:
        return 2200;
    case Platform::LinkedIn:
        return 3000;
    case Platform::Facebook:
        return 63206;
    }
    return 0;
}

int codePointCount(QStringView text)
{
    // Counts without converting: a surrogate pair is one code point.
    int n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        ++n;
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
    }
    return n;
}

QStringList hashtagsIn(QStringView text)
{
    QStringList tags;
    if (!text.contains(u'#'))
        return tags; // most texts: no regex run at all
    auto it = hashtagPattern().globalMatch(text);
    while (it.hasNext())
        tags << it.next().captured(1);
    return tags;
}

QString caption(const QString &content, const QStringList &hashtags)
{
    const QStringList extra = extraHashtags(content, hashtags);
    if (extra.isEmpty())
        return content;
    QStringList marked;
    for (const QString &t : extra)
        marked << QLatin1Char('#') + t;
    return content + QStringLiteral("\n\n") + marked.join(QLatin1Char(' '));
}

int captionLength(const QString &content, const QStringList &hashtags)
{
    // The length of caption() without building it (the editor asks on every keystroke).
    const QStringList extra = extraHashtags(content, hashtags);
    int length = codePointCount(content);
    if (!extra.isEmpty()) {
        length += 2 + int(extra.size()) - 1; // the blank line, the spaces between tags
        for (const QString &t : extra)
            length += 1 + codePointCount(t);
    }
    return length;
}

int hashtagCount(const QString &content, const QStringList &hashtags)
{
    QSet<QString> tags;
    for (const QString &t : hashtagsIn(content))
        tags.insert(t.toLower());
    for (const QString &t : hashtags)
        tags.insert(t.toLower());
    return int(tags.size());
}

QStringList parseHashtagField(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;#]+"));
    QStringList out;
    QSet<QString> seen;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!seen.contains(part.toLower())) {
            seen.insert(part.toLower());
            out << part;
        }
    }
    return out;
}

Counter::Level levelFor(int length, int limit)
{
    if (length > limit)
        return Counter::Level::Over;
    if (qint64(length) * 10 >= qint64(limit) * 9)
        return Counter::Level::Near;
    return Counter::Level::Ok;
}

QVector<Counter> counters(const QString &content, const QStringList &hashtags, Platforms platforms)
{
    QVector<Counter> out;
    if (!platforms)
        return out;
    const int length = captionLength(content, hashtags);
    for (Platform p : AllPlatforms) {
        if (platforms.testFlag(p)) {
            const int limit = captionLimit(p);
            out.push_back({p, length, limit, levelFor(length, limit)});
        }
    }
    return out;
}

RuleViolation violation(const QString &rule, const QString &field)
{
    RuleViolation v;
    v.rule = rule;
    v.field = field;
    return v;
}

QVector<RuleViolation> check(const Post &post, const CheckOptions &options)
{
    QVector<RuleViolation> out;
    const auto add = [&out](const QString &rule, const QString &field, std::optional<Platform> platform = {},
                            int limit = 0, int actual = 0) {
        out.push_back({rule, field, platform, limit, actual, RuleViolation::Source::Local, {}});
    };

    if (!post.platforms)
        add(QStringLiteral("platforms_missing"), QStringLiteral("platforms"));
    const int length = captionLength(post.content, post.hashtags);
    for (Platform p : AllPlatforms) {
        if (post.platforms.testFlag(p) && length > captionLimit(p))
            add(QStringLiteral("caption_too_long"), QStringLiteral("content"), p, captionLimit(p), length);
    }
    if (post.platforms.testFlag(Platform::Instagram)) {
        const int tags = hashtagCount(post.content, post.hashtags);
        if (tags > kInstagramMaxHashtags)
            add(QStringLiteral("too_many_hashtags"), QStringLiteral("hashtags"), Platform::Instagram,
                kInstagramMaxHashtags, tags);
    }
    const int firstComment = codePointCount(post.firstComment);
    if (firstComment > kFirstCommentMax)
        add(QStringLiteral("first_comment_too_long"), QStringLiteral("first_comment"), {}, kFirstCommentMax,
            firstComment);
    // What a network needs (a photo) is asked for when the post is to go
    // out, as the server does: a draft without one is work in progress.
    if (post.status != PostStatus::Draft && post.platforms.testFlag(Platform::Instagram) && post.mediaIds.isEmpty())
        add(QStringLiteral("instagram_needs_media"), QStringLiteral("media_ids"), Platform::Instagram);
    if (post.mediaIds.size() > kMaxMedia)
        add(QStringLiteral("too_many_media"), QStringLiteral("media_ids"), {}, kMaxMedia, int(post.mediaIds.size()));
    if (post.status == PostStatus::Scheduled) {
        if (!post.scheduledAt.isValid())
            add(QStringLiteral("schedule_missing"), QStringLiteral("scheduled_at"));
        else if (options.scheduleChanged && post.scheduledAt <= options.now)
            add(QStringLiteral("schedule_in_past"), QStringLiteral("scheduled_at"));
    }
    if (post.status == PostStatus::Published && !post.publishedAt.isValid())
        add(QStringLiteral("published_needs_date"), QStringLiteral("published_at"));
    if (post.status == PostStatus::Failed && post.errorMessage.isEmpty())
        add(QStringLiteral("failed_needs_message"), QStringLiteral("error_message"));
    return out;
}

RuleViolation fromServer(const QString &rule, const QJsonObject &details, const QString &serverMessage)
{
    RuleViolation v;
    v.rule = rule;
    v.source = RuleViolation::Source::Server;
    v.serverMessage = serverMessage;
    v.field = details.value(QStringLiteral("field")).toString();
    Platform p;
    if (platformFromKey(details.value(QStringLiteral("platform")).toString(), &p))
        v.platform = p;
    v.limit = details.value(QStringLiteral("limit")).toInt();
    // The server says "length" for characters and "count" for hashtags and media.
    v.actual = details.contains(QStringLiteral("length")) ? details.value(QStringLiteral("length")).toInt()
                                                          : details.value(QStringLiteral("count")).toInt();
    if (v.field.isEmpty()) {
        if (rule == u"instagram_needs_media" || rule == u"too_many_media" || rule == u"unknown_media")
            v.field = QStringLiteral("media_ids");
        else if (rule.startsWith(u"schedule_"))
            v.field = QStringLiteral("scheduled_at");
    }
    if (v.field.startsWith(u"media_ids["))
        v.field = QStringLiteral("media_ids");
    return v;
}

std::optional<RuleViolation> fromParkedReason(const QString &errorCode, const QString &lastError)
{
    static const QString prefix = QStringLiteral("BUSINESS_RULE/");
    if (!errorCode.startsWith(prefix))
        return std::nullopt;
    // A parked entry keeps the rule and the server's sentence, not its
    // numbers: message() then shows the sentence.
    RuleViolation v = fromServer(errorCode.mid(prefix.size()), {}, lastError);
    if (v.field.isEmpty()) {
        if (v.rule == u"caption_too_long")
            v.field = QStringLiteral("content");
        else if (v.rule == u"too_many_hashtags")
            v.field = QStringLiteral("hashtags");
    }
    return v;
}

bool canDelete(const Post &post, QString *why)
{
    if (post.status == PostStatus::Published) {
        if (why)
            *why = QCoreApplication::translate("PostRules", "A published post cannot be deleted: it is already on the network.");
        return false;
    }
    if (post.status == PostStatus::Publishing) {
        if (why)
            *why = QCoreApplication::translate("PostRules", "This post is being published right now; wait until it is done.");
        return false;
    }
    return true;
}

bool canReschedule(const Post &post, QString *why)
{
    if (post.status == PostStatus::Published) {
        if (why)
            *why = QCoreApplication::translate("PostRules", "This post is already published: its time cannot change.");
        return false;
    }
    if (post.status == PostStatus::Publishing) {
        if (why)
            *why = QCoreApplication::translate("PostRules", "This post is being published right now; its time cannot change.");
        return false;
    }
    return true;
}

} // namespace PostRules

} // namespace pitchside
