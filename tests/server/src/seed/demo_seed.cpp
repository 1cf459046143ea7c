// --seed demo: a club account (Claire Martin, US Rivière: club, U17 and a
// sponsor profile) and an agency account managing two clubs, with ~300
// posts over three months centred on today, visuals, fixtures, events,
// templates, documents and publications, and the club's inbox (a sponsor
// and the district as users of their own, a WhatsApp contact), and its
// WhatsApp contacts and campaigns.
// Runs once per data dir.
#include "seed/seeding.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "modules/media_model.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "seed/demo_images.h"
#include "seed/demo_seed_parts.h"
#include "store/database.h"
#include "store/entity_store.h"
#include "store/feed.h"

#include <QElapsedTimer>
#include <QSet>

namespace {

const QString kClubEmail = QStringLiteral("claire.martin@us-riviere.fr");
const QString kClubPassword = QStringLiteral("Riviere2026!");
const QString kAgencyEmail = QStringLiteral("agence@tribune-media.fr");
const QString kAgencyPassword = QStringLiteral("Tribune2026!");

using namespace demo;

QString addProfile(AppContext &ctx, Account &a, const QString &key, const char *type, const QString &name,
                   const QString &clubId = {}, const QString &numero = {})
{
    const QString id = users::addProfile(ctx, a.userId,
                                         {{"id", ss(ids::uuid())}, {"type", type}, {"name", ss(name)}, {"logo", nullptr},
                                          {"club_id", clubId.isEmpty() ? json(nullptr) : json(ss(clubId))},
                                          {"numero", numero.isEmpty() ? json(nullptr) : json(ss(numero))},
                                          {"is_active", true}});
    a.profiles.insert(key, id);
    return id;
}

QString imageKeyOf(const PostPlan &p)
{
    return p.imageKey.startsWith(QLatin1String("theme:")) ? p.profileKey + QLatin1Char('|') + p.imageKey : p.imageKey;
}

void seedImages(AppContext &ctx, Account &a, const QList<PostPlan> &plans, int cap, const QList<Fixture> &fixtures,
                const QList<Event> &events, const QDateTime &today)
{
    QStringList keys;
    for (const PostPlan &p : plans) {
        const QString k = imageKeyOf(p);
        if (!keys.contains(k) && keys.size() < cap)
            keys << k;
    }
    int n = 0;
    for (const RenderedImage &img : renderImages(keys, fixtures, events)) {
        media::NewMedia m;
        m.id = ids::uuid();
        m.userId = a.userId;
        m.filename = img.filename;
        m.mimeType = QStringLiteral("image/jpeg");
        m.bytes = img.bytes;
        m.tags = img.tags;
        m.altText = img.altText;
        m.createdAt = timeutil::iso(today.addDays(-50).addSecs(qint64(n++) * 3600));
        media::store(ctx, m, img.processed);
        a.media.insert(img.key, m.id);
    }
}

void seedMatches(AppContext &ctx, Account &a, const QList<Fixture> &fixtures)
{
    for (int i = 0; i < fixtures.size(); ++i) {
        const Fixture &f = fixtures[i];
        if (!a.profiles.contains(f.profileKey))
            continue;
        const json us = {{"name", ss(f.teamName)}, {"logo_url", nullptr}, {"club_id", ss(a.profiles.value(f.profileKey))}};
        const json them = {{"name", ss(f.opponent)}, {"logo_url", nullptr}, {"club_id", nullptr}};
        Entity e;
        e.id = ids::uuid();
        e.type = QStringLiteral("match");
        e.userId = a.userId;
        e.createdAt = timeutil::iso(f.kickoff.addDays(-20));
        e.updatedAt = timeutil::iso(f.played ? f.kickoff.addSecs(7200) : f.kickoff.addDays(-20));
        e.version = f.played ? 2 : 1;
        e.body = {{"id", ss(e.id)}, {"profile_id", ss(a.profiles.value(f.profileKey))},
                  {"home_team", f.home ? us : them}, {"away_team", f.home ? them : us},
                  {"match_date", ss(timeutil::iso(f.kickoff))}, {"venue", ss(f.venue)},
                  {"competition", ss(f.competition)}, {"status", f.played ? "finished" : "upcoming"},
                  {"score_home", f.played ? json(f.home ? f.goalsFor : f.goalsAgainst) : json(nullptr)},
                  {"score_away", f.played ? json(f.home ? f.goalsAgainst : f.goalsFor) : json(nullptr)},
                  {"document_ids", json::array()}};
        ctx.store->insert(e);
        a.matches.insert(i, e.id);
    }
}

void seedEvents(AppContext &ctx, const Account &a, const QList<Event> &events, const QString &profileKey,
                const QDateTime &today)
{
    for (const Event &ev : events) {
        Entity e;
        e.id = ids::uuid();
        e.type = QStringLiteral("event");
        e.userId = a.userId;
        e.createdAt = timeutil::iso(ev.start.addDays(-40));
        const QString status = ev.end < today ? QStringLiteral("closed")
            : ev.start < today                 ? QStringLiteral("completed")
            : ev.signatures >= ev.needed       ? QStringLiteral("completed")
                                               : QStringLiteral("pending");
        e.body = {{"id", ss(e.id)}, {"profile_id", ss(a.profiles.value(profileKey))}, {"name", ss(ev.name)},
                  {"description", ss(ev.description)}, {"start", ss(timeutil::iso(ev.start))},
                  {"end", ss(timeutil::iso(ev.end))}, {"status", ss(status)},
                  {"address", {{"street", ss(ev.street)}, {"city", ss(ev.city)}, {"postal_code", nullptr}, {"country", "FR"}}},
                  {"signature_count", ev.signatures}, {"total_signature_needed", ev.needed}};
        ctx.store->insert(e);
    }
}

void seedPosts(AppContext &ctx, Account &a, QList<PostPlan> plans, const QDateTime &today, std::mt19937 &rng)
{
    static const QStringList failures = {
        QStringLiteral("Le jeton d'accès Instagram a expiré : reconnectez le compte."),
        QStringLiteral("Facebook a refusé l'image : format non pris en charge."),
        QStringLiteral("LinkedIn : limite quotidienne de publications atteinte.")};
    // Two posts being published right now, so every status shows.
    for (int i = 0; i < 2 && !plans.isEmpty(); ++i) {
        PostPlan p = plans[i];
        p.when = today.addSecs(-60 * (i + 1));
        p.kind = QStringLiteral("publishing");
        plans << p;
    }
    int sponsorTurn = 0;
    for (PostPlan p : plans) {
        if (p.kind == QLatin1String("sponsor") && a.profiles.contains(QStringLiteral("sponsor")) && sponsorTurn++ % 2 == 0) {
            p.profileKey = QStringLiteral("sponsor");
            p.content = QStringLiteral("🥖 Fiers d'accompagner l'US Rivière cette saison ! Toute l'équipe de la Boulangerie "
                                       "Lemoine souhaite bonne chance aux joueurs. -10 % sur les viennoiseries pour les "
                                       "licenciés le dimanche matin 😉");
            p.hashtags = {QStringLiteral("USRiviere"), QStringLiteral("Partenaire"), QStringLiteral("CommerceLocal")};
        }
        const QString mediaId = a.media.value(imageKeyOf(p), a.media.isEmpty() ? QString() : *a.media.cbegin());
        QString status;
        const int roll = int(rng() % 100);
        if (p.kind == QLatin1String("publishing"))
            status = QStringLiteral("publishing");
        else if (p.when < today)
            status = roll < 5 ? QStringLiteral("failed") : roll < 9 ? QStringLiteral("draft") : QStringLiteral("published");
        else
            status = roll < 25 ? QStringLiteral("draft") : QStringLiteral("scheduled");
        const bool dated = !(status == QLatin1String("draft") && p.when < today);
        const bool ai = rng() % 100 < 15;
        Entity e;
        e.id = ids::uuid();
        e.type = QStringLiteral("post");
        e.userId = a.userId;
        const QDateTime created = p.when.addSecs(-qint64(1 + rng() % 9) * 86400);
        e.createdAt = timeutil::iso(created);
        e.updatedAt = timeutil::iso(status == QLatin1String("published") ? p.when.addSecs(4) : created);
        e.version = status == QLatin1String("published") ? 3 : status == QLatin1String("scheduled") ? 2 : 1;
        e.body = {{"id", ss(e.id)}, {"profile_id", ss(a.profiles.value(p.profileKey))},
                  {"platforms", resource::stringArray(p.platforms)}, {"content", ss(p.content)},
                  {"hashtags", resource::stringArray(p.hashtags)}, {"first_comment", nullptr},
                  {"status", ss(status)},
                  {"scheduled_at", dated ? json(ss(timeutil::iso(p.when))) : json(nullptr)},
                  {"published_at", status == QLatin1String("published") ? json(ss(timeutil::iso(p.when.addSecs(4)))) : json(nullptr)},
                  {"error_message", status == QLatin1String("failed") ? json(ss(failures[int(rng() % failures.size())])) : json(nullptr)},
                  {"idea_source", ai ? json(ss(QStringLiteral("Idée IA : ") + p.content.section(QLatin1Char('\n'), 0, 0))) : json(nullptr)},
                  {"ai_generated", ai},
                  {"rating", status == QLatin1String("published") && rng() % 3 == 0 ? json(3 + int(rng() % 3)) : json(nullptr)},
                  {"template_id", nullptr},
                  {"media_ids", mediaId.isEmpty() ? json::array() : json::array({ss(mediaId)})},
                  {"metadata", {{"category", ss(p.kind)}}}};
        ctx.store->insert(e);
        a.posts << SeedPost{e.id, p.profileKey, p.kind, status, p.when, p.platforms, mediaId, p.content};
    }
}

} // namespace

QStringList seeding::demo(AppContext &ctx)
{
    const QStringList lines = {
        QStringLiteral("demo club user: %1 / %2").arg(kClubEmail, kClubPassword),
        QStringLiteral("demo agency user: %1 / %2").arg(kAgencyEmail, kAgencyPassword),
        QStringLiteral("demo sponsor user: %1 / %2").arg(inboxPeople().sponsorEmail, inboxPeople().sponsorPassword),
        QStringLiteral("demo district user: %1 / %2").arg(inboxPeople().districtEmail, inboxPeople().districtPassword)};
    if (!users::idByEmail(ctx, kClubEmail).isEmpty()) {
        qCInfo(lcSeed) << "demo data already present; nothing added";
        return lines;
    }
    QElapsedTimer timer;
    timer.start();
    const QDateTime today = timeutil::now();
    std::mt19937 rng(2026);
    const QList<Fixture> fixtures = demo::fixtures(today, rng);
    const QList<Event> events = demo::events(today);
    const QList<PostPlan> clubPlans = plans(today, fixtures, events, {QStringLiteral("club"), QStringLiteral("u17")}, 216, rng);
    const QList<PostPlan> agencyPlans = plans(today, fixtures, {}, {QStringLiteral("montclair"), QStringLiteral("saint-aubin")}, 25, rng);

    runInTransaction(*ctx.db, [&] {
        Account club;
        club.userId = users::create(ctx, kClubEmail, kClubPassword, QStringLiteral("Claire Martin"),
                                    {{"is_verified", true}, {"has_completed_onboarding", true},
                                     {"selected_themes", {"jour_de_match", "ecole_de_foot", "partenaires", "benevoles"}},
                                     {"phone", "+33 6 12 34 56 78"}});
        const QString clubId = addProfile(ctx, club, QStringLiteral("club"), "club", riviere().name, {}, QStringLiteral("FFF 550123"));
        addProfile(ctx, club, QStringLiteral("u17"), "equipe", riviere().name + QStringLiteral(" U17"), clubId);
        addProfile(ctx, club, QStringLiteral("sponsor"), "sponsor", riviere().sponsor);
        seedImages(ctx, club, clubPlans, 60, fixtures, events, today);
        seedMatches(ctx, club, fixtures);
        seedEvents(ctx, club, events, QStringLiteral("club"), today);
        seedPosts(ctx, club, clubPlans, today, rng);
        seedTemplates(ctx, club, riviere(), false, rng);
        seedDocuments(ctx, club, fixtures, today);
        seedSocialAccounts(ctx, club, today, true); // before the publications, which go through them
        seedPublications(ctx, club, rng);
        seedAiHistory(ctx, club, 12);
        seedInbox(ctx, club);
        seedCampaigns(ctx, club, rng);

        Account agency;
        agency.userId = users::create(ctx, kAgencyEmail, kAgencyPassword, QStringLiteral("Tribune Média"),
                                      {{"is_verified", true}, {"has_completed_onboarding", true}});
        addProfile(ctx, agency, QStringLiteral("montclair"), "club", montclair().name, {}, QStringLiteral("FFF 550456"));
        addProfile(ctx, agency, QStringLiteral("saint-aubin"), "club", saintAubin().name, {}, QStringLiteral("FFF 550789"));
        seedImages(ctx, agency, agencyPlans, 30, fixtures, events, today);
        seedMatches(ctx, agency, fixtures);
        seedEvents(ctx, agency, events.mid(6), QStringLiteral("montclair"), today);
        seedPosts(ctx, agency, agencyPlans, today, rng);
        seedTemplates(ctx, agency, montclair(), true, rng);
        seedDocuments(ctx, agency, fixtures, today);
        seedSocialAccounts(ctx, agency, today, false);
        seedPublications(ctx, agency, rng);
        seedAiHistory(ctx, agency, 3);
        qCInfo(lcSeed) << "demo seeded:" << club.posts.size() << "+" << agency.posts.size() << "posts,"
                       << club.media.size() << "+" << agency.media.size() << "images in" << timer.elapsed() << "ms";
    });
    // Nobody can be listening yet: the seed's live hints (change,
    // message.read…) would only reach a stream opened later, stale.
    ctx.feed->discardNotifications();
    return lines;
}
