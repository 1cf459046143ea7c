#include "OutboxListModel.h"

#include "Clock.h"
#include "store/ChangeHub.h"
#include "store/Store.h"

#include <QDateTime>

namespace pitchside {

OutboxListModel::OutboxListModel(QSqlDatabase &db, store::ChangeHub *hub, Describer describe, QObject *parent)
    : QAbstractListModel(parent), m_db(db), m_describe(std::move(describe))
{
    if (hub) {
        connect(hub, &store::ChangeHub::changed, this, [this](const QString &type) {
            if (type == store::EntityType::Outbox)
                reload();
        });
    }
    reload();
}

OutboxListModel::OutboxListModel(store::Store &store, Describer describe, QObject *parent)
    : OutboxListModel(store.database().sql(), &store.hub(), std::move(describe), parent)
{
}

void OutboxListModel::reload()
{
    beginResetModel();
    m_items = store::PushQueue(m_db).all();
    m_titles.clear();
    for (const auto &it : std::as_const(m_items))
        m_titles << (m_describe ? m_describe(it.entry.entityType, it.entry.entityId) : it.entry.entityId);
    endResetModel();
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const store::PushQueue::Item &it = m_items.at(index.row());
    const store::Outbox::Entry &e = it.entry;
    switch (role) {
    case Qt::DisplayRole:
        return m_titles.at(index.row());
    case SeqRole:
        return e.seq;
    case EntityTypeRole:
        return e.entityType;
    case EntityIdRole:
        return e.entityId;
    case OpRole:
        return store::Outbox::opKey(e.op);
    case StateRole:
        return store::Outbox::stateKey(e.state);
    case AttemptsRole:
        return e.attempts;
    case NextAttemptRole:
        return e.nextAttemptAtMs > Clock::nowMs()
                   ? QDateTime::fromMSecsSinceEpoch(e.nextAttemptAtMs)
                   : QDateTime();
    case LastErrorRole:
        return e.lastError;
    case ErrorCodeRole:
        return it.errorCode;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SeqRole, "seq");
    names.insert(EntityTypeRole, "entityType");
    names.insert(EntityIdRole, "entityId");
    names.insert(OpRole, "op");
    names.insert(StateRole, "state");
    names.insert(AttemptsRole, "attempts");
    names.insert(NextAttemptRole, "nextAttempt");
    names.insert(LastErrorRole, "lastError");
    names.insert(ErrorCodeRole, "errorCode");
    return names;
}

} // namespace pitchside
