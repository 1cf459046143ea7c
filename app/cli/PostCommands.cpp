// pitchside-cli posts list / create / edit: the planning commands the
// editor and the calendar use (PostPlanner), so the CLI schedules by the
// same rules, refuses with the same sentence, and a change is in the store
// and its outbox before the command prints anything.
#include "Commands.h"

#include "ContentInput.h"

#include "models/LocalTime.h"
#include "models/Platform.h"
#include "models/PostPlanner.h"
#include "models/PostStatus.h"
#include "models/Preferences.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pitchside::cli {

namespace {

// "--name value" pairs and flags; returns false on a stray argument.
bool parseOptions(const QStringList &args, const QStringList &withValue, const QStringList &flags,
                  QMultiHash<QString, QString> *values, QStringList *positional)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (withValue.contains(a)) {
            if (i + 1 >= args.size())
                return false;
            values->insert(a, args.at(++i));
        } else if (flags.contains(a)) {
            values->insert(a, QString());
        } else if (a.startsWith(u"--")) {
            return false;
        } else {
            *positional << a;
        }
    }
    return true;
}

store::Store *storeFor(CliContext &ctx)
{
    QString error;
    store::Store *store = ctx.openStore(ctx.account(), &error);
    if (!store)
        CliContext::err(error);
    return store;
}

int afterSave(CliContext &ctx, const QString &id, bool sync)
{
    CliContext::out(id);
    return sync ? runSync(ctx, true) : Ok;
}

// --content TEXT or --content-file FILE|- (not both): false with the reason
// said when the file cannot be used.
bool contentOption(const QMultiHash<QString, QString> &o, std::optional<QString> *content)
{
    if (o.contains(QStringLiteral("--content-file"))) {
        QString error;
        *content = readContentFile(o.value(QStringLiteral("--content-file")), &error);
        if (!*content) {
            CliContext::err(error);
            return false;
        }
    } else if (o.contains(QStringLiteral("--content"))) {
        *content = o.value(QStringLiteral("--content"));
    }
    return true;
}

// --schedule ISO8601 (a time without an offset is local time).
bool scheduleOption(const QMultiHash<QString, QString> &o, QDateTime *when)
{
    if (!o.contains(QStringLiteral("--schedule")))
        return true;
    const QString text = o.value(QStringLiteral("--schedule"));
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (parsed.isValid() && parsed.timeSpec() != Qt::LocalTime) {
        *when = parsed; // Z or an offset: an instant
    } else {
        // A local time, read as the app's fields read it: one the clocks
        // skip (02:30 the spring night) moves forward by the skip, 03:30.
        // (Qt leaves it invalid; a text with an offset has no plain time part.)
        const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
        const QTime time = QTime::fromString(text.mid(11), Qt::ISODate);
        const bool plain = text.size() > 10 && text.at(10) == u'T' && day.isValid() && time.isValid();
        *when = plain ? LocalTime::at(day, time) : QDateTime();
    }
    if (!when->isValid()) {
        CliContext::err(QCoreApplication::translate("Cli", "--schedule must be an ISO 8601 time, like 2026-03-14T15:00:00Z"));
        return false;
    }
    return true;
}

// A command's outcome: refusals by the rules are usage errors (the post as
// asked for cannot be; nothing was written), store failures are failures.
// What a written post still breaks, and a taken slot, are said on stderr.
int report(const PostCommandResult &result)
{
    using Outcome = PostCommandResult::Outcome;
    switch (result.outcome) {
    case Outcome::Refused:
        for (const QString &line : result.message().split(u'\n'))
            CliContext::err(line);
        return Usage;
    case Outcome::NotFound:
        CliContext::err(QCoreApplication::translate("Cli", "no post %1").arg(result.postId));
        return Usage;
    case Outcome::Failed:
        CliContext::err(result.message());
        return Failure;
    case Outcome::Done:
    case Outcome::Unchanged:
        break;
    }
    for (const RuleViolation &v : result.warnings)
        CliContext::err(QCoreApplication::translate("Cli", "saved, but: %1").arg(v.message()));
    if (!result.plan.slotTakenBy.isEmpty())
        CliContext::err(QCoreApplication::translate("Cli", "slot taken: %n other post(s) of this profile on the same "
                                                           "network less than 30 minutes away",
                                                    nullptr, int(result.plan.slotTakenBy.size())));
    return Ok;
}

} // namespace

int postsList(CliContext &ctx, const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    if (args.size() > (json ? 1 : 0))
        return Usage;
    store::Store *store = storeFor(ctx);
    if (!store)
        return Failure;
    QJsonArray array;
    store::PostCursor after;
    for (;;) {
        const QVector<PostSummary> page = store->posts().page({}, after, 500);
        for (const PostSummary &s : page) {
            const std::optional<Post> p = store->posts().find(s.id);
            if (!p)
                continue;
            if (json) {
                QJsonObject o;
                o.insert(QStringLiteral("id"), p->id);
                o.insert(QStringLiteral("status"), postStatusKey(p->status));
                o.insert(QStringLiteral("platforms"), QJsonArray::fromStringList(platformKeys(p->platforms)));
                o.insert(QStringLiteral("content"), p->content);
                o.insert(QStringLiteral("scheduled_at"), p->scheduledAt.isValid()
                                                             ? QJsonValue(p->scheduledAt.toUTC().toString(Qt::ISODate))
                                                             : QJsonValue());
                o.insert(QStringLiteral("version"), double(p->sync.version));
                o.insert(QStringLiteral("pending"), p->sync.dirty);
                o.insert(QStringLiteral("conflict"), p->sync.conflict);
                array.append(o);
            } else {
                CliContext::out(QStringLiteral("%1  %2  %3  %4%5")
                                    .arg(p->id, postStatusKey(p->status).leftJustified(10),
                                         platformKeys(p->platforms).join(u',').leftJustified(26),
                                         s.preview.left(60), p->sync.dirty ? QStringLiteral("  *") : QString()));
            }
        }
        if (page.size() < 500)
            break;
        after = store::PostCursor{page.constLast().updatedAtMs, page.constLast().id};
    }
    if (json)
        CliContext::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    return Ok;
}

int postsCreate(CliContext &ctx, const QStringList &args)
{
    QMultiHash<QString, QString> o;
    QStringList rest;
    const bool parsed = parseOptions(args,
                                     {QStringLiteral("--platform"), QStringLiteral("--content"),
                                      QStringLiteral("--content-file"), QStringLiteral("--schedule")},
                                     {QStringLiteral("--sync")}, &o, &rest);
    const bool oneContent = o.contains(QStringLiteral("--content")) != o.contains(QStringLiteral("--content-file"));
    if (!parsed || !rest.isEmpty() || !o.contains(QStringLiteral("--platform")) || !oneContent) {
        CliContext::err(QCoreApplication::translate("Cli", "usage: pitchside-cli posts create --platform P (--content TEXT | --content-file FILE|-) "
                                                           "[--schedule ISO8601] [--sync]"));
        return Usage;
    }
    Post post;
    QStringList keys;
    for (const QString &p : o.values(QStringLiteral("--platform")))
        keys << p.split(u',', Qt::SkipEmptyParts);
    QStringList unknown;
    post.platforms = platformsFromKeys(keys, &unknown);
    if (!unknown.isEmpty() || !post.platforms) {
        CliContext::err(QCoreApplication::translate("Cli", "unknown platform: %1 (linkedin, instagram or facebook)").arg(unknown.join(u',')));
        return Usage;
    }
    std::optional<QString> content;
    QDateTime when;
    if (!contentOption(o, &content) || !scheduleOption(o, &when))
        return Usage;
    post.content = *content;
    store::Store *store = storeFor(ctx);
    if (!store)
        return Failure;
    // The profile the app has active, when the account has profiles.
    const QString profile = ctx.preferences().value(QStringLiteral("profile/active")).toString();
    for (const Profile &p : store->profiles().all()) {
        if (p.id == profile)
            post.profileId = profile;
    }
    // Scheduled only if the rules allow it, as in the app; else nothing is saved.
    const int code = report(PostPlanner(*store).create(post, when));
    return code == Ok ? afterSave(ctx, post.id, o.contains(QStringLiteral("--sync"))) : code;
}

int postsEdit(CliContext &ctx, const QStringList &args)
{
    QMultiHash<QString, QString> o;
    QStringList rest;
    const bool parsed = parseOptions(args,
                                     {QStringLiteral("--content"), QStringLiteral("--content-file"),
                                      QStringLiteral("--schedule")},
                                     {QStringLiteral("--unschedule"), QStringLiteral("--sync")}, &o, &rest);
    const bool hasContent = o.contains(QStringLiteral("--content")) || o.contains(QStringLiteral("--content-file"));
    const bool bothContents = o.contains(QStringLiteral("--content")) && o.contains(QStringLiteral("--content-file"));
    const bool schedule = o.contains(QStringLiteral("--schedule"));
    const bool unschedule = o.contains(QStringLiteral("--unschedule"));
    if (!parsed || rest.size() != 1 || bothContents || (schedule && unschedule) || !(hasContent || schedule || unschedule)) {
        CliContext::err(QCoreApplication::translate("Cli", "usage: pitchside-cli posts edit ID [--content TEXT | --content-file FILE|-] "
                                                           "[--schedule ISO8601 | --unschedule] [--sync]"));
        return Usage;
    }
    std::optional<QString> content;
    QDateTime when;
    if (!contentOption(o, &content) || !scheduleOption(o, &when))
        return Usage;
    store::Store *store = storeFor(ctx);
    if (!store)
        return Failure;
    const QString id = rest.first();
    PostPlanner planner(*store);
    PostPlanner::Edit change;
    if (content)
        change = [&content](Post &p) { p.content = *content; };
    int code = Ok;
    if (schedule) {
        // The new text and the time in one write, once the post as it would be passes the rules.
        code = report(planner.schedule(id, when, change));
    } else {
        if (unschedule)
            code = report(planner.unschedule(id));
        if (code == Ok && change)
            code = report(planner.edit(id, change));
    }
    return code == Ok ? afterSave(ctx, id, o.contains(QStringLiteral("--sync"))) : code;
}

} // namespace pitchside::cli
