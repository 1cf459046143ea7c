// Demo seed, second part: templates with {{variables}}, match posters as
// documents, publications with metrics, and some AI history.
#include "core/app_context.h"
#include "core/ids.h"
#include "core/timeutil.h"
#include "modules/publications_model.h"
#include "modules/social_model.h"
#include "modules/resource_util.h"
#include "seed/demo_seed_parts.h"
#include "store/database.h"
#include "store/entity_store.h"

namespace demo {

namespace {

struct TemplateDef {
    const char *name;
    const char *description;
    const char *category;
    QStringList platforms;
    const char *content;
    QStringList hashtags;
    json variables;
};

QList<TemplateDef> templateDefs(const Club &c)
{
    const QString tag = c.shortTag;
    return {
        {"Jour de match", "Affiche du jour J avec l'adversaire, l'heure et le lieu.", "actualite",
         {QStringLiteral("facebook"), QStringLiteral("instagram")},
         "⚽ JOUR DE MATCH !\n\n{{equipe}} reçoit {{adversaire}} ce {{jour}} à {{heure}} au {{stade}}.\nVenez nombreux encourager nos couleurs ! 💙",
         {tag, QStringLiteral("JourDeMatch")},
         {{"equipe", ss(c.name)}, {"adversaire", ""}, {"jour", "dimanche"}, {"heure", "15h00"}, {"stade", ss(c.stadium)}}},
        {"Résultat du match", "Score final, buteurs et prochain rendez-vous.", "actualite",
         {QStringLiteral("facebook"), QStringLiteral("instagram")},
         "{{resultat}} ! {{equipe}} {{score}} {{adversaire}}.\n\n⚽ Buteurs : {{buteurs}}.\nMerci aux supporters présents ! Prochain rendez-vous : {{prochain_match}}.",
         {tag, QStringLiteral("Resultat")},
         {{"resultat", "VICTOIRE"}, {"equipe", ss(c.name)}, {"score", ""}, {"adversaire", ""}, {"buteurs", ""}, {"prochain_match", ""}}},
        {"Merci partenaire", "Remerciement d'un partenaire avec son ancienneté.", "promo",
         {QStringLiteral("facebook"), QStringLiteral("linkedin")},
         "🤝 Un grand merci à {{sponsor}}, partenaire du club depuis {{annee}} ! Grâce à son soutien, {{projet}}. Pensez à nos partenaires pour vos achats 🙏",
         {tag, QStringLiteral("Partenaires")},
         {{"sponsor", ss(c.sponsor)}, {"annee", "2019"}, {"projet", "nos jeunes ont de nouveaux équipements"}}},
        {"Recrutement", "Appel à joueurs, joueuses ou éducateurs pour une catégorie.", "promo",
         {QStringLiteral("facebook"), QStringLiteral("linkedin")},
         "📢 Le club recrute ! Nous cherchons {{profil}} pour notre équipe {{categorie}} la saison prochaine. Contact : {{contact}}.",
         {tag, QStringLiteral("Recrutement")},
         {{"profil", "des joueurs et joueuses nés en 2012-2013"}, {"categorie", "U13"}, {"contact", "secretariat du club"}}},
        {"Anniversaire", "Souhaiter l'anniversaire d'un joueur ou d'une joueuse.", "autre",
         {QStringLiteral("instagram")},
         "🎂 Joyeux anniversaire à {{joueur}} qui fête ses {{age}} ans aujourd'hui ! Tout le club te souhaite une belle journée ⚽",
         {tag, QStringLiteral("JoyeuxAnniversaire")}, {{"joueur", ""}, {"age", ""}}},
        {"Annonce d'événement", "Date, lieu et inscriptions d'un événement du club.", "actualite",
         {QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("linkedin")},
         "📅 {{evenement}} — {{date}}\n\n{{description}}\n📍 {{lieu}}\nInscriptions : {{inscriptions}}",
         {tag, QStringLiteral("VieDuClub")},
         {{"evenement", ""}, {"date", ""}, {"description", ""}, {"lieu", ss(c.stadium)}, {"inscriptions", "au secrétariat"}}},
        {"Portrait de bénévole", "Mettre à l'honneur un ou une bénévole.", "temoignage",
         {QStringLiteral("facebook"), QStringLiteral("instagram")},
         "💙 Portrait de bénévole : {{prenom}}, {{role}} au club depuis {{annees}} ans.\n\n« {{citation}} »\n\nMerci pour tout !",
         {tag, QStringLiteral("Benevoles")},
         {{"prenom", ""}, {"role", ""}, {"annees", ""}, {"citation", ""}}},
        {"Le conseil du coach", "Une astuce technique ou santé chaque semaine.", "conseil",
         {QStringLiteral("instagram"), QStringLiteral("linkedin")},
         "🧠 Le conseil du coach {{coach}} : {{conseil}}",
         {tag, QStringLiteral("ConseilDuCoach")}, {{"coach", ""}, {"conseil", ""}}},
    };
}

} // namespace

void seedTemplates(AppContext &ctx, const Account &a, const Club &club, bool agency, std::mt19937 &rng)
{
    const QList<TemplateDef> defs = templateDefs(club);
    for (int i = 0; i < defs.size() && (!agency || i < 4); ++i) {
        const TemplateDef &d = defs[i];
        Entity e;
        e.id = ids::uuid();
        e.type = QStringLiteral("template");
        e.userId = a.userId;
        e.createdAt = timeutil::iso(timeutil::now().addDays(-120 + i));
        e.body = {{"id", ss(e.id)}, {"name", d.name}, {"description", d.description}, {"category", d.category},
                  {"platforms", resource::stringArray(d.platforms)}, {"content", d.content},
                  {"hashtags", resource::stringArray(d.hashtags)}, {"variables", d.variables},
                  {"usage_count", int(rng() % 26)}};
        ctx.store->insert(e);
    }
}

void seedDocuments(AppContext &ctx, Account &a, const QList<Fixture> &fixtures, const QDateTime &today)
{
    int drafts = 0;
    for (auto it = a.matches.cbegin(); it != a.matches.cend(); ++it) {
        const Fixture &f = fixtures[it.key()];
        if (f.profileKey == QLatin1String("u17"))
            continue;
        const QString key = QStringLiteral("fixture:%1:j3:%2").arg(it.key()).arg(f.profileKey);
        const QString status = f.played ? QStringLiteral("publie")
            : f.kickoff > today.addDays(14) && drafts++ < 3 ? QStringLiteral("brouillon")
                                                            : QStringLiteral("pret");
        json supports = json::array();
        if (status != QLatin1String("brouillon") && a.media.contains(key)) {
            const auto media = ctx.store->find(a.media.value(key));
            supports.push_back({{"type", "affiche"}, {"format", "1080x1350"}, {"media_id", ss(media->id)},
                                {"media_url", media->body["variants"]["original"]["url"]},
                                {"thumbnail_url", media->body["variants"]["thumbnail"]["url"]},
                                {"file_size", media->body["size_bytes"]},
                                {"generated_at", ss(timeutil::iso(f.kickoff.addDays(-5)))}});
        }
        Entity e;
        e.id = ids::uuid();
        e.type = QStringLiteral("document");
        e.userId = a.userId;
        e.createdAt = timeutil::iso(f.kickoff.addDays(-6));
        e.body = {{"id", ss(e.id)}, {"profile_id", ss(a.profiles.value(f.profileKey))}, {"type", "match"},
                  {"category", "communication_match"},
                  {"title", ss(QStringLiteral("Affiche %1 – %2").arg(f.home ? f.teamName : f.opponent, f.home ? f.opponent : f.teamName))},
                  {"description", ss(f.competition + QStringLiteral(" · ") + frenchDate(f.kickoff))},
                  {"match_id", ss(it.value())}, {"supports", supports}, {"status", ss(status)},
                  {"generation_started_at", supports.empty() ? json(nullptr) : json(ss(timeutil::iso(f.kickoff.addDays(-5))))},
                  {"generation_completed_at", supports.empty() ? json(nullptr) : json(ss(timeutil::iso(f.kickoff.addDays(-5).addSecs(40))))}};
        ctx.store->insert(e);
        if (auto match = ctx.store->find(it.value())) {
            match->body["document_ids"].push_back(ss(e.id));
            ctx.store->update(*match);
        }
    }
}

// The user's connected account on the network, or null.
static json socialAccount(AppContext &ctx, const QString &userId, const QString &platform)
{
    const QList<Entity> found = ctx.store->load(QStringLiteral("user_id = ? AND type = 'social_account' AND search = ?"),
                                                {userId, platform}, QStringLiteral("LIMIT 1"));
    return found.isEmpty() ? json(nullptr) : json(ss(found.first().id));
}

void seedPublications(AppContext &ctx, const Account &a, std::mt19937 &rng)
{
    int made = 0;
    for (const SeedPost &p : a.posts) {
        if (made >= 30 || (p.status != QLatin1String("published") && p.status != QLatin1String("scheduled")))
            continue;
        const QString platform = p.platforms.first();
        if (platform == QLatin1String("instagram") && p.mediaId.isEmpty())
            continue;
        Entity e;
        e.id = ids::uuid();
        e.type = QStringLiteral("publication");
        e.userId = a.userId;
        e.createdAt = timeutil::iso(p.when.addDays(-1));
        const bool published = p.status == QLatin1String("published");
        const bool failed = published && made % 17 == 16;
        const qint64 reach = published && !failed ? 300 + qint64(rng() % 4000) : 0;
        const QString platformId = QString::number(7100000000000000000LL + qint64(rng() % 100000000000LL));
        const QString account = a.profiles.value(p.profileKey).left(8);
        e.body = {{"id", ss(e.id)}, {"document_id", nullptr}, {"post_id", ss(p.id)},
                  {"profile_id", ss(a.profiles.value(p.profileKey))}, {"platform", ss(platform)},
                  {"account_id", socialAccount(ctx, a.userId, platform)},
                  {"page_id", ss(platform + QLatin1Char('-') + account)}, {"support_type", "post"},
                  {"caption", ss(p.caption)},
                  {"media_urls", p.mediaId.isEmpty() ? json::array() : json::array({ss(QStringLiteral("/api/media/%1/content?variant=original").arg(p.mediaId))})},
                  {"status", failed ? "failed" : published ? "published" : "scheduled"},
                  {"scheduled_at", ss(timeutil::iso(p.when))},
                  {"published_at", published && !failed ? json(ss(timeutil::iso(p.when.addSecs(5)))) : json(nullptr)},
                  {"platform_post_id", published && !failed ? json(ss(platformId)) : json(nullptr)},
                  {"post_url", published && !failed ? json(ss(publications::postUrl(platform, platform + QLatin1Char('-') + account, platformId))) : json(nullptr)},
                  {"error_code", failed ? json("needs_reconnect") : json(nullptr)},
                  {"error_message", failed ? json("The account's authorisation has expired or was revoked.") : json(nullptr)},
                  {"attempts", published ? 1 : 0},
                  {"metrics", {{"impressions", reach * 2 + qint64(rng() % 500)}, {"reach", reach},
                               {"likes", reach / 12}, {"comments", reach / 90}, {"shares", reach / 150},
                               {"saves", reach / 200}, {"clicks", reach / 40},
                               {"last_updated", published ? json(ss(timeutil::iso(p.when.addDays(2)))) : json(nullptr)}}}};
        ctx.store->insert(e);
        ++made;
    }
}

void seedSocialAccounts(AppContext &ctx, const Account &a, const QDateTime &today, bool withTrouble)
{
    // Connected as the OAuth flow would; then aged, so that the Accounts
    // page shows every state: healthy, close to expiry, to reconnect.
    struct Plan {
        const char *platform;
        int expiresInDays;
        int usedDaysAgo;
    };
    const QList<Plan> plans = withTrouble
        ? QList<Plan>{{"facebook", 52, 1}, {"instagram", 12, 2}, {"linkedin", -3, 20}}
        : QList<Plan>{{"facebook", 41, 3}, {"instagram", 57, 1}};
    for (const Plan &p : plans) {
        const QString id = social::connect(ctx, a.userId, QString::fromLatin1(p.platform));
        Entity e = *ctx.store->find(id);
        e.body["expires_at"] = ss(timeutil::iso(today.addDays(p.expiresInDays)));
        e.body["connected_at"] = ss(timeutil::iso(today.addDays(p.expiresInDays - 60)));
        e.body["last_used_at"] = ss(timeutil::iso(today.addDays(-p.usedDaysAgo)));
        if (p.expiresInDays < 0) {
            e.body["needs_reconnect"] = true;
            e.body["reconnect_reason"] = "expired";
        }
        ctx.store->update(e);
    }
}

void seedAiHistory(AppContext &ctx, const Account &a, int count)
{
    const QDateTime monthStart = timeutil::startOfMonth(timeutil::now());
    const qint64 span = std::max<qint64>(1, monthStart.secsTo(timeutil::now()));
    for (int i = 0; i < count; ++i)
        ctx.db->exec(QStringLiteral("INSERT INTO ai_generations(id, user_id, type, prompt, response, tokens_used, duration_ms, created_at)"
                                    " VALUES(?, ?, 'ideas', ?, ?, ?, ?, ?)"),
                     {ids::uuid(), a.userId, QStringLiteral("{\"context\":\"vie du club\"}"), QStringLiteral("{}"), 900 + i * 37,
                      40 + i, timeutil::iso(monthStart.addSecs(span * i / (count + 1)))});
}

} // namespace demo
