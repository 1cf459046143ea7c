#pragma once

#include "store/PushQueue.h"
#include "store/UnreadableItems.h"

#include <QAbstractListModel>

#include <functional>

namespace pitchside::store {
class ChangeHub;
class Store;
}

namespace pitchside {

// The changes waiting to reach the server, oldest first, with what happened
// to each (for the pending-changes list), then the server's items that
// could not be read (state "unreadable", op "receive": kept with their
// reason and asked for again at each sync). Refreshes on the hub's
// "outbox" notifications.
class OutboxListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64
        EntityTypeRole,             // QString, the feed type ("post")
        EntityIdRole,               // QString
        OpRole,                     // QString: create, update, delete, receive (unreadable)
        StateRole,                  // QString: pending, inflight, parked, conflict, unreadable
        AttemptsRole,               // int
        NextAttemptRole,            // QDateTime (local), invalid when due now
        LastErrorRole,              // QString, the reason in words
        ErrorCodeRole,              // QString, machine-readable ("BUSINESS_RULE/caption_too_long")
    };
    Q_ENUM(Role)

    // describe(type, id) gives the display text of an entity (e.g. the
    // first words of a post); the caller knows the entity types.
    using Describer = std::function<QString(const QString &type, const QString &id)>;

    OutboxListModel(QSqlDatabase &db, store::ChangeHub *hub, Describer describe, QObject *parent = nullptr);
    // Over a store's connection, refreshed by its hub (the UI's way in).
    OutboxListModel(store::Store &store, Describer describe, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();

private:
    QVariant unreadableData(const store::UnreadableItems::Item &item, int role) const;
    QSqlDatabase &m_db;
    Describer m_describe;
    QVector<store::PushQueue::Item> m_items;
    QVector<store::UnreadableItems::Item> m_unreadable;
    QStringList m_titles;
};

} // namespace pitchside
