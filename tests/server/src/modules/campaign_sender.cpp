// The paced WhatsApp sender (docs/api/campaigns.md, seed 003 §8.6): per
// user, one message every 25 s, a 5-minute pause after each batch of 25,
// at most the daily limit a UTC day (then it waits for 00:00 UTC), and
// the simulated WhatsApp behind it: delivery, reads and replies at fixed
// delays. Every delay is divided by --campaign-time-scale. The pacing and
// the simulated events live in memory: after a restart sending goes on at
// once and the messages already out get no more simulated events.
#include "core/app_context.h"
#include "core/config.h"
#include "core/ids.h"
#include "core/jobs.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "modules/campaign_model.h"
#include "modules/contacts_model.h"
#include "store/database.h"

#include <QHash>
#include <QTimer>
#include <map>

namespace {

constexpr qint64 kIntervalMs = 25 * 1000;
constexpr qint64 kPauseMs = 300 * 1000;
constexpr int kBatch = 25;
constexpr qint64 kDeliveredMs = 2 * 1000, kReadMs = 10 * 1000, kReplyMs = 20 * 1000;
// Looks again at least this often, so a scheduled campaign, midnight or
// a clock moved by faketime are noticed.
constexpr qint64 kMaxSleepMs = 1000;

enum class Sim { Delivered, Read, Reply };

class Sender : public QObject
{
public:
    explicit Sender(AppContext &ctx) : m_ctx(ctx)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
    }

    void wake() { arm(0); }

private:
    struct Pace {
        QDateTime nextAt;
        int inBatch = 0;
    };

    qint64 scaled(qint64 ms) const { return ms / m_ctx.config.campaignTimeScale; }

    void arm(qint64 ms)
    {
        ms = qBound<qint64>(0, ms, kMaxSleepMs);
        if (m_timer.isActive() && m_timer.remainingTime() <= ms)
            return;
        m_timer.start(int(ms));
    }

    void step()
    {
        qint64 sleep = kMaxSleepMs;
        m_ctx.jobs->run("campaigns", [&] { sleep = work(); });
        arm(sleep);
    }

    // One pass; returns how long until there is something to do.
    qint64 work()
    {
        const QDateTime now = timeutil::now();
        qint64 sleep = kMaxSleepMs;
        // Scheduled campaigns whose time has come.
        for (Entity c : m_ctx.store->load(QStringLiteral("type = 'campaign' AND status = 'scheduled' AND at <= ?"),
                                          {timeutil::iso(now)}))
            campaigns::start(m_ctx, c);
        // Simulated WhatsApp events that are due.
        while (!m_sims.empty() && m_sims.begin()->first <= now) {
            const auto [messageId, sim] = m_sims.begin()->second;
            m_sims.erase(m_sims.begin());
            simulate(messageId, sim);
        }
        if (!m_sims.empty())
            sleep = qMin(sleep, now.msecsTo(m_sims.begin()->first));
        // One message per user whose pace allows it.
        QSqlQuery users = m_ctx.db->exec(QStringLiteral("SELECT DISTINCT user_id FROM entities WHERE type = 'campaign_message'"
                                                        " AND status = 'pending'"));
        QStringList waiting;
        while (users.next())
            waiting << users.value(0).toString();
        for (const QString &user : waiting) {
            Pace &p = m_pace[user];
            if (p.nextAt.isValid() && now < p.nextAt) {
                sleep = qMin(sleep, now.msecsTo(p.nextAt));
                continue;
            }
            std::optional<Entity> message = nextMessage(user);
            if (!message)
                continue;
            if (campaigns::today(m_ctx, user).total() >= m_ctx.config.campaignDailyLimit) {
                // At the limit: still `sending`, on again after 00:00 UTC.
                p.nextAt = QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC);
                p.inBatch = 0;
                continue;
            }
            send(*message, now);
            if (++p.inBatch >= kBatch) {
                p.inBatch = 0;
                p.nextAt = now.addMSecs(scaled(kPauseMs));
            } else {
                p.nextAt = now.addMSecs(scaled(kIntervalMs));
            }
            sleep = qMin(sleep, scaled(kIntervalMs));
        }
        return qMax<qint64>(0, sleep);
    }

    // The user's next message to send: messages 2 first (someone is waiting
    // for the answer), of a sending campaign, or of a finished one whose
    // recipient replied after it ended.
    std::optional<Entity> nextMessage(const QString &user)
    {
        const QList<Entity> found = m_ctx.store->load(
            QStringLiteral("user_id = ? AND type = 'campaign_message' AND status = 'pending' AND profile_id IN"
                           " (SELECT id FROM entities c WHERE c.type = 'campaign' AND c.user_id = ? AND (c.status = 'sending'"
                           "  OR (c.status IN ('completed', 'failed') AND json_extract(entities.body, '$.message_type') = 'message_2')))"),
            {user, user},
            QStringLiteral("ORDER BY json_extract(body, '$.message_type') = 'message_2' DESC, created_at, rowid LIMIT 1"));
        return found.isEmpty() ? std::nullopt : std::optional<Entity>(found.first());
    }

    void send(Entity &message, const QDateTime &now)
    {
        const QString nowIso = timeutil::iso(now);
        std::optional<Entity> contact = m_ctx.store->find(qs(message.body["contact_id"].get<std::string>()));
        QString error;
        AppContext::CampaignFailures &queued = m_ctx.campaignFailures[message.userId];
        if (queued.count > 0) {
            --queued.count;
            error = queued.reason;
        } else if (!contact || contact->type != contacts::kContact) {
            error = QStringLiteral("Ce contact a été supprimé.");
        } else if (!phone::onWhatsApp(qs(contact->body["full_number"].get<std::string>()))) {
            error = QString::fromUtf8(campaigns::kNoWhatsApp);
        }
        if (!error.isEmpty()) {
            message.body["status"] = "failed";
            message.body["failed_at"] = ss(nowIso);
            message.body["error_message"] = ss(error);
        } else {
            message.body["status"] = "sent";
            message.body["sent_at"] = ss(nowIso);
            message.body["failed_at"] = nullptr;
            message.body["error_message"] = nullptr;
            const QString campaignId = qs(message.body["campaign_id"].get<std::string>());
            const QString contactId = qs(message.body["contact_id"].get<std::string>());
            m_sims.insert({now.addMSecs(scaled(kDeliveredMs)), {message.id, Sim::Delivered}});
            // Deterministic per recipient: a quarter read it, an eighth reply.
            const uchar h = uchar(ids::sha256((campaignId + contactId).toUtf8()).at(0));
            if (h < 64)
                m_sims.insert({now.addMSecs(scaled(kReadMs)), {message.id, Sim::Read}});
            if (h < 32 && message.body["message_type"] == "message_1")
                m_sims.insert({now.addMSecs(scaled(kReplyMs)), {message.id, Sim::Reply}});
        }
        m_ctx.store->update(message);
        if (std::optional<Entity> campaign = m_ctx.store->find(qs(message.body["campaign_id"].get<std::string>())))
            campaigns::refresh(m_ctx, *campaign);
    }

    void simulate(const QString &messageId, Sim sim)
    {
        std::optional<Entity> message = m_ctx.store->find(messageId);
        if (!message || message->type != campaigns::kMessage)
            return; // relaunched or deleted since
        std::optional<Entity> campaign = m_ctx.store->find(qs(message->body["campaign_id"].get<std::string>()));
        const QString status = message->status;
        if (!campaign || status == QLatin1String("pending") || status == QLatin1String("failed"))
            return;
        if (message->body["message_type"] == "message_2") {
            // Messages 2 get delivery and reads; interactions are about messages 1.
            const QString now = timeutil::nowIso();
            if (!message->body["delivered_at"].is_string())
                message->body["delivered_at"] = ss(now);
            if (sim != Sim::Delivered && !message->body["read_at"].is_string())
                message->body["read_at"] = ss(now);
            message->body["status"] = sim == Sim::Delivered && status == QLatin1String("sent") ? "delivered" : "read";
            if (sim == Sim::Delivered && status != QLatin1String("sent"))
                message->body["status"] = ss(status);
            m_ctx.store->update(*message);
            campaigns::refresh(m_ctx, *campaign);
            return;
        }
        const char *type = sim == Sim::Delivered ? "delivered" : sim == Sim::Read ? "read" : "reply";
        campaigns::interact(m_ctx, *campaign, *message, QString::fromLatin1(type), {});
    }

    AppContext &m_ctx;
    QTimer m_timer;
    QHash<QString, Pace> m_pace;
    std::multimap<QDateTime, std::pair<QString, Sim>> m_sims;
};

Sender *g_sender = nullptr;

} // namespace

void campaigns::wakeSender(AppContext &)
{
    if (g_sender)
        g_sender->wake();
}

PITCHSIDE_JOBS(campaigns)
{
    g_sender = new Sender(ctx);
    g_sender->setParent(ctx.jobs);
    g_sender->wake();
}
