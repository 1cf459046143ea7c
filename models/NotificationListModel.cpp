#include "NotificationListModel.h"

#include "store/ChangeHub.h"
#include "store/NotificationRepository.h"

namespace pitchside {

NotificationListModel::NotificationListModel(store::NotificationRepository &notifications, store::ChangeHub &hub,
                                             QObject *parent)
    : QAbstractListModel(parent), m_notifications(notifications)
{
    connect(&hub, &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::Notification)
            reload();
    });
    reload();
}

void NotificationListModel::reload()
{
    beginResetModel();
    m_rows = m_notifications.recent(kShown);
    endResetModel();
    const int unread = m_notifications.unreadCount();
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged(unread);
    }
}

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Notification *NotificationListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString NotificationListModel::iconFor(const QString &type)
{
    if (type == QLatin1String("message"))
        return QStringLiteral("message-square");
    if (type == QLatin1String("publication_succeeded"))
        return QStringLiteral("circle-check");
    if (type == QLatin1String("publication_failed") || type == QLatin1String("account_reconnect"))
        return QStringLiteral("triangle-alert");
    if (type == QLatin1String("sponsor_offer"))
        return QStringLiteral("star");
    if (type == QLatin1String("document_ready"))
        return QStringLiteral("file-text");
    if (type == QLatin1String("campaign_finished"))
        return QStringLiteral("megaphone");
    return QStringLiteral("bell");
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    const Notification *n = at(index.row());
    if (!n || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n->title;
    case Qt::ToolTipRole:
    case MessageRole:
        return n->message;
    case IdRole:
        return n->id;
    case TypeRole:
        return n->type;
    case AtRole:
        return n->createdAt;
    case ReadRole:
        return n->isRead;
    case DayStartsRole:
        return index.row() == 0
               || m_rows.at(index.row() - 1).createdAt.toLocalTime().date() != n->createdAt.toLocalTime().date();
    case IconRole:
        return iconFor(n->type);
    case SubjectTypeRole:
        return n->subjectType;
    case SubjectIdRole:
        return n->subjectId;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationListModel::roleNames() const
{
    return {{IdRole, "notificationId"}, {TypeRole, "type"},  {TitleRole, "title"},
            {MessageRole, "message"},   {AtRole, "at"},      {ReadRole, "read"},
            {DayStartsRole, "dayStarts"}, {IconRole, "icon"}, {SubjectTypeRole, "subjectType"},
            {SubjectIdRole, "subjectId"}};
}

} // namespace pitchside
