// Idempotency-Key: the first successful answer of a (user, key) is kept for
// 24 h and replayed for retries, so a create retried after a lost response
// never makes a duplicate. The data is replayed as it was; the envelope's
// meta describes the replaying request.
#pragma once

#include "http/response.h"

#include <QString>
#include <optional>

class Database;
struct Request;

class Idempotency {
public:
    explicit Idempotency(Database &db) : m_db(db) {}

    static QString requestHash(const Request &req);
    // The stored answer, if any; a key reused for a different request is a 409.
    std::optional<Response> lookup(const QString &userId, const QString &key, const QString &hash);
    void store(const QString &userId, const QString &key, const QString &hash, const Response &r);
    void purgeExpired();

private:
    Database &m_db;
};
