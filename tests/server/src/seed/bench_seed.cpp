// --seed bench:N: one user with N posts and N/10 small media items, in one
// transaction with reused prepared statements, for the benchmarks.
#include "seed/seeding.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "media/image_variants.h"
#include "media/poster_painter.h"
#include "modules/media_model.h"
#include "modules/resource_util.h"
#include "modules/users_model.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSqlQuery>
#include <random>

namespace {

const QString kEmail = QStringLiteral("bench@pitchside.test");
const QString kPassword = QStringLiteral("Bench2026!");

const QStringList kSentences = {
    QStringLiteral("Victoire précieuse ce week-end face à un adversaire direct pour le maintien."),
    QStringLiteral("Rendez-vous dimanche à 15 h au stade municipal, entrée gratuite pour les moins de 12 ans."),
    QStringLiteral("Merci à nos bénévoles, présents à la buvette comme au traçage des lignes."),
    QStringLiteral("L'école de foot reprend mercredi à 14 h, pensez aux protège-tibias."),
    QStringLiteral("Nos U17 se qualifient pour le tour suivant de la coupe régionale."),
    QStringLiteral("Billetterie ouverte au club-house tous les soirs d'entraînement."),
    QStringLiteral("Un grand merci à nos partenaires pour les nouveaux jeux de maillots."),
    QStringLiteral("Le stage des vacances affiche complet, liste d'attente au secrétariat."),
};

QSqlQuery prepared(Database &db, const QString &sql)
{
    QSqlQuery q(db.handle());
    if (!q.prepare(sql))
        qFatal("bench seed: cannot prepare %s", qPrintable(sql));
    return q;
}

void run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        qFatal("bench seed: insert failed");
}

} // namespace

QStringList seeding::bench(AppContext &ctx, int posts)
{
    const QStringList lines = {QStringLiteral("bench user: %1 / %2").arg(kEmail, kPassword)};
    if (!users::idByEmail(ctx, kEmail).isEmpty()) {
        qCInfo(lcSeed) << "bench data already present; nothing added";
        return lines;
    }
    QElapsedTimer timer;
    timer.start();
    std::mt19937 rng(42);
    runInTransaction(*ctx.db, [&] {
        const QString userId = users::create(ctx, kEmail, kPassword, QStringLiteral("Banc d'essai"));
        const QString profileId = users::addProfile(ctx, userId, {{"type", "club"}, {"name", "FC Banc d'Essai"},
                                                                  {"logo", nullptr}, {"club_id", nullptr},
                                                                  {"numero", nullptr}, {"is_active", true}});
        QSqlQuery entity = prepared(*ctx.db, QStringLiteral("INSERT INTO entities(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                                                 .arg(QLatin1String(EntityStore::columns())));
        QSqlQuery change = prepared(*ctx.db, QStringLiteral("INSERT INTO changes(user_id, type, entity_id, op, version, created_at, item)"
                                                            " VALUES(?, ?, ?, 'upsert', ?, ?, ?)"));
        QSqlQuery blob = prepared(*ctx.db, QStringLiteral("INSERT INTO blobs(media_id, variant, mime_type, sha256, bytes)"
                                                          " VALUES(?, 'original', 'image/png', ?, ?)"));
        auto insert = [&](Entity &e) {
            EntityStore::index(e);
            auto opt = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
            const QString body = qs(dumpJson(e.body));
            run(entity, {e.id, e.type, e.userId, opt(e.profileId), opt(e.status), opt(e.at), opt(e.sha256), opt(e.search),
                         QVariant(), e.sizeBytes, e.version, e.createdAt, e.updatedAt, body});
            run(change, {e.userId, e.type, e.id, e.version, e.createdAt, body});
        };
        const QDateTime start = timeutil::now().addDays(-180);
        QStringList mediaIds;
        for (int i = 0; i < posts / 10; ++i) {
            // Tiny but real and distinct PNGs (distinct SHA-256, so no dedupe).
            QImage img(16, 16, QImage::Format_RGB32);
            img.fill(QColor::fromRgb(uint(0xff000000u | (uint(i) * 2654435761u & 0xffffffu))));
            img.setPixel(i % 16, (i / 16) % 16, qRgb(255, 255, 255));
            const QByteArray png = poster::png(img);
            const media::Processed p = media::process(png, QStringLiteral("image/png"));
            Entity e;
            e.id = ids::uuid();
            e.type = QStringLiteral("media");
            e.userId = userId;
            e.version = 1;
            e.createdAt = e.updatedAt = timeutil::iso(start.addSecs(qint64(i) * 600));
            const json variant = {{"url", ss(media::contentUrl(e.id, QStringLiteral("original")))}, {"width", 16}, {"height", 16},
                                  {"size_bytes", png.size()}};
            e.body = {{"id", ss(e.id)}, {"type", "image"}, {"filename", ss(QStringLiteral("photo-%1.png").arg(i))},
                      {"mime_type", "image/png"}, {"size_bytes", png.size()}, {"width", 16}, {"height", 16},
                      {"duration", nullptr}, {"tags", {"bench"}}, {"alt_text", nullptr}, {"sha256", ss(ids::sha256Hex(png))},
                      {"url", variant["url"]},
                      {"variants", {{"original", variant}, {"large", variant}, {"medium", variant}, {"thumbnail", variant},
                                    {"blur_hash", ss(p.blurHash)}}}};
            insert(e);
            run(blob, {e.id, ids::sha256Hex(png), png});
            mediaIds << e.id;
        }
        static const char *past[] = {"published", "published", "draft", "published", "failed"};
        static const char *future[] = {"scheduled", "scheduled", "draft", "scheduled", "draft"};
        const QDateTime now = timeutil::now();
        for (int i = 0; i < posts; ++i) {
            const QDateTime when = start.addSecs(qint64(i) * 180 * 86400 / std::max(1, posts) + 86400 * 90);
            const std::string status = when < now ? past[i % 5] : future[i % 5];
            const bool instagram = !mediaIds.isEmpty() && i % 3 == 0;
            QStringList text;
            for (int s = 0; s < 3 + int(rng() % 3); ++s)
                text << kSentences[int(rng() % kSentences.size())];
            Entity e;
            e.id = ids::uuid();
            e.type = QStringLiteral("post");
            e.userId = userId;
            e.version = 1 + i % 3;
            e.createdAt = timeutil::iso(when.addDays(-3));
            e.updatedAt = timeutil::iso(when.addDays(-1));
            e.body = {{"id", ss(e.id)}, {"profile_id", ss(profileId)},
                      {"platforms", instagram ? json::array({"instagram", "facebook"}) : json::array({"facebook", "linkedin"})},
                      {"content", ss(QStringLiteral("#%1 ").arg(i) + text.join(QLatin1Char(' ')))},
                      {"hashtags", {"FootAmateur", "Bench"}}, {"first_comment", nullptr}, {"status", status},
                      {"scheduled_at", status == "draft" ? json(nullptr) : json(ss(timeutil::iso(when)))},
                      {"published_at", status == "published" ? json(ss(timeutil::iso(when))) : json(nullptr)},
                      {"error_message", status == "failed" ? json("Jeton expiré : reconnectez le compte.") : json(nullptr)},
                      {"idea_source", nullptr}, {"ai_generated", i % 7 == 0}, {"rating", nullptr}, {"template_id", nullptr},
                      {"media_ids", instagram ? json::array({ss(mediaIds[i % mediaIds.size()])}) : json::array()},
                      {"metadata", json::object()}};
            insert(e);
        }
    });
    qCInfo(lcSeed) << "bench seeded with" << posts << "posts in" << timer.elapsed() << "ms";
    return lines;
}
