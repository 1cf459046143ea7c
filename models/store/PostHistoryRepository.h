#pragma once

#include "../Clock.h"
#include "../Platform.h"
#include "StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pitchside {
struct Post;
}

namespace pitchside::store {

// One autosaved state of a post's text (local only, never synced).
struct PostVersion
{
    qint64 id = 0;
    QString postId;
    QDateTime savedAt; // UTC, the last autosave folded into this version
    qint64 startedAtMs = 0; // the first one
    QString content;
    QStringList hashtags;
    QString firstComment;
    Platforms platforms;
    QStringList mediaIds;
};

// The editor's version history: what a post looked like at its recent
// autosaves, so a person can go back. Saves within `kCoalesceMs` of a version's
// first save fold into it (autosave runs every second while typing; a version
// per second would make the list useless), and only the newest `kKept`
// versions of a post are kept.
class PostHistoryRepository
{
public:
    static constexpr int kKept = 20;
    static constexpr qint64 kCoalesceMs = 60 * 1000;

    explicit PostHistoryRepository(QSqlDatabase &db) : m_db(db) {}

    // Records the post's current text; nothing when it equals the newest version.
    StoreError record(const Post &post, const QDateTime &now = Clock::nowUtc());
    // Newest first.
    QVector<PostVersion> versions(const QString &postId) const;
    std::optional<PostVersion> find(qint64 versionId) const;
    int count(const QString &postId) const;

private:
    QSqlDatabase &m_db;
};

} // namespace pitchside::store
