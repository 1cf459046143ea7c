#include "ConflictResolver.h"

#include "Logging.h"
#include "api/JsonRead.h"
#include "entities/EntityRegistry.h"
#include "entities/FieldCodec.h"
#include "models/store/ChangeHub.h"
#include "models/store/Database.h"
#include "models/store/Outbox.h"
#include "models/store/PushQueue.h"
#include "models/store/SqlValues.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>

namespace pitchside::sync {

using store::StoreError;
using json = nlohmann::json;

namespace {

// A stored value in the words people see elsewhere ("draft" -> "Brouillon"),
// when the declaration says how.
QString peopleValue(const FieldSpec &f, const QVariant &value)
{
    const QString shown = codec::display(f.codec, value);
    return f.spoken && !value.isNull() ? f.spoken(value.toString()) : shown;
}

std::optional<store::EntityRow> serverRow(const EntitySpec &spec, const store::ConflictRecord &c)
{
    if (c.remoteDeleted)
        return std::nullopt;
    const json j = json::parse(c.serverCopy.constBegin(), c.serverCopy.constEnd(), nullptr, false);
    try {
        return spec.rowFromJson(j);
    } catch (const api::DtoError &e) {
        qCWarning(lcSync) << "unreadable server copy of" << c.entityType << c.entityId << e.what();
        return std::nullopt;
    }
}

} // namespace

ConflictResolver::ConflictResolver(store::Database &db, store::ChangeHub *hub, const EntityRegistry &registry)
    : m_db(db), m_hub(hub), m_registry(registry)
{
}

QVector<store::ConflictRecord> ConflictResolver::conflicts() const
{
    return store::ConflictRepository(m_db.sql()).all();
}

QString ConflictResolver::describe(const QString &type, const QString &id) const
{
    const EntitySpec *spec = m_registry.find(type);
    if (!spec)
        return type;
    const auto row = store::EntityRows(m_db.sql(), spec->table()).find(id);
    return row ? spec->describe(*row) : spec->name();
}

std::optional<ConflictView> ConflictResolver::view(const QString &type, const QString &id) const
{
    const EntitySpec *spec = m_registry.find(type);
    const auto record = store::ConflictRepository(m_db.sql()).find(type, id);
    if (!spec || !record)
        return std::nullopt;
    const auto local = store::EntityRows(m_db.sql(), spec->table()).find(id);
    const auto remote = serverRow(*spec, *record);

    ConflictView v;
    v.type = type;
    v.id = id;
    v.entityName = spec->name();
    v.title = local ? spec->describe(*local) : spec->name();
    v.remoteDeleted = record->remoteDeleted;
    v.localDeleted = !local || local->deleted;
    v.canKeepBoth = spec->canCreate && local && !local->deleted && !record->remoteDeleted;
    v.detectedAtMs = record->detectedAtMs;
    const QString gone = QCoreApplication::translate("ConflictResolver", "(deleted)");
    for (int i = 0; i < int(spec->fields.size()); ++i) {
        const FieldSpec &f = spec->fields.at(std::size_t(i));
        if (!f.label)
            continue;
        ConflictView::Line line;
        line.key = QString::fromStdString(f.key());
        line.label = spec->fieldLabel(line.key);
        const QVariant mine = local ? local->values.value(i) : QVariant();
        const QVariant theirs = remote ? remote->values.value(i) : QVariant();
        line.mine = v.localDeleted ? gone : peopleValue(f, mine);
        line.theirs = !remote ? gone : peopleValue(f, theirs);
        if (!f.references.isEmpty()) {
            // An id means nothing to people: show what it names.
            if (!v.localDeleted && !mine.isNull())
                line.mine = describe(f.references, mine.toString());
            if (remote && !theirs.isNull())
                line.theirs = describe(f.references, theirs.toString());
        }
        line.differs = v.localDeleted != !remote || (local && remote && !codec::same(f.codec, mine, theirs));
        // Rows empty on both sides only add noise.
        if (line.differs || !line.mine.isEmpty() || !line.theirs.isEmpty())
            v.lines << line;
    }
    for (int i = 0; i < int(spec->children.size()); ++i) {
        const ChildSpec &c = spec->children.at(std::size_t(i));
        ConflictView::Line line;
        line.key = QString::fromStdString(c.key);
        line.label = spec->fieldLabel(line.key);
        const QStringList mine = local ? local->children.value(i) : QStringList();
        const QStringList theirs = remote ? remote->children.value(i) : QStringList();
        line.mine = v.localDeleted ? gone : QCoreApplication::translate("ConflictResolver", "%n item(s)", nullptr, int(mine.size()));
        line.theirs = !remote ? gone : QCoreApplication::translate("ConflictResolver", "%n item(s)", nullptr, int(theirs.size()));
        if (local && remote && mine != theirs && mine.size() == theirs.size())
            line.theirs = QCoreApplication::translate("ConflictResolver", "%n item(s), in another order or different", nullptr, int(theirs.size()));
        line.differs = v.localDeleted != !remote || mine != theirs;
        // None on either side, and the same: nothing to decide, no row.
        if (line.differs || !mine.isEmpty() || !theirs.isEmpty())
            v.lines << line;
    }
    return v;
}

StoreError ConflictResolver::resolve(const QString &type, const QString &id, Choice choice, QString *newId)
{
    StoreError e;
    switch (choice) {
    case Choice::KeepMine:
        e = keepMine(type, id);
        break;
    case Choice::TakeTheirs:
        e = takeTheirs(type, id);
        break;
    case Choice::KeepBoth:
        e = keepBoth(type, id, newId);
        break;
    }
    if (!e && m_hub) {
        m_hub->notify(type, newId && !newId->isEmpty() ? QStringList{id, *newId} : QStringList{id});
        m_hub->notify(store::EntityType::Outbox);
    }
    return e;
}

StoreError ConflictResolver::keepMine(const QString &type, const QString &id)
{
    const EntitySpec *spec = m_registry.find(type);
    if (!spec)
        return {StoreError::Kind::NotFound};
    store::Transaction tx(m_db.sql());
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    store::ConflictRepository conflicts(m_db.sql());
    store::EntityRows rows(m_db.sql(), spec->table());
    store::PushQueue queue(m_db.sql());
    const auto record = conflicts.find(type, id);
    const auto row = rows.find(id);
    if (!record)
        return {StoreError::Kind::NotFound};
    StoreError e;
    if (!row || (row->deleted && record->remoteDeleted)) {
        // Gone on both sides: nothing left to keep or to send.
        if (row)
            e = rows.erase(id);
        if (!e)
            e = queue.dropEntity(type, id);
    } else if (record->remoteDeleted) {
        // Put it back on the server, with the same id.
        e = rows.setVersion(id, 0);
        if (!e)
            e = rows.setFlags(id, true, false);
        if (!e)
            e = queue.reopenAsCreate(type, id);
    } else {
        // Rebase on the server's version and send the whole local copy, so
        // that the server ends up with exactly what the user kept.
        e = rows.setVersion(id, record->serverVersion);
        if (!e)
            e = rows.setFlags(id, true, false);
        if (!e)
            e = row->deleted ? queue.reopenAsDelete(type, id) : queue.reopenAsUpdate(type, id, spec->pushableKeys());
    }
    if (!e)
        e = conflicts.forget(type, id);
    if (e)
        return e;
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}

StoreError ConflictResolver::takeTheirs(const QString &type, const QString &id)
{
    const EntitySpec *spec = m_registry.find(type);
    if (!spec)
        return {StoreError::Kind::NotFound};
    store::Transaction tx(m_db.sql());
    if (!tx.isActive())
        return StoreError::queryFailed(tx.lastError());
    store::ConflictRepository conflicts(m_db.sql());
    store::EntityRows rows(m_db.sql(), spec->table());
    const auto record = conflicts.find(type, id);
    if (!record)
        return {StoreError::Kind::NotFound};
    StoreError e;
    if (record->remoteDeleted) {
        e = rows.erase(id);
    } else {
        auto remote = serverRow(*spec, *record);
        if (!remote)
            return {StoreError::Kind::Refused, QCoreApplication::translate("ConflictResolver", "The server's copy cannot be read.")};
        remote->dirty = remote->deleted = remote->conflict = false;
        e = rows.write(*remote);
    }
    if (!e)
        e = store::PushQueue(m_db.sql()).dropEntity(type, id);
    if (!e)
        e = conflicts.forget(type, id);
    if (e)
        return e;
    return tx.commit() ? StoreError{} : StoreError::queryFailed(tx.lastError());
}

StoreError ConflictResolver::keepBoth(const QString &type, const QString &id, QString *newId)
{
    const EntitySpec *spec = m_registry.find(type);
    if (!spec || !spec->canCreate)
        return {StoreError::Kind::Refused, QCoreApplication::translate("ConflictResolver", "This kind of item cannot be copied.")};
    const auto local = store::EntityRows(m_db.sql(), spec->table()).find(id);
    if (!local || local->deleted)
        return {StoreError::Kind::NotFound};
    store::EntityRow copy = *local;
    copy.id = store::newUuid();
    copy.version = 0;
    copy.dirty = true;
    copy.deleted = copy.conflict = false;
    const store::EntityTable &table = spec->table();
    for (const auto &o : spec->copyOverrides()) {
        const int i = table.columnIndex(o.first);
        if (i >= 0)
            copy.values[i] = o.second;
    }
    const qint64 now = store::nowMs();
    for (const char *column : {"created_at", "updated_at"}) {
        const int i = table.columnIndex(QString::fromLatin1(column));
        if (i >= 0)
            copy.values[i] = now;
    }
    {
        store::Transaction tx(m_db.sql());
        if (!tx.isActive())
            return StoreError::queryFailed(tx.lastError());
        store::EntityRows rows(m_db.sql(), table);
        if (StoreError e = rows.write(copy))
            return e;
        if (StoreError e = store::Outbox(m_db.sql()).recordCreate(type, copy.id))
            return e;
        if (!tx.commit())
            return StoreError::queryFailed(tx.lastError());
    }
    if (newId)
        *newId = copy.id;
    return takeTheirs(type, id);
}

} // namespace pitchside::sync
