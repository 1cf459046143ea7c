#pragma once

#include "Conversation.h"
#include "store/InboxRepository.h"

#include <QAbstractListModel>
#include <QVector>

namespace pitchside {

namespace store {
class ChangeHub;
} // namespace store

// The inbox's conversation list: newest activity first, filtered by kind or
// unread and by what is typed in the search (a name, a subject, words of a
// message). Refreshes when the store says conversations or messages changed.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,        // sponsor, club, agency, whatsapp, direct
        NameRole,        // the other side
        SubjectRole,
        PreviewRole,     // the last message, on one line ("Vous : …" when it is ours)
        LastAtRole,      // QDateTime, UTC
        UnreadRole,      // int
        UnreadBadgeRole, // "3", "9+"; empty when read
        HasDraftRole,    // bool: something typed and not sent
    };

    ConversationListModel(store::InboxRepository &inbox, store::ChangeHub &hub, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setQuery(const store::ConversationQuery &query);
    const store::ConversationQuery &query() const { return m_query; }
    void reload();
    const Conversation *at(int row) const;
    int rowOf(const QString &id) const;

    // "9+" above nine, as the seed's badge.
    static QString badgeText(int unread);

Q_SIGNALS:
    void reloaded();

private:
    store::InboxRepository &m_inbox;
    store::ConversationQuery m_query;
    QVector<Conversation> m_rows;
    QSet<QString> m_drafts;
};

} // namespace pitchside
