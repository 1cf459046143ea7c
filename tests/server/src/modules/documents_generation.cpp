#include "documents_generation.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/jobs.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "media/image_variants.h"
#include "media/poster_painter.h"
#include "modules/media_model.h"
#include "modules/users_model.h"
#include "store/entity_store.h"

namespace documents {

namespace {

QSize formatOf(const std::string &support)
{
    if (support == "story" || support == "reel")
        return {1080, 1920};
    if (support == "affiche")
        return {1080, 1350};
    return {1080, 1080};
}

QString kickerOf(const json &doc)
{
    const std::string type = doc.value("type", std::string());
    if (type == "match")
        return QStringLiteral("Jour de match");
    if (type == "evenement")
        return QStringLiteral("Événement");
    if (type == "sponsor")
        return QStringLiteral("Merci à nos partenaires");
    return QStringLiteral("Actualité du club");
}

} // namespace

void generateNow(AppContext &ctx, const QString &documentId)
{
    auto doc = ctx.store->find(documentId);
    if (!doc || doc->type != QLatin1String("document") || doc->body["status"] != "en_cours")
        return;
    QString footer;
    if (doc->body["profile_id"].is_string())
        if (auto profile = ctx.store->find(qs(doc->body["profile_id"].get<std::string>())))
            footer = qs(profile->body.value("name", std::string()));
    json supports = json::array();
    int n = 0;
    for (const auto &kind : doc->body.value("requested_supports", json::array({"post", "story"}))) {
        const std::string type = kind.get<std::string>();
        poster::Spec spec;
        spec.size = formatOf(type);
        spec.kicker = kickerOf(doc->body);
        spec.headline = qs(doc->body.value("title", std::string()));
        spec.subline = doc->body["description"].is_string() ? qs(doc->body["description"].get<std::string>()) : QString();
        spec.footer = footer;
        spec.style = n++;
        spec.seed = quint32(qHash(doc->id) + uint(n));
        const QByteArray bytes = poster::jpeg(poster::paint(spec));
        const media::Processed processed = media::process(bytes, QStringLiteral("image/jpeg"));
        media::NewMedia m;
        m.id = ids::uuid();
        m.userId = doc->userId;
        m.filename = QStringLiteral("%1-%2.jpg").arg(doc->id.left(8), qs(type));
        m.mimeType = QStringLiteral("image/jpeg");
        m.bytes = bytes;
        m.tags = {QStringLiteral("document"), qs(type)};
        m.altText = spec.headline;
        const Entity item = media::store(ctx, m, processed);
        supports.push_back({{"type", type},
                            {"format", std::to_string(spec.size.width()) + "x" + std::to_string(spec.size.height())},
                            {"media_id", ss(item.id)},
                            {"media_url", item.body["variants"]["original"]["url"]},
                            {"thumbnail_url", item.body["variants"]["thumbnail"]["url"]},
                            {"file_size", bytes.size()},
                            {"generated_at", ss(timeutil::nowIso())}});
    }
    doc->body["supports"] = supports;
    doc->body["status"] = "pret";
    doc->body["generation_completed_at"] = ss(timeutil::nowIso());
    ctx.store->update(*doc);
    qCInfo(lcJobs) << "document" << doc->id << "rendered with" << supports.size() << "supports";
}

void scheduleGeneration(AppContext &ctx, const QString &documentId)
{
    AppContext *c = &ctx;
    ctx.jobs->after(ctx.config.generationDelayMs, "document-generation", [c, documentId] {
        generateNow(*c, documentId);
    });
}

} // namespace documents

PITCHSIDE_JOBS(documents)
{
    // A render interrupted by a restart is picked up again.
    for (const Entity &e : ctx.store->load(QStringLiteral("type = 'document' AND status = 'en_cours'"), {}))
        documents::scheduleGeneration(ctx, e.id);
}
