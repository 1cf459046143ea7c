// Media records (API.md §5). The bytes arrive through resumable uploads,
// which create the items on the server (sync/uploads); here people rename,
// tag and delete them. Where this computer keeps the bytes is its own affair.
#include "SyncedTypes.h"

#include "../ChangeHub.h"

#include <QCoreApplication>

namespace pitchside::store {

namespace {

SyncedType<Media> declare()
{
    SyncedType<Media> t(EntityType::Media, QStringLiteral("media"), QT_TRANSLATE_NOOP("SyncEntity", "Media item"));
    t.operations = CanUpdate | CanDelete;
    t.titleColumn = QStringLiteral("filename");
    t.add(
         "type", ColumnKind::TextNotNull, Required, QT_TRANSLATE_NOOP("SyncField", "Kind"),
         [](const Media &m) { return QVariant(mediaTypeKey(m.type)); },
         [](Media &m, const QVariant &v) { m.type = v.toString() == u"video" ? Media::Type::Video : Media::Type::Image; })
        .oneOf({QStringLiteral("image"), QStringLiteral("video")});
    t.add("filename", &Media::filename, ColumnKind::TextNotNull, Required | Pushed,
          QT_TRANSLATE_NOOP("SyncField", "File name"));
    t.add("mime_type", &Media::mimeType, ColumnKind::TextNotNull, Required);
    t.add("size_bytes", &Media::sizeBytes, ColumnKind::IntegerNotNull);
    t.add("width", &Media::width, ColumnKind::Integer);
    t.add("height", &Media::height, ColumnKind::Integer);
    t.add("duration_ms", &Media::durationMs, ColumnKind::Integer);
    t.add("tags", &Media::tags, ColumnKind::JsonArray, Pushed, QT_TRANSLATE_NOOP("SyncField", "Tags"));
    t.add("alt_text", &Media::altText, ColumnKind::TextNotNull, Pushed, QT_TRANSLATE_NOOP("SyncField", "Description"));
    t.add("sha256", &Media::sha256, ColumnKind::Text);
    t.add("variants", &Media::variants, ColumnKind::JsonObject);
    t.add("blur_hash", &Media::blurHash, ColumnKind::Text);
    t.add("local_path", &Media::localPath, ColumnKind::Text, LocalOnly);
    t.addTimes();
    return t;
}

} // namespace

const SyncedType<Media> &mediaType()
{
    return declaredOnce<declare>();
}

} // namespace pitchside::store
