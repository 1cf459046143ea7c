#pragma once

#include "Message.h"

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QVector>

namespace pitchside {

namespace store {
class ChangeHub;
class InboxRepository;
class Store;
} // namespace store

// One conversation's messages, oldest first, for the thread view: the last
// page at first, earlier ones on demand (loadEarlier), new ones inserted as
// the store announces them (never a reload of the whole thread). Each row
// says whether it starts a day, whether it is the first one not read when
// the thread was opened, and how far it has gone: waiting, sent, read, or
// refused (with the server's reason).
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int kPage = 200;

    enum class Delivery { Waiting, Sent, Read, Refused, Received };
    Q_ENUM(Delivery)

    enum Role {
        IdRole = Qt::UserRole + 1,
        TextRole,
        SenderRole,     // the sender's name
        MineRole,       // bool
        AtRole,         // QDateTime, UTC
        DayStartsRole,  // bool: the first message of its (local) day
        FirstUnreadRole,// bool: the "new messages" marker goes above it
        DeliveryRole,   // int(Delivery)
        ErrorRole,      // why the server refused it
        OutboxSeqRole,  // qint64: the refused change, for "try again"
    };

    ThreadModel(store::Store &store, QObject *parent = nullptr);

    // Shows a conversation (empty: none). `participantId` tells ours from
    // theirs. With `markNew`, the "new messages" marker goes above the first
    // of theirs not read (nor read here up to `readUpTo`).
    void open(const QString &conversationId, const QString &participantId, const QDateTime &readUpTo = {},
              bool markNew = false);
    const QString &conversationId() const { return m_conversationId; }
    bool canLoadEarlier() const { return m_hasEarlier; }
    // Prepends the previous page; returns how many rows came.
    int loadEarlier();
    int rowOf(const QString &messageId) const { return m_rowById.value(messageId, -1); }
    int firstUnreadRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // Rows came at the end (a message sent or received).
    void appended(int first, int last);

private:
    struct Row
    {
        Message message;
        QDate day; // of createdAt here: computed once, a list asks for it at every layout
        Delivery delivery = Delivery::Sent;
        QString error;
        qint64 seq = 0;
    };
    Row rowFor(const Message &m) const;
    void onChanged(const QString &type, const QStringList &ids);
    void refreshOutboxStates();
    void reindex();
    void findFirstUnread();
    bool mine(const Message &m) const { return m.senderId.isEmpty() || m.senderId != m_participantId; }

    store::Store &m_store;
    QString m_conversationId;
    QString m_participantId;
    QDateTime m_readMark; // read up to then before opening
    bool m_markNew = false;
    QString m_firstUnreadId; // the marker's message, found once at opening
    QVector<Row> m_rows;
    QHash<QString, int> m_rowById;
    bool m_hasEarlier = false;
};

} // namespace pitchside
