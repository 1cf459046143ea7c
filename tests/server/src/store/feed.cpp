#include "feed.h"

#include "core/timeutil.h"
#include "store/database.h"

#include <QSqlQuery>

void Feed::record(const QString &userId, const QString &type, const QString &entityId, Op op,
                  qint64 version, const QString &item)
{
    // REPLACE drops the entity's previous row in this user's feed: only its
    // latest change stays, at a new, higher seq (AUTOINCREMENT never reuses one).
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO changes(user_id, type, entity_id, op, version, created_at, item)"
                             " VALUES(?, ?, ?, ?, ?, ?, ?)"),
              {userId, type, entityId,
               op == Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete"), version,
               timeutil::nowIso(), op == Op::Upsert ? QVariant(item) : QVariant()});
    m_pendingUsers.insert(userId);
}

qint64 Feed::lastSeq()
{
    return m_db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'"))
        .toLongLong();
}

qint64 Feed::userLastSeq(const QString &userId)
{
    return m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM changes WHERE user_id = ?"), {userId})
        .toLongLong();
}

qint64 Feed::horizon()
{
    return m_db.meta(QStringLiteral("feed_horizon")).toLongLong();
}

void Feed::raiseHorizon(qint64 seq)
{
    if (seq > horizon())
        m_db.setMeta(QStringLiteral("feed_horizon"), QString::number(seq));
}

Feed::PageText Feed::page(const QString &userId, qint64 since, int limit, const ItemPresenter &present,
                          bool hasMoreInData)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT seq, type, entity_id, op, version, CAST(item AS BLOB) FROM changes"
                       " WHERE user_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {userId, since, limit + 1});
    QByteArray out;
    out.reserve(limit * 256);
    out.append("{\"changes\":[");
    qint64 last = since;
    int n = 0;
    bool more = false;
    while (q.next()) {
        if (n == limit) {
            more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        if (n++ > 0)
            out.append(',');
        // type, id and op are server-made ASCII (names, UUIDs): no escaping.
        out.append("{\"seq\":").append(QByteArray::number(seq));
        out.append(",\"type\":\"").append(q.value(1).toString().toLatin1());
        out.append("\",\"id\":\"").append(q.value(2).toString().toLatin1());
        const bool upsert = q.value(3).toString() == QLatin1String("upsert");
        out.append(upsert ? "\",\"op\":\"upsert\"" : "\",\"op\":\"delete\"");
        qint64 version = q.value(4).toLongLong();
        QByteArray item = upsert ? q.value(5).toByteArray() : QByteArray();
        if (present)
            present(q.value(1).toString(), item, version);
        out.append(",\"version\":").append(QByteArray::number(version));
        if (upsert)
            out.append(",\"item\":").append(item);
        out.append('}');
        last = seq;
    }
    out.append("],\"last_seq\":").append(QByteArray::number(last));
    if (hasMoreInData)
        out.append(",\"has_more\":").append(more ? "true" : "false");
    out.append('}');
    PageText page;
    page.data = out;
    page.more = more;
    if (!hasMoreInData)
        page.remaining = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM changes WHERE user_id = ? AND seq > ?"),
                                     {userId, since})
                             .toLongLong();
    return page;
}

void Feed::purgeOldTombstones()
{
    const QString cutoff = timeutil::iso(timeutil::now().addDays(-kTombstoneDays));
    const qint64 maxPurged = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM changes"
                                                        " WHERE op = 'delete' AND created_at < ?"),
                                         {cutoff})
                                 .toLongLong();
    if (maxPurged <= 0)
        return;
    m_db.exec(QStringLiteral("DELETE FROM changes WHERE op = 'delete' AND seq <= ? AND created_at < ?"),
              {maxPurged, cutoff});
    raiseHorizon(maxPurged);
}

qint64 Feed::compactAll()
{
    m_db.exec(QStringLiteral("DELETE FROM changes WHERE op = 'delete'"));
    const qint64 seq = lastSeq();
    raiseHorizon(seq);
    return seq;
}

void Feed::queueEvent(const QString &userId, const QByteArray &event, json data, const QString &exceptSession)
{
    m_pendingEvents.append({userId, event, std::move(data), exceptSession});
}

void Feed::flushNotifications()
{
    const auto users = std::exchange(m_pendingUsers, {});
    const auto events = std::exchange(m_pendingEvents, {});
    if (m_notify)
        for (const QString &u : users)
            m_notify(u, userLastSeq(u));
    if (!m_sink)
        return;
    for (PendingEvent e : events) {
        e.data["last_seq"] = userLastSeq(e.userId);
        m_sink(e.userId, e.event, e.data, e.exceptSession);
    }
}
