#include "ConversationListModel.h"

#include "store/ChangeHub.h"

namespace pitchside {

ConversationListModel::ConversationListModel(store::InboxRepository &inbox, store::ChangeHub &hub, QObject *parent)
    : QAbstractListModel(parent), m_inbox(inbox)
{
    connect(&hub, &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::Conversation || type == store::EntityType::ConversationDraft
            || (type == store::EntityType::Message && !m_query.search.trimmed().isEmpty()))
            reload();
    });
    reload();
}

void ConversationListModel::setQuery(const store::ConversationQuery &query)
{
    m_query = query;
    reload();
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows = m_inbox.conversations(m_query);
    m_drafts.clear();
    for (const Conversation &c : std::as_const(m_rows)) {
        if (!m_inbox.draft(c.id).isEmpty())
            m_drafts.insert(c.id);
    }
    endResetModel();
    Q_EMIT reloaded();
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Conversation *ConversationListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConversationListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString ConversationListModel::badgeText(int unread)
{
    if (unread <= 0)
        return {};
    return unread > 9 ? QStringLiteral("9+") : QString::number(unread);
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    const Conversation *c = at(index.row());
    if (!c || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return c->participantName;
    case Qt::ToolTipRole:
        return c->subject.isEmpty() ? c->participantName : c->participantName + QStringLiteral(" — ") + c->subject;
    case IdRole:
        return c->id;
    case KindRole:
        return c->kind;
    case SubjectRole:
        return c->subject;
    case PreviewRole: {
        const QString text = c->lastMessageText.simplified();
        return c->lastMessageIsMine() ? tr("You: %1").arg(text) : text;
    }
    case LastAtRole:
        return c->lastMessageAt.isValid() ? c->lastMessageAt : c->createdAt;
    case UnreadRole:
        return c->unreadShown();
    case UnreadBadgeRole:
        return badgeText(c->unreadShown());
    case HasDraftRole:
        return m_drafts.contains(c->id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"}, {KindRole, "kind"},       {NameRole, "name"},
            {SubjectRole, "subject"},   {PreviewRole, "preview"}, {LastAtRole, "lastAt"},
            {UnreadRole, "unread"},     {UnreadBadgeRole, "unreadBadge"}, {HasDraftRole, "hasDraft"}};
}

} // namespace pitchside
