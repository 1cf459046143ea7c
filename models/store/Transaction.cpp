#include "Transaction.h"

#include "../Logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

namespace {

// How deep each connection of this thread is in transactions (a
// connection is used by one thread only).
int &depthOf(const QSqlDatabase &db)
{
    thread_local QHash<QString, int> depths;
    return depths[db.connectionName()];
}

} // namespace

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    int &depth = depthOf(m_db);
    QSqlQuery q(m_db);
    if (depth > 0)
        m_savepoint = QStringLiteral("nested_%1").arg(depth);
    m_active = q.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                            : QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (!m_active) {
        m_error = q.lastError().text();
        qCWarning(lcStore) << "cannot begin a transaction:" << m_error;
        return;
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint)) {
        m_error = q.lastError().text();
        qCWarning(lcStore) << "commit failed:" << m_error;
        rollback();
        return false;
    }
    m_active = false;
    --depthOf(m_db);
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    } else {
        // Undo this part only; the outer transaction goes on.
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --depthOf(m_db);
}

} // namespace pitchside::store
