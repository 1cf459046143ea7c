#include "FirstSyncFloor.h"

#include "models/store/Store.h"
#include "sync/api/Rfc3339.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <string>

namespace pitchside::bench {

using json = nlohmann::json;

namespace {

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("floor: %s: %s", what, sqlite3_errmsg(db));
}

void exec(sqlite3 *db, const std::string &sql)
{
    check(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, sql.c_str());
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    check(sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr), db, sql);
    return s;
}

void bindText(sqlite3_stmt *s, int i, const json &item, const char *key)
{
    const auto it = item.find(key);
    if (it != item.end() && it->is_string()) {
        const std::string &v = it->get_ref<const std::string &>();
        sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(s, i);
    }
}

void bindJson(sqlite3_stmt *s, int i, const json &item, const char *key, const char *empty)
{
    const auto it = item.find(key);
    const std::string v = it != item.end() && !it->is_null() ? it->dump() : std::string(empty);
    sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

void bindTime(sqlite3_stmt *s, int i, const json &item, const char *key)
{
    const auto it = item.find(key);
    if (it != item.end() && it->is_string())
        sqlite3_bind_int64(s, i, sync::api::parseRfc3339(it->get_ref<const std::string &>()).value_or(0));
    else
        sqlite3_bind_null(s, i);
}

int platforms(const json &item)
{
    int mask = 0;
    const auto it = item.find("platforms");
    if (it == item.end() || !it->is_array())
        return 0;
    for (const json &p : *it) {
        const std::string &v = p.get_ref<const std::string &>();
        mask |= v == "linkedin" ? 1 : v == "instagram" ? 2 : v == "facebook" ? 4 : 0;
    }
    return mask;
}

void step(sqlite3 *db, sqlite3_stmt *s)
{
    check(sqlite3_step(s), db, sqlite3_sql(s));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

} // namespace

std::vector<QByteArray> downloadFeed(const QUrl &server, const QString &token)
{
    std::vector<QByteArray> pages;
    QTemporaryFile page;
    page.open();
    qint64 since = 0;
    for (;;) {
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-s"), QStringLiteral("--compressed"), QStringLiteral("-o"), page.fileName(),
                    QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token,
                    server.toString() + QStringLiteral("/api/sync/changes?since=%1&limit=1000").arg(since)});
        curl.waitForFinished(120000);
        QFile f(page.fileName());
        f.open(QIODevice::ReadOnly);
        pages.push_back(f.readAll());
        const json root = json::parse(pages.back().constBegin(), pages.back().constEnd(), nullptr, false);
        if (!root.is_object() || !root.contains("data"))
            qFatal("floor: the feed answered %s", pages.back().left(200).constData());
        const json &data = root.at("data");
        since = data.at("last_seq").get<qint64>();
        if (!data.at("has_more").get<bool>())
            break;
    }
    return pages;
}

FloorResult firstSyncFloor(const std::vector<QByteArray> &pages, const QString &storePath)
{
    {
        store::StoreError e;
        if (!store::Store::open(storePath, &e)) // the app's schema, migrations and all
            qFatal("floor store: %s", qPrintable(e.detail));
    }
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(QFile::encodeName(storePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), db,
          "open");
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=NORMAL");
    exec(db, "PRAGMA foreign_keys=ON");

    FloorResult result;
    QElapsedTimer timer;
    timer.start();
    exec(db, "BEGIN IMMEDIATE");
    // The FTS triggers go; their SQL comes back after the one rebuild.
    std::vector<std::pair<std::string, std::string>> triggers;
    {
        sqlite3_stmt *q = prepare(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'");
        while (sqlite3_step(q) == SQLITE_ROW)
            triggers.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)),
                                  reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
        sqlite3_finalize(q);
    }
    for (const auto &[name, sql] : triggers)
        exec(db, "DROP TRIGGER " + name);
    sqlite3_stmt *post = prepare(
        db, "INSERT INTO posts (id, profile_id, platforms, content, hashtags, first_comment, status, scheduled_at, "
            "published_at, error_message, idea_source, ai_generated, rating, template_id, metadata, created_at, "
            "updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *media = prepare(
        db, "INSERT OR IGNORE INTO media (id, type, filename, mime_type, size_bytes, width, height, tags, alt_text, "
            "sha256, variants, blur_hash, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *link = prepare(db, "INSERT INTO post_media (post_id, media_id, position) VALUES (?,?,?)");
    for (const QByteArray &bytes : pages) {
        const json root = json::parse(bytes.constBegin(), bytes.constEnd());
        for (const json &c : root.at("data").at("changes")) {
            if (c.at("op") != "upsert")
                continue;
            const json &item = c.at("item");
            const std::string &type = c.at("type").get_ref<const std::string &>();
            if (type == "post") {
                bindText(post, 1, item, "id");
                bindText(post, 2, item, "profile_id");
                sqlite3_bind_int(post, 3, platforms(item));
                bindText(post, 4, item, "content");
                bindJson(post, 5, item, "hashtags", "[]");
                bindText(post, 6, item, "first_comment");
                bindText(post, 7, item, "status");
                bindTime(post, 8, item, "scheduled_at");
                bindTime(post, 9, item, "published_at");
                bindText(post, 10, item, "error_message");
                bindText(post, 11, item, "idea_source");
                sqlite3_bind_int(post, 12, item.value("ai_generated", false) ? 1 : 0);
                if (const auto r = item.find("rating"); r != item.end() && r->is_number_integer())
                    sqlite3_bind_int(post, 13, r->get<int>());
                bindText(post, 14, item, "template_id");
                bindJson(post, 15, item, "metadata", "{}");
                bindTime(post, 16, item, "created_at");
                bindTime(post, 17, item, "updated_at");
                sqlite3_bind_int64(post, 18, item.at("version").get<qint64>());
                step(db, post);
                const std::string &id = item.at("id").get_ref<const std::string &>();
                int position = 0;
                if (const auto m = item.find("media_ids"); m != item.end() && m->is_array()) {
                    for (const json &mid : *m) {
                        const std::string &v = mid.get_ref<const std::string &>();
                        sqlite3_bind_text(link, 1, id.data(), int(id.size()), SQLITE_TRANSIENT);
                        sqlite3_bind_text(link, 2, v.data(), int(v.size()), SQLITE_TRANSIENT);
                        sqlite3_bind_int(link, 3, position++);
                        step(db, link);
                    }
                }
                ++result.rows;
            } else if (type == "media") {
                bindText(media, 1, item, "id");
                bindText(media, 2, item, "type");
                bindText(media, 3, item, "filename");
                bindText(media, 4, item, "mime_type");
                sqlite3_bind_int64(media, 5, item.value("size_bytes", qint64(0)));
                sqlite3_bind_int(media, 6, item.value("width", 0));
                sqlite3_bind_int(media, 7, item.value("height", 0));
                bindJson(media, 8, item, "tags", "[]");
                if (const auto a = item.find("alt_text"); a != item.end() && a->is_string())
                    bindText(media, 9, item, "alt_text");
                else
                    sqlite3_bind_text(media, 9, "", 0, SQLITE_STATIC);
                bindText(media, 10, item, "sha256");
                bindJson(media, 11, item, "variants", "{}");
                const auto v = item.find("variants");
                if (v != item.end() && v->is_object())
                    bindText(media, 12, *v, "blur_hash");
                bindTime(media, 13, item, "created_at");
                bindTime(media, 14, item, "updated_at");
                sqlite3_bind_int64(media, 15, item.at("version").get<qint64>());
                step(db, media);
                ++result.rows;
            }
        }
    }
    sqlite3_finalize(post);
    sqlite3_finalize(media);
    sqlite3_finalize(link);
    exec(db, "INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')");
    exec(db, "INSERT INTO media_fts(media_fts) VALUES ('rebuild')");
    for (const auto &[name, sql] : triggers)
        exec(db, sql);
    exec(db, "COMMIT");
    result.ms = timer.elapsed();
    sqlite3_close(db);
    return result;
}

} // namespace pitchside::bench
