#pragma once

#include "models/store/ConflictRepository.h"
#include "models/store/StoreError.h"

#include <QVector>

#include <optional>

namespace pitchside::store {
class ChangeHub;
class Database;
} // namespace pitchside::store

namespace pitchside::sync {

class EntityRegistry;

// The two versions of a conflicting entity, field by field, for people.
struct ConflictView
{
    struct Line
    {
        QString key;   // the JSON key ("content")
        QString label; // translated ("Text")
        QString mine;
        QString theirs;
        bool differs = false;
    };

    QString type;
    QString id;
    QString entityName; // "Post"
    QString title;      // the local copy described
    bool remoteDeleted = false;
    bool localDeleted = false;
    bool canKeepBoth = false;
    qint64 detectedAtMs = 0;
    QVector<Line> lines;
};

// Settles conflicts the way the user chose. Works on the UI thread's store
// connection (short transactions), then the next sync sends what is left
// to send. Nothing is dropped without the user's choice.
class ConflictResolver
{
public:
    enum class Choice {
        KeepMine,   // the local copy wins: sent again over the server's version
        TakeTheirs, // the server's copy replaces the local one
        KeepBoth,   // the local copy becomes a new item (a new draft), the original takes the server's copy
    };

    ConflictResolver(store::Database &db, store::ChangeHub *hub, const EntityRegistry &registry);

    QVector<store::ConflictRecord> conflicts() const;
    std::optional<ConflictView> view(const QString &type, const QString &id) const;
    // newId: the copy's id for KeepBoth.
    store::StoreError resolve(const QString &type, const QString &id, Choice choice, QString *newId = nullptr);

    // "Victoire 3-1…", or the type's name: for lists of pending changes.
    QString describe(const QString &type, const QString &id) const;

private:
    store::StoreError keepMine(const QString &type, const QString &id);
    store::StoreError takeTheirs(const QString &type, const QString &id);
    store::StoreError keepBoth(const QString &type, const QString &id, QString *newId);

    store::Database &m_db;
    store::ChangeHub *m_hub;
    const EntityRegistry &m_registry;
};

} // namespace pitchside::sync
