// The server's one SQLite file (QSQLITE), in WAL mode so a kill -9 never
// leaves it half-written. All SQL goes through exec() with bound values.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

class Database {
public:
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Prepares, binds and runs; throws (500) on any SQL error.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {});
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    QSqlDatabase &handle() { return m_db; }
    void checkpoint();

private:
    void migrate();

    QSqlDatabase m_db;
    QString m_name;
    bool m_inTransaction = false;
};

// Runs a block in a transaction; rolls back if it throws.
template <typename F>
auto runInTransaction(Database &db, F &&f)
{
    db.begin();
    try {
        if constexpr (std::is_void_v<decltype(f())>) {
            f();
            db.commit();
        } else {
            auto r = f();
            db.commit();
            return r;
        }
    } catch (...) {
        db.rollback();
        throw;
    }
}
