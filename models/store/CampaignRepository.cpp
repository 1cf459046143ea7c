#include "CampaignRepository.h"

#include "Outbox.h"
#include "Transaction.h"
#include "types/SyncedTypes.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace pitchside::store {

namespace {

qint64 dayStartMs(const QDate &utcDay)
{
    return QDateTime(utcDay, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

CampaignRepository::CampaignRepository(QSqlDatabase &db, ChangeHub *hub)
    : m_db(db), m_campaigns(db, hub, campaignType()), m_messages(db, hub, campaignMessageType())
{
}

QVector<Campaign> CampaignRepository::all() const
{
    return m_campaigns.select(QStringLiteral("deleted = 0 ORDER BY created_at DESC, name"));
}

StoreError CampaignRepository::refuseWhileSending(const QString &id) const
{
    const std::optional<Campaign> c = find(id);
    if (!c || c->sync.deleted)
        return {StoreError::Kind::NotFound};
    if (c->isSending())
        return {StoreError::Kind::Refused, QStringLiteral("campaign_sending")};
    return {};
}

StoreError CampaignRepository::create(Campaign &campaign)
{
    campaign.status = QStringLiteral("draft");
    return m_campaigns.create(campaign);
}

StoreError CampaignRepository::update(const QString &id, const std::function<void(Campaign &)> &edit)
{
    if (StoreError e = refuseWhileSending(id))
        return e;
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    if (StoreError e = dismissRefusedCommands(id))
        return e;
    if (StoreError e = m_campaigns.update(id, edit))
        return e;
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}

StoreError CampaignRepository::remove(const QString &id)
{
    if (StoreError e = refuseWhileSending(id))
        return e;
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    if (StoreError e = dismissRefusedCommands(id))
        return e;
    if (StoreError e = m_campaigns.remove(id))
        return e;
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}

std::optional<CampaignRepository::RefusedCommand> CampaignRepository::refusedCommand(const QString &id) const
{
    for (const Outbox::Entry &e : Outbox(m_db).entriesFor(EntityType::Campaign, id)) {
        if (e.op != Outbox::Op::Command || e.state != Outbox::State::Parked)
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT error_code FROM outbox WHERE seq = ?"));
        q.addBindValue(e.seq);
        const QString code = q.exec() && q.next() ? q.value(0).toString() : QString();
        return RefusedCommand{e.fields.value(0), code, e.lastError};
    }
    return std::nullopt;
}

StoreError CampaignRepository::dismissRefusedCommands(const QString &id)
{
    // A refused command was never run by the server: forgetting it loses nothing.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity_type = ? AND entity_id = ? AND op = 'command' "
                             "AND state = 'parked'"));
    q.addBindValue(EntityType::Campaign);
    q.addBindValue(id);
    if (!q.exec())
        return StoreError::queryFailed(q);
    if (q.numRowsAffected() > 0)
        m_campaigns.rows().announce({id});
    return {};
}

QString CampaignRepository::commandKey(Command command)
{
    switch (command) {
    case Command::Send:
        return QStringLiteral("send");
    case Command::Stop:
        return QStringLiteral("stop");
    case Command::Retry:
        return QStringLiteral("retry");
    case Command::Relaunch:
        return QStringLiteral("relaunch");
    }
    return {};
}

StoreError CampaignRepository::send(const QString &id, const QDateTime &scheduledAt)
{
    QJsonObject body;
    if (scheduledAt.isValid())
        body.insert(QStringLiteral("scheduled_at"), scheduledAt.toUTC().toString(Qt::ISODateWithMs));
    const std::optional<Campaign> c = find(id);
    if (!c || c->sync.deleted)
        return {StoreError::Kind::NotFound};
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    if (StoreError e = dismissRefusedCommands(id))
        return e;
    if (StoreError e = Outbox(m_db).recordCommand(EntityType::Campaign, id, commandKey(Command::Send), body))
        return e;
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    m_campaigns.rows().announce({id});
    return {};
}

StoreError CampaignRepository::command(const QString &id, Command command)
{
    if (command == Command::Send)
        return send(id);
    const std::optional<Campaign> c = find(id);
    if (!c || c->sync.deleted)
        return {StoreError::Kind::NotFound};
    Transaction tx(m_db);
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    if (StoreError e = dismissRefusedCommands(id))
        return e;
    if (StoreError e = Outbox(m_db).recordCommand(EntityType::Campaign, id, commandKey(command), {}))
        return e;
    if (!tx.commit())
        return StoreError::queryFailed(tx.lastError());
    m_campaigns.rows().announce({id});
    return {};
}

QString CampaignRepository::waitingCommand(const QString &id) const
{
    for (const Outbox::Entry &e : Outbox(m_db).entriesFor(EntityType::Campaign, id)) {
        if (e.op == Outbox::Op::Command && e.state != Outbox::State::Parked)
            return e.fields.value(0); // newest first
    }
    return {};
}

QVector<CampaignMessage> CampaignRepository::messages(const QString &campaignId) const
{
    return m_messages.select(QStringLiteral("deleted = 0 AND campaign_id = ? ORDER BY message_type, "
                                            "CASE status WHEN 'failed' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, "
                                            "sent_at DESC"),
                             {campaignId});
}

CampaignRepository::DayCounts CampaignRepository::dayCounts(const QDate &utcDay) const
{
    const QVector<DayCounts> one = history(utcDay, 1);
    return one.isEmpty() ? DayCounts{utcDay} : one.constFirst();
}

QVector<CampaignRepository::DayCounts> CampaignRepository::history(const QDate &lastUtcDay, int days) const
{
    QVector<DayCounts> out;
    if (days <= 0)
        return out;
    const QDate first = lastUtcDay.addDays(1 - days);
    for (int i = 0; i < days; ++i)
        out.push_back(DayCounts{first.addDays(i)});
    const qint64 from = dayStartMs(first);
    const qint64 to = dayStartMs(lastUtcDay.addDays(1));
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    // One pass per kind of event, each over its own index range.
    const auto tally = [&](const char *column, const char *extra, auto add) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT (%1 - ?) / ?, message_type, count(*) FROM campaign_messages "
                                 "WHERE deleted = 0 AND %1 >= ? AND %1 < ? %2 GROUP BY 1, 2")
                      .arg(QLatin1String(column), QLatin1String(extra)));
        q.addBindValue(from);
        q.addBindValue(kDayMs);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return;
        while (q.next()) {
            const int index = q.value(0).toInt();
            if (index >= 0 && index < days)
                add(out[index], q.value(1).toString() == u"message_2", q.value(2).toInt());
        }
    };
    tally("sent_at", "", [](DayCounts &d, bool second, int n) { (second ? d.message2 : d.message1) += n; });
    tally("failed_at", "AND status = 'failed'", [](DayCounts &d, bool, int n) { d.errors += n; });
    tally("replied_at", "", [](DayCounts &d, bool, int n) { d.replies += n; });
    return out;
}

} // namespace pitchside::store
