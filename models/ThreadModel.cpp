#include "ThreadModel.h"

#include "store/ChangeHub.h"
#include "store/PushQueue.h"
#include "store/Store.h"

#include <algorithm>

namespace pitchside {

ThreadModel::ThreadModel(store::Store &store, QObject *parent) : QAbstractListModel(parent), m_store(store)
{
    connect(&store.hub(), &store::ChangeHub::changed, this, &ThreadModel::onChanged);
}

ThreadModel::Row ThreadModel::rowFor(const Message &m) const
{
    Row r;
    r.message = m;
    r.day = m.createdAt.toLocalTime().date();
    if (!mine(m)) {
        r.delivery = Delivery::Received;
        return r;
    }
    r.delivery = m.isRead ? Delivery::Read : Delivery::Sent;
    if (m.sync.dirty || m.isPending()) {
        r.delivery = Delivery::Waiting;
        const QVector<store::PushQueue::Item> waiting =
            store::PushQueue(m_store.database().sql()).forEntity(store::EntityType::Message, m.id);
        for (const store::PushQueue::Item &item : waiting) {
            if (item.entry.state == store::Outbox::State::Parked) {
                r.delivery = Delivery::Refused;
                r.error = item.entry.lastError;
                r.seq = item.entry.seq;
            }
        }
    }
    return r;
}

void ThreadModel::open(const QString &conversationId, const QString &participantId, const QDateTime &readUpTo,
                       bool markNew)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_participantId = participantId;
    m_readMark = readUpTo;
    m_markNew = markNew;
    m_rows.clear();
    m_hasEarlier = false;
    if (!conversationId.isEmpty()) {
        const QVector<Message> page = m_store.inbox().thread(conversationId, kPage + 1);
        m_hasEarlier = page.size() > kPage;
        m_rows.reserve(kPage);
        for (qsizetype i = m_hasEarlier ? 1 : 0; i < page.size(); ++i)
            m_rows.push_back(rowFor(page.at(i)));
    }
    reindex();
    findFirstUnread();
    endResetModel();
}

int ThreadModel::loadEarlier()
{
    if (!m_hasEarlier || m_rows.isEmpty())
        return 0;
    const Message &oldest = m_rows.constFirst().message;
    QVector<Message> page = m_store.inbox().olderThan(m_conversationId, oldest.createdAt, oldest.id, kPage + 1);
    m_hasEarlier = page.size() > kPage;
    if (m_hasEarlier)
        page.removeFirst();
    if (page.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(page.size()) - 1);
    QVector<Row> rows;
    rows.reserve(page.size() + m_rows.size());
    for (const Message &m : std::as_const(page))
        rows.push_back(rowFor(m));
    rows += m_rows;
    m_rows = std::move(rows);
    reindex();
    endInsertRows();
    // The day separator of the old first row may have gone.
    const QModelIndex first = index(int(page.size()));
    Q_EMIT dataChanged(first, first, {DayStartsRole, FirstUnreadRole});
    return int(page.size());
}

void ThreadModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).message.id, i);
}

void ThreadModel::onChanged(const QString &type, const QStringList &ids)
{
    if (m_conversationId.isEmpty())
        return;
    if (type == store::EntityType::Outbox) {
        refreshOutboxStates();
        return;
    }
    if (type != store::EntityType::Message)
        return;
    if (ids.isEmpty()) { // many changed (a first sync): read the thread again
        open(m_conversationId, m_participantId, m_readMark, m_markNew);
        return;
    }
    for (const QString &id : ids) {
        const std::optional<Message> m = m_store.inbox().message(id);
        const int row = m_rowById.value(id, -1);
        if (row >= 0) {
            if (!m || m->sync.deleted || m->conversationId != m_conversationId) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                reindex();
                endRemoveRows();
                continue;
            }
            m_rows[row] = rowFor(*m);
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        if (!m || m->sync.deleted || m->conversationId != m_conversationId)
            continue;
        // Where it goes in time order: nearly always at the end.
        auto later = [&](const Row &r) { return r.message.createdAt > m->createdAt; };
        const int at = int(std::find_if(m_rows.cbegin(), m_rows.cend(), later) - m_rows.cbegin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, rowFor(*m));
        if (at == m_rows.size() - 1)
            m_rowById.insert(m->id, at); // the usual case: the rows before keep their numbers
        else
            reindex();
        endInsertRows();
        if (at == m_rows.size() - 1)
            Q_EMIT appended(at, at);
    }
}

void ThreadModel::refreshOutboxStates()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (r.delivery != Delivery::Waiting && r.delivery != Delivery::Refused)
            continue;
        const Row fresh = rowFor(r.message);
        if (fresh.delivery != r.delivery || fresh.error != r.error) {
            r = fresh;
            Q_EMIT dataChanged(index(i), index(i), {DeliveryRole, ErrorRole, OutboxSeqRole});
        }
    }
}

void ThreadModel::findFirstUnread()
{
    m_firstUnreadId.clear();
    if (!m_markNew)
        return;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.delivery == Delivery::Received && !r.message.isRead
            && (!m_readMark.isValid() || r.message.createdAt > m_readMark)) {
            m_firstUnreadId = r.message.id;
            return;
        }
    }
}

int ThreadModel::firstUnreadRow() const
{
    return m_firstUnreadId.isEmpty() ? -1 : rowOf(m_firstUnreadId);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (index.parent().isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Message &m = r.message;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.content;
    case IdRole:
        return m.id;
    case SenderRole:
        return m.senderName;
    case MineRole:
        return r.delivery != Delivery::Received;
    case AtRole:
        return m.createdAt;
    case DayStartsRole: {
        if (index.row() == 0)
            return true;
        return r.day != m_rows.at(index.row() - 1).day;
    }
    case FirstUnreadRole:
        return !m_firstUnreadId.isEmpty() && m.id == m_firstUnreadId;
    case DeliveryRole:
        return int(r.delivery);
    case ErrorRole:
        return r.error;
    case OutboxSeqRole:
        return r.seq;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    return {{IdRole, "messageId"},         {TextRole, "text"},         {SenderRole, "sender"},
            {MineRole, "mine"},            {AtRole, "at"},             {DayStartsRole, "dayStarts"},
            {FirstUnreadRole, "firstUnread"}, {DeliveryRole, "delivery"}, {ErrorRole, "error"},
            {OutboxSeqRole, "outboxSeq"}};
}

} // namespace pitchside
