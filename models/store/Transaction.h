#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pitchside::store {

// A write transaction (BEGIN IMMEDIATE, so two connections never deadlock on
// the reader-to-writer upgrade). Rolls back unless commit() succeeded.
// Opened inside another one on the same connection, it is a savepoint of
// it: a bulk change (delete 500 contacts) is then one transaction made of
// the single writes every type already has.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString lastError() const { return m_error; }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_savepoint; // empty: the outermost transaction
    QString m_error;
};

} // namespace pitchside::store
