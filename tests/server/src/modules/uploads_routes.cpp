// Chunked, resumable uploads (API.md §5, docs/api/README.md "Media
// uploads"): declare, PUT chunks in any order and as often as needed,
// complete with a SHA-256 check; a known SHA-256 is deduplicated.
#include "core/app_context.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/jobs.h"
#include "core/timeutil.h"
#include "http/api_error.h"
#include "http/fields.h"
#include "http/router.h"
#include "media/sniff.h"
#include "modules/media_model.h"
#include "modules/resource_util.h"
#include "store/database.h"
#include "store/entity_store.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

struct Upload {
    QString id, userId, mediaId, filename, mimeType, sha256, expiresAt, targetId;
    qint64 size = 0;
    int chunkSize = 0;
    int total = 0;
};

Upload loadUpload(AppContext &ctx, const Request &req)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT id, user_id, media_id, filename, mime_type, sha256, expires_at, size,"
                                              " chunk_size, total_chunks, target_id FROM uploads WHERE id = ?"),
                               {req.param(QStringLiteral("upload_id"))});
    if (!q.next())
        throw ApiError::notFound("upload");
    Upload u{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(10).toString(),
             q.value(7).toLongLong(), q.value(8).toInt(), q.value(9).toInt()};
    if (u.userId != req.userId)
        throw ApiError::forbidden();
    if (u.mediaId.isEmpty() && u.expiresAt <= timeutil::nowIso())
        throw ApiError::gone({QStringLiteral("Ce téléversement a expiré ; recommencez-le."),
                              QStringLiteral("This upload expired; start it again.")},
                             {{"reason", "upload_expired"}});
    return u;
}

json received(AppContext &ctx, const QString &uploadId)
{
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT idx FROM upload_chunks WHERE upload_id = ? ORDER BY idx"), {uploadId});
    json list = json::array();
    while (q.next())
        list.push_back(q.value(0).toInt());
    return list;
}

json describe(AppContext &ctx, const Upload &u)
{
    return {{"upload_id", ss(u.id)},   {"chunk_size", u.chunkSize},     {"total_chunks", u.total},
            {"received", received(ctx, u.id)}, {"expires_at", ss(u.expiresAt)}, {"filename", ss(u.filename)},
            {"size", u.size},          {"mime_type", ss(u.mimeType)}};
}

Response start(AppContext &ctx, Request &req)
{
    Fields f(req.jsonBody());
    const auto id = f.uuid("id", Need::Optional);
    const auto filename = f.str("filename", Need::Required, 255, 1);
    const auto size = f.integer("size", Need::Required, 1, std::numeric_limits<qint64>::max());
    const auto mime = f.str("mime_type", Need::Required, 100, 1);
    const auto sha = f.str("sha256", Need::Required, 64, 64);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex.match(sha.value).hasMatch())
        throw ApiError::validation("sha256", "format", {{"expected", "64 hex digits"}});
    if (!media::isAllowedType(mime.value))
        throw ApiError::validation("mime_type", "enum",
                                   {{"allowed", {"image/png", "image/jpeg", "image/webp", "video/mp4", "video/quicktime"}}});
    const qint64 limit = media::sizeLimit(mime.value);
    if (size.value > limit)
        throw ApiError(413, "PAYLOAD_TOO_LARGE",
                       {QStringLiteral("Fichier trop volumineux pour ce type de média."),
                        QStringLiteral("File too large for this media type.")},
                       {{"field", "size"}, {"limit", limit}});
    if (auto existing = media::findBySha(ctx, req.userId, sha.value.toLower()))
        return Response::ok({{"upload_id", nullptr}, {"media", existing->body}, {"deduplicated", true}});
    if (id.isSet() && ctx.store->find(id.value))
        throw ApiError::conflict({QStringLiteral("Cet identifiant est déjà utilisé."), QStringLiteral("This id is already in use.")},
                                 {{"field", "id"}, {"reason", "id_taken"}});
    const qint64 used = media::usedBytes(ctx, req.userId);
    if (used + size.value > ctx.config.quotaBytes)
        throw ApiError::storageQuota(used, ctx.config.quotaBytes);
    Upload u;
    u.id = ids::uuid();
    u.filename = filename.value;
    u.mimeType = mime.value;
    u.sha256 = sha.value.toLower();
    u.size = size.value;
    u.chunkSize = ctx.config.chunkSize;
    u.total = int((size.value + u.chunkSize - 1) / u.chunkSize);
    u.expiresAt = timeutil::iso(timeutil::now().addDays(1));
    // The client id (if any) becomes the media id at completion.
    ctx.db->exec(QStringLiteral("INSERT INTO uploads(id, user_id, target_id, media_id, filename, size, mime_type, sha256,"
                                " chunk_size, total_chunks, created_at, expires_at) VALUES(?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {u.id, req.userId, id.isSet() ? id.value : ids::uuid(), u.filename, u.size, u.mimeType, u.sha256,
                  u.chunkSize, u.total, timeutil::nowIso(), u.expiresAt});
    return Response::created(describe(ctx, u));
}

Response putChunk(AppContext &ctx, Request &req)
{
    const Upload u = loadUpload(ctx, req);
    bool ok = false;
    const int index = req.param(QStringLiteral("index")).toInt(&ok);
    if (!ok || index < 0 || index >= u.total)
        throw ApiError::validation("index", "range", {{"min", 0}, {"max", u.total - 1}});
    if (!u.mediaId.isEmpty())
        return Response::ok({{"upload_id", ss(u.id)}, {"received", received(ctx, u.id)}, {"total_chunks", u.total}});
    const qint64 expected = index == u.total - 1 ? u.size - qint64(u.chunkSize) * (u.total - 1) : u.chunkSize;
    if (req.body.size() != expected)
        throw ApiError::validation("content", "range", {{"expected_size", expected}, {"size", req.body.size()}});
    const QString sha = ids::sha256Hex(req.body);
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT sha256 FROM upload_chunks WHERE upload_id = ? AND idx = ?"), {u.id, index});
    if (q.next()) {
        if (q.value(0).toString() != sha)
            throw ApiError::conflict({QStringLiteral("Ce morceau a déjà été reçu avec un autre contenu."),
                                      QStringLiteral("This chunk already arrived with different bytes.")},
                                     {{"reason", "chunk_differs"}, {"index", index}});
        ctx.db->exec(QStringLiteral("UPDATE upload_chunks SET resends = resends + 1 WHERE upload_id = ? AND idx = ?"),
                     {u.id, index});
    } else {
        ctx.db->exec(QStringLiteral("INSERT INTO upload_chunks(upload_id, idx, sha256, bytes) VALUES(?, ?, ?, ?)"),
                     {u.id, index, sha, req.body});
    }
    return Response::ok({{"upload_id", ss(u.id)}, {"received", received(ctx, u.id)}, {"total_chunks", u.total}});
}

Response complete(AppContext &ctx, Request &req)
{
    const Upload u = loadUpload(ctx, req);
    if (!u.mediaId.isEmpty()) {
        // A retried completion (its first answer was lost) gets the item again.
        if (auto e = ctx.store->find(u.mediaId))
            return resource::single(*e, 200);
        throw ApiError::notFound("media");
    }
    const json have = received(ctx, u.id);
    json missing = json::array();
    for (int i = 0, k = 0; i < u.total; ++i) {
        if (k < int(have.size()) && have[k].get<int>() == i)
            ++k;
        else
            missing.push_back(i);
    }
    if (!missing.empty())
        throw ApiError::conflict({QStringLiteral("Des morceaux manquent encore."), QStringLiteral("Some chunks are still missing.")},
                                 {{"reason", "chunks_missing"}, {"missing", missing}});
    QByteArray bytes;
    bytes.reserve(u.size);
    QSqlQuery q = ctx.db->exec(QStringLiteral("SELECT bytes FROM upload_chunks WHERE upload_id = ? ORDER BY idx"), {u.id});
    while (q.next())
        bytes.append(q.value(0).toByteArray());
    auto discard = [&] { ctx.db->exec(QStringLiteral("DELETE FROM upload_chunks WHERE upload_id = ?"), {u.id}); };
    if (ids::sha256Hex(bytes) != u.sha256) {
        discard();
        return Response::failure(std::make_shared<ApiError>(ApiError::rule("checksum_mismatch", {{"expected", ss(u.sha256)},
                                                                                                 {"actual", ss(ids::sha256Hex(bytes))}})));
    }
    const QString sniffed = sniff::mimeOf(bytes.left(64));
    const media::Processed processed = sniff::matches(u.mimeType, sniffed) ? media::process(bytes, u.mimeType)
                                                                            : media::Processed{};
    if (!processed.ok) {
        discard();
        return Response::failure(std::make_shared<ApiError>(ApiError::validation(
            "content", "format", {{"declared", ss(u.mimeType)}, {"detected", sniffed.isEmpty() ? json(nullptr) : json(ss(sniffed))}})));
    }
    const qint64 used = media::usedBytes(ctx, req.userId);
    if (used + bytes.size() > ctx.config.quotaBytes)
        throw ApiError::storageQuota(used, ctx.config.quotaBytes);
    if (auto dup = media::findBySha(ctx, req.userId, u.sha256)) {
        // Two uploads of one file raced: the first completed wins.
        ctx.db->exec(QStringLiteral("UPDATE uploads SET media_id = ? WHERE id = ?"), {dup->id, u.id});
        return resource::single(*dup, 200);
    }
    if (ctx.store->find(u.targetId))
        throw ApiError::conflict({QStringLiteral("Cet identifiant est déjà utilisé."), QStringLiteral("This id is already in use.")},
                                 {{"field", "id"}, {"reason", "id_taken"}});
    media::NewMedia m;
    m.id = u.targetId;
    m.userId = req.userId;
    m.filename = u.filename;
    m.mimeType = u.mimeType;
    m.bytes = bytes;
    const Entity e = media::store(ctx, m, processed);
    // Keep the chunk rows (without bytes) so test mode can report resends.
    ctx.db->exec(QStringLiteral("UPDATE upload_chunks SET bytes = x'' WHERE upload_id = ?"), {u.id});
    ctx.db->exec(QStringLiteral("UPDATE uploads SET media_id = ? WHERE id = ?"), {e.id, u.id});
    qCInfo(lcMedia) << "upload" << u.id << "completed as media" << e.id << bytes.size() << "bytes";
    return resource::single(e, 201);
}

} // namespace

PITCHSIDE_ROUTES(uploads)
{
    router.add("POST", QStringLiteral("/api/media/uploads"), [&ctx](Request &r) { return start(ctx, r); });
    router.add("GET", QStringLiteral("/api/media/uploads/{upload_id}"), [&ctx](Request &r) {
        return Response::ok(describe(ctx, loadUpload(ctx, r)));
    });
    router.add("PUT", QStringLiteral("/api/media/uploads/{upload_id}/chunks/{index}"),
               [&ctx](Request &r) { return putChunk(ctx, r); })
        .maxBody = ctx.config.chunkSize + 1024;
    router.add("POST", QStringLiteral("/api/media/uploads/{upload_id}/complete"),
               [&ctx](Request &r) { return complete(ctx, r); });
}

PITCHSIDE_JOBS(uploads)
{
    ctx.jobs->every(3600 * 1000, "expire-uploads", [&ctx] {
        const QString now = timeutil::nowIso();
        ctx.db->exec(QStringLiteral("DELETE FROM upload_chunks WHERE upload_id IN"
                                    " (SELECT id FROM uploads WHERE media_id IS NULL AND expires_at <= ?)"), {now});
        ctx.db->exec(QStringLiteral("DELETE FROM uploads WHERE media_id IS NULL AND expires_at <= ?"), {now});
    });
}
