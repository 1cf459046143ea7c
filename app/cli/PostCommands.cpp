// pitchside-cli posts list / create / edit: the store commands the editor
// uses (PostRepository), so a change is in the store and its outbox before
// the command prints anything.
#include "Commands.h"

#include "models/Platform.h"
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
    if (!parseOptions(args, {QStringLiteral("--platform"), QStringLiteral("--content"), QStringLiteral("--schedule")},
                      {QStringLiteral("--sync")}, &o, &rest)
        || !rest.isEmpty() || !o.contains(QStringLiteral("--platform")) || !o.contains(QStringLiteral("--content"))) {
        CliContext::err(QCoreApplication::translate("Cli", "usage: pitchside-cli posts create --platform P --content TEXT [--schedule ISO8601] [--sync]"));
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
    post.content = o.value(QStringLiteral("--content"));
    if (o.contains(QStringLiteral("--schedule"))) {
        post.scheduledAt = QDateTime::fromString(o.value(QStringLiteral("--schedule")), Qt::ISODate).toUTC();
        if (!post.scheduledAt.isValid()) {
            CliContext::err(QCoreApplication::translate("Cli", "--schedule must be an ISO 8601 time, like 2026-03-14T15:00:00Z"));
            return Usage;
        }
        post.status = PostStatus::Scheduled;
    }
    store::Store *store = storeFor(ctx);
    if (!store)
        return Failure;
    // The profile the app has active, when the account has profiles.
    const QString profile = ctx.preferences().value(QStringLiteral("profile/active")).toString();
    for (const Profile &p : store->profiles().all()) {
        if (p.id == profile)
            post.profileId = profile;
    }
    if (store::StoreError e = store->posts().create(post)) {
        CliContext::err(e.userMessage());
        return Failure;
    }
    return afterSave(ctx, post.id, o.contains(QStringLiteral("--sync")));
}

int postsEdit(CliContext &ctx, const QStringList &args)
{
    QMultiHash<QString, QString> o;
    QStringList rest;
    if (!parseOptions(args, {QStringLiteral("--content")}, {QStringLiteral("--sync")}, &o, &rest) || rest.size() != 1
        || !o.contains(QStringLiteral("--content"))) {
        CliContext::err(QCoreApplication::translate("Cli", "usage: pitchside-cli posts edit ID --content TEXT [--sync]"));
        return Usage;
    }
    store::Store *store = storeFor(ctx);
    if (!store)
        return Failure;
    const QString content = o.value(QStringLiteral("--content"));
    if (store::StoreError e = store->posts().update(rest.first(), [&](Post &p) { p.content = content; })) {
        CliContext::err(e.kind == store::StoreError::Kind::NotFound ? QCoreApplication::translate("Cli", "no post %1").arg(rest.first())
                                                                     : e.userMessage());
        return e.kind == store::StoreError::Kind::NotFound ? Usage : Failure;
    }
    return afterSave(ctx, rest.first(), o.contains(QStringLiteral("--sync")));
}

} // namespace pitchside::cli
