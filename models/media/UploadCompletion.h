#pragma once

#include "models/store/StoreError.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace pitchside::media {

// What the server's answer to an upload does to the local store, in one
// transaction each. Used by the upload queue on its own connection.
class UploadCompletion
{
public:
    explicit UploadCompletion(QSqlDatabase &db) : m_db(db) {}

    // The server made our item (same id): the row takes the server's version
    // and variants, the outbox create is done, and edits made meanwhile
    // (tags, alt text, a new name: the upload carried none of them) become
    // one update, whose fields are returned. An item deleted here while its
    // bytes travelled gets an outbox delete: the server must forget it too.
    store::StoreError complete(const QString &mediaId, const QJsonObject &serverItem, QStringList *pendingFields);

    // The server already had these bytes as another item (uploaded from
    // another computer, API.md §5 dedupe): the local item becomes that one.
    // Posts that use it are pointed at the server's id, the local copy is
    // kept for the server's item, and tags or alt text given here are added
    // to it as a local edit. Nothing is deleted on the server.
    store::StoreError mergeInto(const QString &localId, const QJsonObject &serverItem, QStringList *pendingFields);

private:
    store::StoreError insertServerRow(const QJsonObject &item, const QString &localPath, qint64 createdAtMs);

    QSqlDatabase &m_db;
};

} // namespace pitchside::media
