// Demo seed, WhatsApp campaigns (docs/api/campaigns.md): the club's five
// contact categories, ~250 contacts with French names and mobile numbers
// (some without WhatsApp — their number ends in 0 —, some never checked),
// and campaigns in every status: a month of completed ones (so the
// monitoring history has data, today's included), last week's Christmas
// tournament with its replies in the WhatsApp inbox and its messages 2, a
// failed one, one stopped half way, one scheduled for tomorrow and a
// draft; and four reusable message templates. Messages follow the
// sender's pacing and the simulated WhatsApp's rule (delivered; read and
// replied by the recipient's hash); every time is counted back from the
// seed's now.
#include "core/app_context.h"
#include "core/ids.h"
#include "core/timeutil.h"
#include "modules/campaign_model.h"
#include "modules/contacts_model.h"
#include "modules/inbox_model.h"
#include "modules/resource_util.h"
#include "seed/demo_seed_parts.h"
#include "store/entity_store.h"

#include <QSet>

namespace demo {

namespace {

const char *const kFirstNames[] = {
    "Camille", "Léa", "Manon", "Chloé", "Inès", "Emma", "Jade", "Louise", "Sarah", "Julie", "Nathalie", "Sandrine",
    "Isabelle", "Céline", "Aurélie", "Sophie", "Amina", "Fatima", "Élodie", "Claire", "Hugo", "Lucas", "Nathan",
    "Thomas", "Julien", "Nicolas", "Sébastien", "Mickaël", "Karim", "Mehdi", "Yacine", "Olivier", "Stéphane",
    "Christophe", "Laurent", "Frédéric", "Antoine", "Maxime", "Romain", "Jérôme"};
const char *const kLastNames[] = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
    "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure",
    "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Benali", "Haddad", "Diallo",
    "Nguyen", "Da Silva", "Ferreira"};

struct CategoryPlan {
    const char *name;
    const char *color;
    int contacts;
};
const CategoryPlan kCategories[] = {{"Parents U11", "#2E7D32", 60}, {"Parents U13", "#1565C0", 60},
                                    {"Bénévoles", "#F9A825", 40},   {"Supporters", "#C62828", 70},
                                    {"Partenaires", "#6A1B9A", 20}};

const char *const kReplies[] = {
    "Merci pour l'info, on sera là !", "Super, mon fils est ravi 😀", "Je peux tenir la buvette le matin.",
    "Est-ce qu'il faut apporter un gâteau ?", "Bien reçu, merci au club !", "On viendra avec les grands-parents.",
    "Merci ! À quelle heure commence le premier match ?", "Je ne pourrai pas venir, désolée.",
    "Top ! Je partage avec les autres parents.", "Merci, je m'inscris pour le covoiturage."};

QString at(const QDateTime &t) { return timeutil::iso(t); }

uchar hashOf(const QString &campaignId, const QString &contactId)
{
    return uchar(ids::sha256((campaignId + contactId).toUtf8()).at(0));
}

class Seeder
{
public:
    Seeder(AppContext &ctx, const QString &userId, const QDateTime &now, std::mt19937 &rng)
        : m_ctx(ctx), m_user(userId), m_now(now), m_rng(rng)
    {
    }

    void run()
    {
        seedCategories();
        seedContacts();
        const QString u11 = m_categories[0], u13 = m_categories[1], volunteers = m_categories[2],
                      supporters = m_categories[3], partners = m_categories[4];
        struct Past {
            int daysAgo, hour;
            const char *name, *text1, *text2;
            QStringList categories;
        };
        const QList<Past> past = {
            {28, 17, "Reprise de l'école de foot", "Bonjour {{prenom}}, l'école de foot reprend mercredi à 14 h au stade. Pensez aux protège-tibias !", nullptr, {u11}},
            {25, 18, "Réunion des bénévoles", "Bonjour {{prenom}}, réunion des bénévoles vendredi à 19 h au club-house. On compte sur vous !", "Merci {{prenom}} ! L'ordre du jour suit par e-mail.", {volunteers}},
            {21, 12, "Match de gala contre l'AS Pontcharra", "⚽ {{prenom}}, grand match de gala dimanche à 15 h ! Entrée gratuite, buvette sur place.", nullptr, {supporters}},
            {17, 16, "Photos d'équipe U13", "Bonjour {{prenom}}, la photo d'équipe des U13 a lieu samedi à 10 h : maillot du club obligatoire.", nullptr, {u13}},
            {14, 10, "Soirée des partenaires", "Bonjour {{prenom}} {{nom}}, l'US Rivière a le plaisir de vous inviter à la soirée des partenaires le 20 à 19 h.", "Merci {{prenom}}, nous vous attendons avec plaisir !", {partners}},
            {10, 17, "Tournoi U11 : besoin de bras", "Bonjour {{prenom}}, pour le tournoi U11 nous cherchons des bénévoles (buvette, arbitrage, rangement). Répondez à ce message !", "Merci {{prenom}} ! Rendez-vous à 8 h 30 au stade.", {u11, volunteers}},
            {3, 11, "Boutique du club : nouveaux maillots", "🛍️ {{prenom}}, les nouveaux maillots de l'US Rivière sont arrivés à la boutique du club !", nullptr, {supporters}},
            {0, 0, "Covoiturage pour samedi", "Bonjour {{prenom}}, les U11 jouent à Voiron samedi : qui peut conduire ? Répondez à ce message.", "Merci {{prenom}}, départ 8 h 45 devant le club-house.", {u11}},
        };
        for (const Past &p : past) {
            // Today's campaign left three hours ago, the others in the day.
            const QDateTime start = p.daysAgo == 0 ? m_now.addSecs(-3 * 3600)
                                                   : QDateTime(m_now.date().addDays(-p.daysAgo), QTime(p.hour, 0), Qt::UTC);
            Entity c = campaign(p.name, p.text1, p.text2, p.categories, "completed", start);
            sendAll(c, start, false, {});
            finish(c, "completed");
        }
        // Last week's Christmas tournament: its replies are WhatsApp conversations.
        const QDateTime noel = QDateTime(m_now.date().addDays(-7), QTime(17, 30), Qt::UTC);
        Entity christmas = campaign("Tournoi de Noël",
                                    "Bonjour {{prenom}} ! 🎄 Le tournoi de Noël de l'US Rivière a lieu samedi au gymnase. "
                                    "Votre enfant participe-t-il ? Répondez à ce message.",
                                    "Merci {{prenom}} ! Rendez-vous samedi à 9 h au gymnase, avec une gourde et le sourire 😉",
                                    {u13, supporters}, "completed", noel);
        sendAll(christmas, noel, false, {}, true);
        finish(christmas, "completed");
        // Five days ago the WhatsApp session had dropped: every message failed.
        const QDateTime dues = QDateTime(m_now.date().addDays(-5), QTime(9, 0), Qt::UTC);
        Entity fees = campaign("Rappel des cotisations",
                               "Bonjour {{prenom}}, petit rappel : la cotisation de la saison est à régler avant la fin du mois.",
                               nullptr, {u13}, "failed", dues);
        sendAll(fees, dues, false, QStringLiteral("Session WhatsApp déconnectée : scannez à nouveau le QR code."));
        finish(fees, "failed");
        // Two days ago, stopped half way.
        const QDateTime sale = QDateTime(m_now.date().addDays(-2), QTime(14, 0), Qt::UTC);
        Entity garage = campaign("Vide-grenier du club",
                                 "Bonjour {{prenom}}, le vide-grenier de l'US Rivière a lieu le 12 avril. Réservez votre "
                                 "emplacement (5 € les 2 mètres) en répondant à ce message !",
                                 nullptr, {supporters, volunteers}, "stopped", sale);
        sendAll(garage, sale, true, {});
        campaigns::refresh(m_ctx, garage);
        // Tomorrow at 18 h, and a draft.
        Entity ag = campaign("Assemblée générale",
                             "Bonjour {{prenom}}, l'assemblée générale de l'US Rivière se tient au club-house. Votre avis compte !",
                             nullptr, {u11, u13, volunteers}, "scheduled", {});
        ag.body["scheduled_at"] = ss(at(QDateTime(m_now.date().addDays(1), QTime(18, 0), Qt::UTC)));
        m_ctx.store->update(ag);
        campaign("Stage de Pâques", "Bonjour {{prenom}}, le stage de Pâques des U11 a lieu du 14 au 18 avril. Inscriptions ouvertes !",
                 "Merci {{prenom}}, nous vous envoyons le dossier d'inscription.", {u11}, "draft", {});
        seedMessageTemplates();
    }

private:
    void seedCategories()
    {
        for (const CategoryPlan &p : kCategories) {
            Entity e;
            e.id = ids::uuid();
            e.type = contacts::kCategory;
            e.userId = m_user;
            e.createdAt = at(m_now.addDays(-60));
            e.body = {{"id", ss(e.id)}, {"name", p.name}, {"color", p.color}, {"contact_count", 0}};
            m_ctx.store->insert(e);
            m_categories << e.id;
        }
    }

    // The club's reusable texts (no draw from the generator: the rest of
    // the seed stays as it was).
    void seedMessageTemplates()
    {
        struct TemplatePlan {
            int daysAgo;
            const char *name, *text1, *text2;
        };
        const TemplatePlan plans[] = {
            {50, "Convocation match U13",
             "Bonjour {{prenom}}, votre enfant est convoqué pour le match des U13 samedi. Rendez-vous à 13 h 30 au stade "
             "avec la tenue du club, les protège-tibias et une gourde. Merci de confirmer sa présence en répondant à ce message.",
             "Merci {{prenom}}, c'est noté ! Le covoiturage part à 13 h 15 devant le club-house."},
            {45, "Rappel entraînement",
             "⚽ Rappel : entraînement ce mercredi de 17 h 30 à 19 h au stade municipal. En cas d'absence, prévenez "
             "l'éducateur. À tout à l'heure {{prenom}} !",
             nullptr},
            {30, "Merci aux bénévoles",
             "Bonjour {{prenom}} {{nom}}, un immense merci pour votre aide ce week-end ! Sans nos bénévoles, l'US Rivière "
             "ne serait pas ce qu'elle est. 💛",
             nullptr},
            {20, "Tournoi de Noël — inscriptions",
             "Bonjour {{prenom}} ! 🎄 Les inscriptions au tournoi de Noël de l'US Rivière sont ouvertes : rendez-vous "
             "le samedi avant Noël au gymnase. Votre enfant participe-t-il ? Répondez à ce message.",
             "Merci {{prenom}} ! L'inscription est enregistrée. Rendez-vous à 9 h au gymnase, avec une gourde et le "
             "sourire 😉"},
        };
        for (const TemplatePlan &p : plans) {
            Entity e;
            e.id = ids::uuid();
            e.type = contacts::kMessageTemplate;
            e.userId = m_user;
            e.createdAt = at(m_now.addDays(-p.daysAgo));
            e.body = {{"id", ss(e.id)},
                      {"name", ss(QString::fromUtf8(p.name))},
                      {"message_1", ss(QString::fromUtf8(p.text1))},
                      {"message_2", p.text2 ? json(ss(QString::fromUtf8(p.text2))) : json(nullptr)}};
            m_ctx.store->insert(e);
        }
    }

    QString number()
    {
        for (;;) {
            const QString n = QStringLiteral("+33%1%2").arg(m_rng() % 4 == 0 ? 7 : 6).arg(m_rng() % 100000000, 8, 10, QLatin1Char('0'));
            const std::optional<phone::Number> p = phone::parse(n);
            if (p && !m_numbers.contains(p->e164) && p->e164 != kKarimNumber) {
                m_numbers.insert(p->e164);
                return p->e164;
            }
        }
    }

    void seedContacts()
    {
        QStringList all;
        for (int c = 0; c < int(std::size(kCategories)); ++c) {
            for (int i = 0; i < kCategories[c].contacts; ++i) {
                contacts::NewContact n;
                n.userId = m_user;
                n.firstName = QString::fromUtf8(kFirstNames[m_rng() % std::size(kFirstNames)]);
                n.lastName = QString::fromUtf8(kLastNames[m_rng() % std::size(kLastNames)]);
                n.number = *phone::parse(number());
                n.categoryIds = {m_categories[c]};
                // A few parents are volunteers or supporters too.
                if (c < 2 && m_rng() % 6 == 0)
                    n.categoryIds << m_categories[2 + int(m_rng() % 2)];
                n.createdAt = at(m_now.addDays(-(40 + int(m_rng() % 20))).addSecs(qint64(m_rng() % 36000)));
                // Four in five were checked a while ago.
                if (m_rng() % 5 != 0) {
                    n.verifiedAt = at(m_now.addDays(-35).addSecs(qint64(m_rng() % 3600)));
                    n.verified = phone::onWhatsApp(n.number.e164);
                }
                contacts::create(m_ctx, n);
            }
        }
        // The inbox's Karim is a U11 parent.
        if (std::optional<Entity> karim = contacts::byNumber(m_ctx, m_user, kKarimNumber)) {
            karim->body["category_ids"] = json::array({ss(m_categories[0])});
            m_ctx.store->update(*karim);
        }
        contacts::recount(m_ctx, m_user, m_categories);
    }

    Entity campaign(const char *name, const char *text1, const char *text2, const QStringList &categories,
                    const char *status, const QDateTime &start)
    {
        Entity e;
        e.id = ids::uuid();
        e.type = campaigns::kCampaign;
        e.userId = m_user;
        e.createdAt = at(start.isValid() ? start.addDays(-1) : m_now.addDays(-1));
        e.body = campaigns::emptyCampaign(e.id);
        e.body["name"] = name;
        e.body["message_1"] = ss(QString::fromUtf8(text1));
        e.body["message_2"] = text2 ? json(ss(QString::fromUtf8(text2))) : json(nullptr);
        e.body["category_ids"] = resource::stringArray(categories);
        e.body["status"] = status;
        if (start.isValid())
            e.body["started_at"] = ss(at(start));
        m_ctx.store->insert(e);
        return e;
    }

    // Messages 1 to the campaign's recipients at the sender's pace from
    // `start`; `halfOnly` sends the first half only (the rest stays
    // pending); a `failure` makes every message fail with it. Replies (to
    // the inbox when `inbox`) and messages 2 follow the simulation's rule.
    void sendAll(Entity &c, const QDateTime &start, bool halfOnly, const QString &failure, bool inbox = false)
    {
        const QList<Entity> people = campaigns::recipients(m_ctx, c);
        const int stopAt = halfOnly ? int(people.size()) / 2 : int(people.size());
        const bool hasSecond = c.body["message_2"].is_string();
        QDateTime t = start;
        int inBatch = 0, replyIndex = 0;
        QDateTime last = start;
        for (int i = 0; i < people.size(); ++i) {
            const Entity &person = people[i];
            json m = message(c, person, "message_1");
            QDateTime created = start;
            if (i < stopAt) {
                if (!failure.isEmpty() || !phone::onWhatsApp(qs(person.body["full_number"].get<std::string>()))) {
                    m["status"] = "failed";
                    m["failed_at"] = ss(at(t));
                    m["error_message"] = ss(failure.isEmpty() ? QString::fromUtf8(campaigns::kNoWhatsApp) : failure);
                } else {
                    const uchar h = hashOf(c.id, person.id);
                    m["status"] = h < 64 ? "read" : "delivered";
                    m["sent_at"] = ss(at(t));
                    m["delivered_at"] = ss(at(t.addSecs(2)));
                    if (h < 64)
                        m["read_at"] = ss(at(t.addSecs(10 + h * 30)));
                    if (h < 32) {
                        const QDateTime replied = t.addSecs(20 + h * 60);
                        m["replied_at"] = ss(at(replied));
                        if (inbox)
                            reply(c, person, replied, QString::fromUtf8(kReplies[replyIndex++ % std::size(kReplies)]));
                        if (hasSecond) {
                            json second = message(c, person, "message_2");
                            const QDateTime out = replied.addSecs(25);
                            second["status"] = "delivered";
                            second["sent_at"] = ss(at(out));
                            second["delivered_at"] = ss(at(out.addSecs(2)));
                            insertMessage(second, out, 3);
                        }
                    }
                }
                last = t;
                t = t.addSecs(++inBatch % 25 == 0 ? 300 : 25);
            }
            insertMessage(m, created, m["status"] == "pending" ? 1 : m["status"] == "read" ? 4 : 3);
        }
        m_lastSent = last;
    }

    json message(const Entity &c, const Entity &person, const char *type)
    {
        const bool second = qstrcmp(type, "message_2") == 0;
        return {{"id", ss(ids::uuid())}, {"campaign_id", ss(c.id)}, {"contact_id", ss(person.id)}, {"message_type", type},
                {"content", ss(campaigns::fill(qs(c.body[second ? "message_2" : "message_1"].get<std::string>()), person.body))},
                {"status", "pending"}, {"sent_at", nullptr}, {"delivered_at", nullptr}, {"read_at", nullptr},
                {"replied_at", nullptr}, {"failed_at", nullptr}, {"error_message", nullptr}, {"retries", 0}};
    }

    void insertMessage(const json &body, const QDateTime &created, qint64 version)
    {
        Entity e;
        e.id = qs(body["id"].get<std::string>());
        e.type = campaigns::kMessage;
        e.userId = m_user;
        e.createdAt = at(created);
        // Last changed at its latest event.
        QString updated = at(created);
        for (const char *k : {"sent_at", "delivered_at", "read_at", "replied_at", "failed_at"})
            if (body[k].is_string() && qs(body[k].get<std::string>()) > updated)
                updated = qs(body[k].get<std::string>());
        e.updatedAt = updated;
        e.version = version;
        e.body = body;
        m_ctx.store->insert(e);
    }

    void reply(const Entity &c, const Entity &person, const QDateTime &when, const QString &text)
    {
        inbox::Outgoing m;
        m.sender = {person.id, QStringLiteral("contact")};
        m.recipient = {m_user, QStringLiteral("user")};
        m.content = text;
        m.campaignId = c.id;
        m.createdAt = at(when);
        m.notify = false;
        const QString conversation = qs(inbox::send(m_ctx, m)["conversation_id"].get<std::string>());
        // The club read them the same evening.
        const QString read = at(when.addSecs(3600));
        const inbox::Conversation conv = *inbox::findConversation(m_ctx, conversation);
        inbox::markRead(m_ctx, conv, m_user, read, read);
        if (inbox::setLastReadAt(m_ctx, conversation, m_user, read))
            inbox::touchView(m_ctx, conv, m_user, read);
    }

    void finish(Entity &c, const char *status)
    {
        c.body["status"] = status;
        c.body["completed_at"] = ss(at(m_lastSent.addSecs(30)));
        campaigns::refresh(m_ctx, c);
    }

    AppContext &m_ctx;
    QString m_user;
    QDateTime m_now;
    std::mt19937 &m_rng;
    QStringList m_categories;
    QSet<QString> m_numbers;
    QDateTime m_lastSent;
};

} // namespace

void seedCampaigns(AppContext &ctx, const Account &club, std::mt19937 &rng)
{
    Seeder(ctx, club.userId, timeutil::now(), rng).run();
}

} // namespace demo
