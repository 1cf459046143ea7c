#pragma once

#include "models/Campaign.h"

#include <QAbstractListModel>
#include <QVector>

class QTimer;

namespace pitchside::store {
class Store;
}

namespace pitchside::campaigns {

// The campaigns, newest first, as the Campaigns tab lists them. It follows
// the store: while a campaign sends, its counters change several times a
// second, so reloads are coalesced.
class CampaignListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,     // "sending"
        StatusTextRole, // "Envoi en cours"
        ProgressRole,   // 0–100: first messages that left or failed, of all
        SummaryRole,    // "250 destinataires · 120 envoyés · 3 échecs"
        WaitingRole,    // the command waiting to reach the server ("send"), empty when none
    };

    explicit CampaignListModel(store::Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    void reload();
    const Campaign *at(int row) const;
    int rowOf(const QString &id) const;

    // 0–100, as ProgressRole.
    static int progressOf(const Campaign &c);
    static QString summaryOf(const Campaign &c);

Q_SIGNALS:
    void reloaded();

private:
    store::Store &m_store;
    QVector<Campaign> m_rows;
    QHash<QString, QString> m_waiting;
    QTimer *m_reload;
};

} // namespace pitchside::campaigns
