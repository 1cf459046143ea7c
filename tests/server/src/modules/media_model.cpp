#include "media_model.h"

#include "core/app_context.h"
#include "core/ids.h"
#include "core/textutil.h"
#include "modules/resource_util.h"
#include "store/database.h"

namespace media {

namespace {

const bool mediaIndexer = [] {
    EntityStore::setIndexer(QStringLiteral("media"), [](Entity &e) {
        const json &b = e.body;
        e.status = qs(b.value("type", std::string()));
        e.sha256 = qs(b.value("sha256", std::string()));
        e.sizeBytes = b.value("size_bytes", qint64(0));
        QString text = qs(b.value("filename", std::string()));
        if (b["alt_text"].is_string())
            text += QLatin1Char(' ') + qs(b["alt_text"].get<std::string>());
        for (const auto &t : b["tags"])
            text += QLatin1Char(' ') + qs(t.get<std::string>());
        e.search = textutil::fold(text);
    });
    return true;
}();

void putBlob(AppContext &ctx, const QString &id, const QString &variant, const QString &mime, const QByteArray &bytes)
{
    ctx.db->exec(QStringLiteral("INSERT OR REPLACE INTO blobs(media_id, variant, mime_type, sha256, bytes) VALUES(?, ?, ?, ?, ?)"),
                 {id, variant, mime, ids::sha256Hex(bytes), bytes});
}

} // namespace

bool isAllowedType(const QString &mimeType)
{
    static const QStringList allowed = {QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                        QStringLiteral("image/webp"), QStringLiteral("video/mp4"),
                                        QStringLiteral("video/quicktime")};
    return allowed.contains(mimeType);
}

qint64 sizeLimit(const QString &mimeType)
{
    return mimeType.startsWith(QLatin1String("video/")) ? kVideoLimit : kImageLimit;
}

qint64 usedBytes(AppContext &ctx, const QString &userId)
{
    return ctx.db->scalar(QStringLiteral("SELECT COALESCE(SUM(size_bytes), 0) FROM entities WHERE user_id = ? AND type = 'media'"),
                          {userId})
        .toLongLong();
}

QString contentUrl(const QString &id, const QString &variant)
{
    return QStringLiteral("/api/media/%1/content?variant=%2").arg(id, variant);
}

std::optional<Entity> findBySha(AppContext &ctx, const QString &userId, const QString &sha256)
{
    const QList<Entity> found = ctx.store->load(QStringLiteral("user_id = ? AND sha256 = ? AND type = 'media'"),
                                                {userId, sha256}, QStringLiteral("LIMIT 1"));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Entity store(AppContext &ctx, const NewMedia &m, const Processed &p)
{
    auto describe = [&](const QString &name, int w, int h, qint64 size) {
        return json{{"url", ss(contentUrl(m.id, name))},
                    {"width", w > 0 ? json(w) : json(nullptr)},
                    {"height", h > 0 ? json(h) : json(nullptr)},
                    {"size_bytes", size}};
    };
    json variants = {{"original", describe(QStringLiteral("original"), p.width, p.height, m.bytes.size())}};
    putBlob(ctx, m.id, QStringLiteral("original"), m.mimeType, m.bytes);
    if (p.type == QLatin1String("image")) {
        for (const char *name : {"large", "medium", "thumbnail"}) {
            const QString n = QLatin1String(name);
            auto it = std::find_if(p.variants.begin(), p.variants.end(), [&](const Variant &v) { return v.name == n; });
            if (it != p.variants.end()) {
                putBlob(ctx, m.id, n, it->mimeType, it->bytes);
                variants[name] = describe(n, it->width, it->height, it->bytes.size());
            } else {
                // Narrower than the box: the original bytes serve this size.
                variants[name] = describe(n, p.width, p.height, m.bytes.size());
            }
        }
        variants["blur_hash"] = ss(p.blurHash);
    } else {
        variants["blur_hash"] = nullptr;
    }
    Entity e;
    e.id = m.id;
    e.type = QStringLiteral("media");
    e.userId = m.userId;
    e.createdAt = m.createdAt;
    e.body = {{"id", ss(m.id)},
              {"type", ss(p.type)},
              {"filename", ss(m.filename)},
              {"mime_type", ss(m.mimeType)},
              {"size_bytes", m.bytes.size()},
              {"width", p.width > 0 ? json(p.width) : json(nullptr)},
              {"height", p.height > 0 ? json(p.height) : json(nullptr)},
              {"duration", p.type == QLatin1String("video") && p.duration > 0 ? json(p.duration) : json(nullptr)},
              {"tags", resource::stringArray(m.tags)},
              {"alt_text", m.altText.isEmpty() ? json(nullptr) : json(ss(m.altText))},
              {"sha256", ss(ids::sha256Hex(m.bytes))},
              {"url", ss(contentUrl(m.id, QStringLiteral("original")))},
              {"variants", variants}};
    ctx.store->insert(e);
    return e;
}

} // namespace media
