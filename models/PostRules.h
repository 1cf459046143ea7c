#pragma once

#include "Clock.h"
#include "Platform.h"
#include "Post.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include <optional>

namespace pitchside {

// One broken business rule of a post. `rule` is the name the server uses in
// error.details.rule (docs/api/README.md), so a local check and a server
// refusal read the same.
struct RuleViolation
{
    enum class Source {
        Local,  // found before saving: "LinkedIn will refuse the post…"
        Server, // the server's 422: "LinkedIn refused the post…"
    };

    QString rule;      // caption_too_long, too_many_hashtags, instagram_needs_media…
    QString field;     // the post field to point at: content, hashtags, media_ids, scheduled_at, platforms
    std::optional<Platform> platform;
    int limit = 0;     // the allowed maximum (characters, hashtags, media)
    int actual = 0;    // what the post has
    Source source = Source::Local;
    QString serverMessage; // the server's own sentence, used for rules this client does not know
    // Not broken yet: what the post will need when it goes out (a draft's
    // missing Instagram photo). Shown as advice, not as an error.
    bool advice = false;

    // A translated sentence that says what is wrong and what to do.
    QString message() const;
    bool operator==(const RuleViolation &o) const
    {
        return rule == o.rule && field == o.field && platform == o.platform && limit == o.limit && actual == o.actual;
    }
};

// The business rules of posts (API.md §4, docs/api/README.md), shared by the
// editor, the calendar and the command line so that a post the server would
// refuse is stopped here first, with the same rule name.
namespace PostRules {

inline constexpr int kMaxMedia = 10;
inline constexpr int kInstagramMaxHashtags = 30;
inline constexpr int kFirstCommentMax = 2200;
inline constexpr int kSlotMinutes = 30; // a slot is taken by another post less than this far away

// Characters each network accepts in a caption (counted in code points).
int captionLimit(Platform platform);

// Unicode code points: what the networks count (an emoji is one, not two).
int codePointCount(QStringView text);

// The #words of a text, without '#', in order (duplicates kept).
QStringList hashtagsIn(QStringView text);

// What a network receives: the content, then (when there are hashtags the
// content does not already hold) a blank line and "#tag #tag".
QString caption(const QString &content, const QStringList &hashtags);
int captionLength(const QString &content, const QStringList &hashtags);
// Distinct hashtags, case-insensitive: the hashtag field plus #words of the content.
int hashtagCount(const QString &content, const QStringList &hashtags);

// Splits what a person typed in the hashtag field ("#derby, victoire  #U17")
// into tags without '#', dropping duplicates (case-insensitive) and empties.
QStringList parseHashtagField(const QString &text);

// One per chosen platform: how long the caption is for it and how close to the limit.
struct Counter
{
    enum class Level { Ok, Near, Over }; // Near from 90 % of the limit
    Platform platform = Platform::LinkedIn;
    int length = 0;
    int limit = 0;
    Level level = Level::Ok;
};
QVector<Counter> counters(const QString &content, const QStringList &hashtags, Platforms platforms);
Counter::Level levelFor(int length, int limit);

struct CheckOptions
{
    QDateTime now = Clock::nowUtc();
    // The schedule is being set or moved now: a time in the past is refused.
    // (An old schedule the user does not touch is the server's business.)
    bool scheduleChanged = false;
};

// A violation known by its name only (its message needs no numbers).
RuleViolation violation(const QString &rule, const QString &field);

// Every rule the post breaks, in the order of the fields on screen.
QVector<RuleViolation> check(const Post &post, const CheckOptions &options = {});

// A rule name and details as the server sent them (422 BUSINESS_RULE).
RuleViolation fromServer(const QString &rule, const QJsonObject &details, const QString &serverMessage = {});
// A parked outbox entry's reason ("BUSINESS_RULE/caption_too_long") and
// sentence; nullopt when it is not a business rule.
std::optional<RuleViolation> fromParkedReason(const QString &errorCode, const QString &lastError);

// Whether the post can be deleted; `why` says why not.
bool canDelete(const Post &post, QString *why = nullptr);
// Whether the post's time may be moved by hand (not while it is being published or once published).
bool canReschedule(const Post &post, QString *why = nullptr);

} // namespace PostRules

} // namespace pitchside
