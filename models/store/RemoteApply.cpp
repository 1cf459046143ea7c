#include "RemoteApply.h"

#include "ConflictRepository.h"
#include "PushQueue.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

// Prepared once per table and page: a full sync runs these 100 000 times.
struct RemoteApply::Statements
{
    explicit Statements(QSqlDatabase &db) : upsert(db), remove(db), childDelete(), childInsert() {}
    QSqlQuery upsert;
    QSqlQuery remove;
    QVector<std::shared_ptr<QSqlQuery>> childDelete;
    QVector<std::shared_ptr<QSqlQuery>> childInsert;
};

RemoteApply::RemoteApply(QSqlDatabase &db) : m_db(db) {}

RemoteApply::~RemoteApply() = default;

RemoteApply::Statements &RemoteApply::statementsFor(const EntityTable &t)
{
    auto it = m_statements.find(t.table);
    if (it != m_statements.end())
        return **it;
    auto s = std::make_shared<Statements>(m_db);
    QStringList names{QStringLiteral("id")};
    QStringList marks{QStringLiteral("?")};
    QStringList sets;
    for (const QString &c : t.columns) {
        names << c;
        marks << QStringLiteral("?");
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    // The WHERE of the upsert is the rule: only clean rows, never backwards.
    s->upsert.prepare(QStringLiteral("INSERT INTO %1 (%2, version, dirty, deleted, conflict) VALUES (%3, ?, 0, 0, 0) "
                                     "ON CONFLICT(id) DO UPDATE SET %4, version = excluded.version "
                                     "WHERE %1.dirty = 0 AND %1.conflict = 0 AND %1.version <= excluded.version")
                          .arg(t.table, names.join(u','), marks.join(u','), sets.join(u',')));
    s->remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND dirty = 0 AND conflict = 0").arg(t.table));
    for (const ChildList &c : t.children) {
        auto del = std::make_shared<QSqlQuery>(m_db);
        del->prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(c.table, c.parentColumn));
        auto ins = std::make_shared<QSqlQuery>(m_db);
        ins->prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)")
                         .arg(c.table, c.parentColumn, c.valueColumn, c.positionColumn));
        s->childDelete << del;
        s->childInsert << ins;
    }
    m_statements.insert(t.table, s);
    return *s;
}

StoreError RemoteApply::upsert(const EntityTable &t, const EntityRow &row, const ServerCopy &serverCopy,
                               ApplyOutcome &out)
{
    if (m_trackSeen) {
        if (StoreError e = markSeen(t.type, row.id))
            return e;
    }
    Statements &s = statementsFor(t);
    s.upsert.addBindValue(row.id);
    for (const QVariant &v : row.values)
        s.upsert.addBindValue(v);
    s.upsert.addBindValue(row.version);
    if (!s.upsert.exec()) {
        // A row the schema refuses (a second media item with the same
        // sha256, say) is this item's problem, not the page's: SQLite undid
        // just this statement, the caller skips the item and says so.
        if (s.upsert.lastError().text().contains(QLatin1String("constraint failed"), Qt::CaseInsensitive))
            return {StoreError::Kind::Refused, s.upsert.lastError().text()};
        return StoreError::queryFailed(s.upsert);
    }
    if (s.upsert.numRowsAffected() == 0)
        return upsertSkipped(t, row, serverCopy, out);

    for (int i = 0; i < t.children.size() && i < row.children.size(); ++i) {
        QSqlQuery &del = *s.childDelete.at(i);
        del.addBindValue(row.id);
        if (!del.exec())
            return StoreError::queryFailed(del);
        QSqlQuery &ins = *s.childInsert.at(i);
        const QStringList &values = row.children.at(i);
        for (int p = 0; p < values.size(); ++p) {
            ins.addBindValue(row.id);
            ins.addBindValue(values.at(p));
            ins.addBindValue(p);
            if (!ins.exec())
                return StoreError::queryFailed(ins);
        }
    }
    out.changed[t.type] << row.id;
    ++out.applied;
    return {};
}

bool RemoteApply::onlyCreatesWaiting(const QString &type, const QString &id) const
{
    const QVector<PushQueue::Item> items = PushQueue(m_db).forEntity(type, id);
    if (items.isEmpty())
        return false;
    for (const PushQueue::Item &it : items) {
        if (it.entry.op != Outbox::Op::Create)
            return false;
    }
    return true;
}

StoreError RemoteApply::upsertSkipped(const EntityTable &t, const EntityRow &remote, const ServerCopy &serverCopy,
                                      ApplyOutcome &out)
{
    const std::optional<EntityRow> local = EntityRows(m_db, t).find(remote.id);
    if (!local || (!local->dirty && !local->conflict))
        return {}; // an older version than the one we hold: nothing to do
    if (!local->conflict) {
        if (remote.version <= local->version)
            return {}; // the server has nothing the local edit does not build on
        // A create whose answer was lost: its retry (same Idempotency-Key)
        // gets the server's first answer and settles the row.
        if (local->version == 0 && onlyCreatesWaiting(t.type, remote.id))
            return {};
        // An update whose answer was lost: the server holds what we sent.
        if (m_ownEcho && m_ownEcho(t, remote)) {
            out.changed[t.type] << remote.id;
            ++out.applied;
            return {};
        }
    }
    ConflictRecord c;
    c.entityType = t.type;
    c.entityId = remote.id;
    c.serverVersion = remote.version;
    c.serverCopy = serverCopy ? serverCopy() : QByteArray("{}");
    if (StoreError e = ConflictRepository(m_db).record(t, c))
        return e;
    out.changed[t.type] << remote.id;
    if (!local->conflict)
        ++out.conflicts; // a newer server copy of a known conflict is not a new one
    return {};
}

StoreError RemoteApply::remove(const EntityTable &t, const QString &id, qint64 version, ApplyOutcome &out)
{
    Statements &s = statementsFor(t);
    s.remove.addBindValue(id);
    if (!s.remove.exec())
        return StoreError::queryFailed(s.remove);
    if (s.remove.numRowsAffected() > 0) {
        for (int i = 0; i < t.children.size(); ++i) {
            QSqlQuery &del = *s.childDelete.at(i);
            del.addBindValue(id);
            if (!del.exec())
                return StoreError::queryFailed(del);
        }
        out.changed[t.type] << id;
        ++out.applied;
        return {};
    }
    EntityRows rows(m_db, t);
    const std::optional<EntityRow> local = rows.find(id);
    if (!local)
        return {};
    if (local->deleted) {
        // Deleted here and there: nothing is left to send or to keep.
        if (StoreError e = rows.erase(id))
            return e;
        if (StoreError e = PushQueue(m_db).dropEntity(t.type, id))
            return e;
        if (StoreError e = ConflictRepository(m_db).forget(t.type, id))
            return e;
        out.changed[t.type] << id;
        ++out.applied;
        return {};
    }
    // The server deleted what the user is editing: keep the edit, ask.
    ConflictRecord c;
    c.entityType = t.type;
    c.entityId = id;
    c.serverVersion = version;
    c.serverCopy = QByteArrayLiteral("{}");
    c.remoteDeleted = true;
    if (StoreError e = ConflictRepository(m_db).record(t, c))
        return e;
    out.changed[t.type] << id;
    ++out.conflicts;
    return {};
}

StoreError RemoteApply::markSeen(const QString &type, const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO resync_seen (entity_type, entity_id) VALUES (?, ?)"));
    q.addBindValue(type);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError RemoteApply::sweepUnseen(const EntityTable &t, ApplyOutcome &out)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE dirty = 0 AND conflict = 0 AND id NOT IN "
                             "(SELECT entity_id FROM resync_seen WHERE entity_type = ?)")
                  .arg(t.table));
    q.addBindValue(t.type);
    if (!q.exec())
        return StoreError::queryFailed(q);
    QStringList gone;
    while (q.next())
        gone << q.value(0).toString();
    EntityRows rows(m_db, t);
    for (const QString &id : gone) {
        if (StoreError e = rows.erase(id))
            return e;
        out.changed[t.type] << id;
    }
    return {};
}

StoreError RemoteApply::clearSeen()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("DELETE FROM resync_seen")) ? StoreError{} : StoreError::queryFailed(q);
}

} // namespace pitchside::store
