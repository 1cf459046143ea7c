#include "idempotency.h"

#include "core/ids.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/request.h"
#include "store/database.h"

#include <QSqlQuery>

QString Idempotency::requestHash(const Request &req)
{
    return ids::sha256Hex(req.method + ' ' + req.path.toUtf8() + '\n' + req.body);
}

std::optional<Response> Idempotency::lookup(const QString &userId, const QString &key,
                                            const QString &hash)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT request_hash, status, headers, body FROM idempotency"
                                           " WHERE user_id = ? AND key = ? AND created_at > ?"),
                            {userId, key, timeutil::iso(timeutil::now().addDays(-1))});
    if (!q.next())
        return std::nullopt;
    if (q.value(0).toString() != hash)
        throw ApiError::conflict({QStringLiteral("Cette clé d'idempotence a déjà servi pour une autre requête."),
                                  QStringLiteral("This Idempotency-Key was used for a different request.")},
                                 {{"reason", "idempotency_key_reused"}});
    const QByteArray stored = q.value(3).toByteArray();
    const json j = json::parse(stored.constBegin(), stored.constEnd());
    Response r;
    r.status = q.value(1).toInt();
    r.envelope = j.value("envelope", true);
    r.data = j.value("data", json());
    r.rawData = QByteArray::fromStdString(j.value("raw_data", std::string()));
    r.pagination = j.value("pagination", json());
    r.meta = j.value("meta", json::object());
    r.body = QByteArray::fromBase64(QByteArray::fromStdString(j.value("body", std::string())));
    r.contentType = QByteArray::fromStdString(j.value("content_type", std::string()));
    r.etag = QByteArray::fromStdString(j.value("etag", std::string()));
    const QByteArray headers = q.value(2).toByteArray();
    for (const auto &h : json::parse(headers.constBegin(), headers.constEnd()))
        r.headers.append({QByteArray::fromStdString(h[0].get<std::string>()),
                          QByteArray::fromStdString(h[1].get<std::string>())});
    r.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
    return r;
}

void Idempotency::store(const QString &userId, const QString &key, const QString &hash,
                        const Response &r)
{
    json j = {{"envelope", r.envelope},
              {"data", r.data},
              {"raw_data", r.rawData.toStdString()},
              {"pagination", r.pagination},
              {"meta", r.meta},
              {"body", r.body.toBase64().toStdString()},
              {"content_type", r.contentType.toStdString()},
              {"etag", r.etag.toStdString()}};
    json headers = json::array();
    for (const auto &h : r.headers)
        headers.push_back({h.first.toStdString(), h.second.toStdString()});
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO idempotency(user_id, key, request_hash, status, headers, body, created_at)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"),
              {userId, key, hash, r.status, QByteArray::fromStdString(dumpJson(headers)),
               QByteArray::fromStdString(dumpJson(j)), timeutil::nowIso()});
}

void Idempotency::purgeExpired()
{
    m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at <= ?"),
              {timeutil::iso(timeutil::now().addDays(-1))});
}
