// Media items (API.md §5): the entity, its stored bytes (original and
// variants in the `blobs` table) and the storage quota.
#pragma once

#include "core/json.h"
#include "media/image_variants.h"
#include "store/entity_store.h"

#include <QString>
#include <QStringList>

struct AppContext;

namespace media {

constexpr qint64 kImageLimit = 10LL * 1024 * 1024;
constexpr qint64 kVideoLimit = 100LL * 1024 * 1024;

bool isAllowedType(const QString &mimeType);
qint64 sizeLimit(const QString &mimeType);
qint64 usedBytes(AppContext &ctx, const QString &userId);
QString contentUrl(const QString &id, const QString &variant);
std::optional<Entity> findBySha(AppContext &ctx, const QString &userId, const QString &sha256);

struct NewMedia {
    QString id;
    QString userId;
    QString filename;
    QString mimeType;
    QByteArray bytes;
    QStringList tags;
    QString altText;
    QString createdAt;     // empty: now
};
// Stores an already processed item (entity + blobs) and returns it.
Entity store(AppContext &ctx, const NewMedia &m, const Processed &p);

} // namespace media
