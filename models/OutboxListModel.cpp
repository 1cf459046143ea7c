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
    m_unreadable = store::UnreadableItems(m_db).all();
    endResetModel();
}

int OutboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size() + m_unreadable.size());
}

QVariant OutboxListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() >= m_items.size())
        return unreadableData(m_unreadable.at(index.row() - m_items.size()), role);
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

QVariant OutboxListModel::unreadableData(const store::UnreadableItems::Item &u, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString known = m_describe && !u.entityId.isEmpty() ? m_describe(u.entityType, u.entityId) : QString();
        return known.isEmpty() || known == u.entityId ? tr("An item from the server (%1)").arg(u.entityId) : known;
    }
    case SeqRole:
        return qint64(0);
    case EntityTypeRole:
        return u.entityType;
    case EntityIdRole:
        return u.entityId;
    case OpRole:
        return QStringLiteral("receive");
    case StateRole:
        return QStringLiteral("unreadable");
    case AttemptsRole:
        return u.attempts;
    case NextAttemptRole:
        return QDateTime();
    case LastErrorRole:
        return tr("Could not be read (%1). Pitchside asks the server for it again at each sync; a fixed server "
                  "or a newer Pitchside will bring it.")
            .arg(u.reason);
    case ErrorCodeRole:
        return QStringLiteral("UNREADABLE");
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
