#include "EntityTable.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pitchside::store {

QString EntityRows::selectColumns() const
{
    QString columns = QStringLiteral("id,");
    for (const QString &c : m_table.columns)
        columns += c + QLatin1Char(',');
    return columns + QStringLiteral("version, dirty, deleted, conflict");
}

EntityRow EntityRows::readRow(const QSqlQuery &q) const
{
    EntityRow row;
    row.id = q.value(0).toString();
    const int n = int(m_table.columns.size());
    row.values.reserve(n);
    for (int i = 1; i <= n; ++i)
        row.values << q.value(i);
    row.version = q.value(n + 1).toLongLong();
    row.dirty = q.value(n + 2).toBool();
    row.deleted = q.value(n + 3).toBool();
    row.conflict = q.value(n + 4).toBool();
    return row;
}

QVector<QStringList> EntityRows::readChildren(const QString &id) const
{
    QVector<QStringList> lists;
    for (const ChildList &child : m_table.children) {
        QSqlQuery c(m_db);
        c.setForwardOnly(true);
        c.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                      .arg(child.valueColumn, child.table, child.parentColumn, child.positionColumn));
        c.addBindValue(id);
        QStringList values;
        if (c.exec()) {
            while (c.next())
                values << c.value(0).toString();
        }
        lists << values;
    }
    return lists;
}

std::optional<EntityRow> EntityRows::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(), m_table.table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    EntityRow row = readRow(q);
    row.children = readChildren(id);
    return row;
}

QVector<EntityRow> EntityRows::select(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(selectColumns(), m_table.table, where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVector<EntityRow> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(readRow(q));
    if (!m_table.children.isEmpty()) {
        for (EntityRow &row : out)
            row.children = readChildren(row.id);
    }
    return out;
}

StoreError EntityRows::prepare(std::shared_ptr<QSqlQuery> &slot, const std::function<QString()> &sql)
{
    if (slot)
        return {};
    auto q = std::make_shared<QSqlQuery>(m_db);
    if (!q->prepare(sql()))
        return StoreError::queryFailed(*q);
    slot = std::move(q);
    return {};
}

StoreError EntityRows::write(const EntityRow &row, bool withChildren)
{
    if (StoreError e = prepare(m_upsert, [this] {
            QStringList names{QStringLiteral("id")};
            QStringList marks{QStringLiteral("?")};
            QStringList updates;
            for (const QString &c : m_table.columns) {
                names << c;
                marks << QStringLiteral("?");
                updates << QStringLiteral("%1 = excluded.%1").arg(c);
            }
            for (const char *c : {"version", "dirty", "deleted", "conflict"}) {
                names << QString::fromLatin1(c);
                marks << QStringLiteral("?");
                updates << QStringLiteral("%1 = excluded.%1").arg(QString::fromLatin1(c));
            }
            return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                .arg(m_table.table, names.join(u','), marks.join(u','), updates.join(u','));
        }))
        return e;
    QSqlQuery &q = *m_upsert;
    q.addBindValue(row.id);
    for (const QVariant &v : row.values)
        q.addBindValue(v);
    q.addBindValue(row.version);
    q.addBindValue(row.dirty ? 1 : 0);
    q.addBindValue(row.deleted ? 1 : 0);
    q.addBindValue(row.conflict ? 1 : 0);
    if (!q.exec())
        return StoreError::queryFailed(q);
    return withChildren ? writeChildren(row.id, row.children) : StoreError{};
}

StoreError EntityRows::writeChildren(const QString &id, const QVector<QStringList> &children)
{
    m_childDeletes.resize(m_table.children.size());
    m_childInserts.resize(m_table.children.size());
    for (int i = 0; i < m_table.children.size() && i < children.size(); ++i) {
        const ChildList &child = m_table.children.at(i);
        if (StoreError e = prepare(m_childDeletes[i], [&child] {
                return QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child.table, child.parentColumn);
            }))
            return e;
        QSqlQuery &del = *m_childDeletes[i];
        del.addBindValue(id);
        if (!del.exec())
            return StoreError::queryFailed(del);
        const QStringList &values = children.at(i);
        if (values.isEmpty())
            continue;
        if (StoreError e = prepare(m_childInserts[i], [&child] {
                return QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)")
                    .arg(child.table, child.parentColumn, child.valueColumn, child.positionColumn);
            }))
            return e;
        QSqlQuery &ins = *m_childInserts[i];
        for (int p = 0; p < values.size(); ++p) {
            ins.addBindValue(id);
            ins.addBindValue(values.at(p));
            ins.addBindValue(p);
            if (!ins.exec())
                return StoreError::queryFailed(ins);
        }
    }
    return {};
}

StoreError EntityRows::erase(const QString &id)
{
    QSqlQuery q(m_db);
    for (const ChildList &child : m_table.children) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child.table, child.parentColumn));
        q.addBindValue(id);
        if (!q.exec())
            return StoreError::queryFailed(q);
    }
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table.table));
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError EntityRows::raiseVersion(const QString &id, qint64 version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET version = max(version, ?) WHERE id = ?").arg(m_table.table));
    q.addBindValue(version);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError EntityRows::setVersion(const QString &id, qint64 version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET version = ? WHERE id = ?").arg(m_table.table));
    q.addBindValue(version);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

StoreError EntityRows::setFlags(const QString &id, bool dirty, bool conflict)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE %1 SET dirty = ?, conflict = ? WHERE id = ?").arg(m_table.table));
    q.addBindValue(dirty ? 1 : 0);
    q.addBindValue(conflict ? 1 : 0);
    q.addBindValue(id);
    return q.exec() ? StoreError{} : StoreError::queryFailed(q);
}

} // namespace pitchside::store
