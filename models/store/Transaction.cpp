#include "Transaction.h"

#include "../Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_error = q.lastError().text();
        qCWarning(lcStore) << "cannot begin a transaction:" << m_error;
    }
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
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        qCWarning(lcStore) << "commit failed:" << m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace pitchside::store
