#include "campaign_model.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "modules/contacts_model.h"
#include "modules/inbox_model.h"
#include "modules/resource_util.h"
#include "store/database.h"
#include "store/feed.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace campaigns {

namespace {

QString str(const json &body, const char *key)
{
    const json v = body.value(key, json());
    return v.is_string() ? qs(v.get<std::string>()) : QString();
}

const bool indexers = [] {
    EntityStore::setIndexer(kCampaign, [](Entity &e) {
        e.status = str(e.body, "status");
        e.at = str(e.body, "scheduled_at"); // what the sender's "due" query reads
        e.search = textutil::fold(str(e.body, "name"));
    });
    EntityStore::setIndexer(kMessage, [](Entity &e) {
        e.status = str(e.body, "status");
        e.profileId = str(e.body, "campaign_id");
        e.at = str(e.body, "sent_at"); // the daily counters count by it
    });
    return true;
}();

bool left(const QString &status)
{
    return status == QLatin1String("sent") || status == QLatin1String("delivered") || status == QLatin1String("read");
}

} // namespace

json emptyCampaign(const QString &id)
{
    return {{"id", ss(id)}, {"name", ""}, {"message_1", ""}, {"message_2", nullptr}, {"category_ids", json::array()},
            {"status", "draft"}, {"scheduled_at", nullptr}, {"started_at", nullptr}, {"completed_at", nullptr},
            {"total_recipients", 0}, {"pending_count", 0}, {"sent_count", 0}, {"delivered_count", 0},
            {"read_count", 0}, {"replied_count", 0}, {"failed_count", 0}, {"success_count", 0},
            {"message_2_sent_count", 0}};
}

QString fill(const QString &text, const json &contact)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("prenom"))
            out += str(contact, "first_name");
        else if (name == QLatin1String("nom"))
            out += str(contact, "last_name");
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QList<Entity> recipients(AppContext &ctx, const Entity &campaign)
{
    const QStringList categories = resource::toStringList(campaign.body["category_ids"]);
    if (categories.isEmpty())
        return {};
    QStringList marks;
    QVariantList binds{campaign.userId};
    for (const QString &c : categories) {
        marks << QStringLiteral("?");
        binds << c;
    }
    QList<Entity> out;
    for (const Entity &e : ctx.store->load(
             QStringLiteral("user_id = ? AND type = 'contact' AND status != 'not_on_whatsapp'"
                            " AND EXISTS (SELECT 1 FROM json_each(body, '$.category_ids') WHERE value IN (%1))")
                 .arg(marks.join(QLatin1Char(','))),
             binds,
             QStringLiteral("ORDER BY json_extract(body, '$.last_name') COLLATE NOCASE,"
                            " json_extract(body, '$.first_name') COLLATE NOCASE, id")))
        out << e;
    return out;
}

Entity addMessage(AppContext &ctx, const Entity &campaign, const Entity &contact, const char *type, const QString &at)
{
    const bool second = qstrcmp(type, "message_2") == 0;
    Entity m;
    m.id = ids::uuid();
    m.type = kMessage;
    m.userId = campaign.userId;
    m.createdAt = at;
    m.body = {{"id", ss(m.id)}, {"campaign_id", ss(campaign.id)}, {"contact_id", ss(contact.id)},
              {"message_type", type},
              {"content", ss(fill(str(campaign.body, second ? "message_2" : "message_1"), contact.body))},
              {"status", "pending"}, {"sent_at", nullptr}, {"delivered_at", nullptr}, {"read_at", nullptr},
              {"replied_at", nullptr}, {"failed_at", nullptr}, {"error_message", nullptr}, {"retries", 0}};
    ctx.store->insert(m);
    return m;
}

QList<Entity> messagesOf(AppContext &ctx, const QString &campaignId, const QString &extraWhere, const QVariantList &binds)
{
    QVariantList all{campaignId};
    all << binds;
    return ctx.store->load(QStringLiteral("type = 'campaign_message' AND profile_id = ?") + extraWhere, all,
                           QStringLiteral("ORDER BY created_at, rowid"));
}

void deleteMessages(AppContext &ctx, const QString &campaignId)
{
    for (const Entity &m : messagesOf(ctx, campaignId))
        ctx.store->remove(m);
}

void start(AppContext &ctx, Entity &campaign)
{
    const bool hasMessages = ctx.db->scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM entities WHERE type = 'campaign_message'"
                                                           " AND profile_id = ?)"),
                                            {campaign.id})
                                 .toInt()
        != 0;
    if (!hasMessages)
        for (const Entity &contact : recipients(ctx, campaign))
            addMessage(ctx, campaign, contact, "message_1");
    campaign.body["status"] = "sending";
    campaign.body["completed_at"] = nullptr;
    if (!campaign.body["started_at"].is_string())
        campaign.body["started_at"] = ss(timeutil::nowIso());
    ctx.store->update(campaign);
    refresh(ctx, campaign);
    wakeSender(ctx);
}

void refresh(AppContext &ctx, Entity &campaign)
{
    qint64 total = 0, pending = 0, sent = 0, delivered = 0, read = 0, replied = 0, failed = 0, sent2 = 0, pending2 = 0;
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT json_extract(body, '$.message_type'), status, COUNT(*),"
                                              " SUM(json_extract(body, '$.replied_at') IS NOT NULL)"
                                              " FROM entities WHERE type = 'campaign_message' AND profile_id = ?"
                                              " GROUP BY 1, 2"),
                               {campaign.id});
    while (q.next()) {
        const QString status = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        if (q.value(0).toString() == QLatin1String("message_2")) {
            sent2 += left(status) ? n : 0;
            pending2 += status == QLatin1String("pending") ? n : 0;
            continue;
        }
        total += n;
        replied += q.value(3).toLongLong();
        if (status == QLatin1String("pending"))
            pending += n;
        else if (status == QLatin1String("failed"))
            failed += n;
        else if (left(status)) {
            sent += n;
            delivered += status != QLatin1String("sent") ? n : 0;
            read += status == QLatin1String("read") ? n : 0;
        }
    }
    json after = campaign.body;
    after["total_recipients"] = total;
    after["pending_count"] = pending;
    after["sent_count"] = sent;
    after["delivered_count"] = delivered;
    after["read_count"] = read;
    after["replied_count"] = replied;
    after["failed_count"] = failed;
    after["success_count"] = sent;
    after["message_2_sent_count"] = sent2;
    const bool finished = after["status"] == "sending" && pending == 0 && pending2 == 0;
    if (finished) {
        after["status"] = sent == 0 && failed > 0 ? "failed" : "completed";
        after["completed_at"] = ss(timeutil::nowIso());
    }
    if (after == campaign.body)
        return;
    campaign.body = after;
    ctx.store->update(campaign);
    progress(ctx, campaign);
    if (finished) {
        // The one notification of a campaign's end (the inbox's campaign_finished).
        inbox::NewNotification n;
        n.userId = campaign.userId;
        n.type = QStringLiteral("campaign_finished");
        n.title = after["status"] == "completed" ? QStringLiteral("Campagne terminée") : QStringLiteral("Campagne en échec");
        n.message = QStringLiteral("« %1 » : %2 message(s) envoyé(s), %3 en échec.").arg(str(after, "name")).arg(sent).arg(failed);
        n.link = QStringLiteral("/campaigns/") + campaign.id;
        n.subjectType = QStringLiteral("campaign");
        n.subjectId = campaign.id;
        inbox::notify(ctx, n);
    }
}

void progress(AppContext &ctx, const Entity &campaign)
{
    ctx.feed->queueEvent(campaign.userId, "campaign.progress",
                         {{"campaign_id", ss(campaign.id)}, {"status", campaign.body["status"]},
                          {"sent_count", campaign.body["sent_count"]}, {"failed_count", campaign.body["failed_count"]}});
}

QString simulatedReply(const QString &seed)
{
    static const char *const replies[] = {
        "Merci pour l'info, je serai là !", "Super, merci ! On viendra en famille.", "Bien reçu 👍",
        "Merci ! Est-ce qu'il faut réserver à l'avance ?", "Parfait, je transmets aux autres parents.",
        "Avec plaisir, comptez sur moi.", "Merci, à samedi !", "Je ne pourrai pas venir cette fois, désolé."};
    const QByteArray h = ids::sha256(seed.toUtf8());
    return QString::fromUtf8(replies[uchar(h[1]) % (sizeof replies / sizeof *replies)]);
}

void interact(AppContext &ctx, Entity &campaign, Entity &message1, const QString &type, const QString &content)
{
    const QString status = str(message1.body, "status");
    if (!left(status))
        throw ApiError::rule("message_not_sent", {{"status", ss(status)}});
    const QString now = timeutil::nowIso();
    json &b = message1.body;
    json before = b;
    if (!b["delivered_at"].is_string())
        b["delivered_at"] = ss(now);
    if (type == QLatin1String("delivered")) {
        if (status == QLatin1String("sent"))
            b["status"] = "delivered";
    } else {
        if (!b["read_at"].is_string())
            b["read_at"] = ss(now);
        b["status"] = "read";
    }
    const QString contactId = str(b, "contact_id");
    const bool answers = type == QLatin1String("reply") || type == QLatin1String("reaction");
    if (type == QLatin1String("reply") && !b["replied_at"].is_string())
        b["replied_at"] = ss(now);
    if (b != before)
        ctx.store->update(message1);
    if (answers && contacts::isContactOf(ctx, contactId, campaign.userId)) {
        inbox::Outgoing m;
        m.sender = {contactId, QStringLiteral("contact")};
        m.recipient = {campaign.userId, QStringLiteral("user")};
        m.content = !content.isEmpty() ? content
            : type == QLatin1String("reaction") ? QStringLiteral("👍")
                                                : simulatedReply(message1.id);
        m.campaignId = campaign.id;
        inbox::send(ctx, m);
    }
    if (type == QLatin1String("reply") && campaign.body["message_2"].is_string()
        && !str(campaign.body, "message_2").isEmpty()
        && messagesOf(ctx, campaign.id, QStringLiteral(" AND json_extract(body, '$.contact_id') = ?"
                                                       " AND json_extract(body, '$.message_type') = 'message_2'"),
                      {contactId})
               .isEmpty()) {
        if (const std::optional<Entity> contact = ctx.store->find(contactId); contact && contact->type == contacts::kContact) {
            addMessage(ctx, campaign, *contact, "message_2");
            wakeSender(ctx);
        }
    }
    refresh(ctx, campaign);
}

QList<Day> days(AppContext &ctx, const QString &userId, const QDate &from, const QDate &to)
{
    QHash<QString, Day> byDate;
    const QString lo = from.toString(Qt::ISODate);
    const QString hi = to.addDays(1).toString(Qt::ISODate);
    // Messages that left, by their sent_at (indexed as `at`)...
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT substr(at, 1, 10), json_extract(body, '$.message_type'), COUNT(*)"
                                              " FROM entities WHERE user_id = ? AND type = 'campaign_message'"
                                              " AND at >= ? AND at < ? GROUP BY 1, 2"),
                               {userId, lo, hi});
    while (q.next()) {
        Day &d = byDate[q.value(0).toString()];
        (q.value(1).toString() == QLatin1String("message_2") ? d.message2 : d.message1) += q.value(2).toLongLong();
    }
    // ...failures by failed_at, replies by replied_at.
    for (const char *field : {"failed_at", "replied_at"}) {
        QSqlQuery f = ctx.db->exec(QStringLiteral("SELECT substr(json_extract(body, '$.%1'), 1, 10), COUNT(*) FROM entities"
                                                  " WHERE user_id = ? AND type = 'campaign_message'"
                                                  " AND json_extract(body, '$.%1') >= ? AND json_extract(body, '$.%1') < ?"
                                                  " GROUP BY 1")
                                       .arg(QLatin1String(field)),
                                   {userId, lo, hi});
        while (f.next())
            (qstrcmp(field, "failed_at") == 0 ? byDate[f.value(0).toString()].errors
                                              : byDate[f.value(0).toString()].replies) += f.value(1).toLongLong();
    }
    QList<Day> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        Day day = byDate.value(d.toString(Qt::ISODate));
        day.date = d;
        out << day;
    }
    return out;
}

Day today(AppContext &ctx, const QString &userId)
{
    const QDate d = timeutil::now().date();
    return days(ctx, userId, d, d).first();
}

} // namespace campaigns
