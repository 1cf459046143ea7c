#include "load_scenario.h"

#include <QDateTime>
#include <QUuid>
#include <nlohmann/json.hpp>

namespace {

QByteArray ifMatch(qint64 v) { return '"' + QByteArray::number(v) + '"'; }

} // namespace

QString LoadScenario::anyPost(const LoadUser &user, bool editable)
{
    const QList<QString> ids = editable ? user.editable.values() : user.posts.keys();
    if (ids.isEmpty())
        return {};
    return ids[int(m_rng() % quint32(ids.size()))];
}

LoadRequest LoadScenario::next(LoadUser &user)
{
    // About 70 % reads and 30 % writes, as a planner used by a club would.
    const int roll = int(m_rng() % 100);
    const QString post = anyPost(user, false);
    const QString draft = anyPost(user, true);
    LoadRequest r;
    r.headers.insert("Authorization", "Bearer " + user.token.toLatin1());
    const QString month = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM"));
    if (roll < 25) {
        r = {"GET", QStringLiteral("/api/content/posts?limit=20"), {}, r.headers, QStringLiteral("list posts"), {}};
    } else if (roll < 40 && !post.isEmpty()) {
        r = {"GET", QStringLiteral("/api/content/posts/") + post, {}, r.headers, QStringLiteral("get post"), post};
    } else if (roll < 50) {
        r = {"GET", QStringLiteral("/api/sync/changes?limit=500&since=%1").arg(user.lastSeq), {}, r.headers,
             QStringLiteral("feed"), {}};
    } else if (roll < 58) {
        r = {"GET", QStringLiteral("/api/calendar/posts?month=") + month, {}, r.headers, QStringLiteral("calendar"), {}};
    } else if (roll < 63) {
        r = {"GET", QStringLiteral("/api/media?limit=20"), {}, r.headers, QStringLiteral("media"), {}};
    } else if (roll < 68) {
        r = {"GET", QStringLiteral("/api/templates"), {}, r.headers, QStringLiteral("templates"), {}};
    } else if (roll < 70) {
        r = {"GET", QStringLiteral("/api/users/me"), {}, r.headers, QStringLiteral("me"), {}};
    } else if (roll < 82 || draft.isEmpty()) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const nlohmann::json body = {{"id", id.toStdString()}, {"platforms", {"facebook", "linkedin"}},
                                     {"content", "Charge " + std::to_string(++m_counter) + " : victoire 2-1 à domicile !"},
                                     {"hashtags", {"FootAmateur"}}};
        r = {"POST", QStringLiteral("/api/content/posts"), QByteArray::fromStdString(body.dump()), r.headers,
             QStringLiteral("create post"), id};
        r.headers.insert("Idempotency-Key", id.toLatin1());
    } else if (roll < 92) {
        const nlohmann::json body = {{"content", "Modifié " + std::to_string(++m_counter)}};
        r = {"PATCH", QStringLiteral("/api/content/posts/") + draft, QByteArray::fromStdString(body.dump()), r.headers,
             QStringLiteral("edit post"), draft};
        r.headers.insert("If-Match", ifMatch(user.posts.value(draft)));
    } else if (roll < 97) {
        const QString when = QDateTime::currentDateTimeUtc().addDays(1 + int(m_rng() % 40)).addSecs(int(m_rng() % 86400))
                                 .toString(Qt::ISODate);
        const nlohmann::json body = {{"scheduled_at", when.toStdString()}};
        r = {"PATCH", QStringLiteral("/api/calendar/posts/%1/schedule").arg(draft), QByteArray::fromStdString(body.dump()),
             r.headers, QStringLiteral("schedule"), draft};
        r.headers.insert("If-Match", ifMatch(user.posts.value(draft)));
    } else {
        r = {"DELETE", QStringLiteral("/api/content/posts/") + draft, {}, r.headers, QStringLiteral("delete post"), draft};
        r.headers.insert("If-Match", ifMatch(user.posts.value(draft)));
        user.posts.remove(draft);   // never picked again, even while in flight
        user.editable.remove(draft);
    }
    return r;
}

void LoadScenario::learn(LoadUser &user, const LoadRequest &req, int status, const QByteArray &body)
{
    if (status < 200 || status >= 300 || body.isEmpty())
        return;
    const auto j = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!j.is_object() || !j.contains("data"))
        return;
    const auto &d = j["data"];
    if (req.kind == QLatin1String("feed")) {
        user.lastSeq = d.value("last_seq", user.lastSeq);
        return;
    }
    if (d.is_object() && d.contains("version") && !req.postId.isEmpty() && req.method != "DELETE"
        && (req.method != "GET" || user.posts.contains(req.postId))) {
        user.posts.insert(req.postId, d["version"].get<qint64>());
        if (req.method == "POST")
            user.editable.insert(req.postId);
    }
}
