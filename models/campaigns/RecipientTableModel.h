#pragma once

#include "models/Campaign.h"

#include <QAbstractTableModel>
#include <QVector>

class QTimer;

namespace pitchside::store {
class Store;
}

namespace pitchside::campaigns {

// One campaign's messages, one row each (first messages and follow-ups):
// who, which number, what became of it and when, and why it failed.
// Follows the store while the campaign sends (coalesced reloads).
class RecipientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Recipient, Number, Kind, Status, When, Problem, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 }; // "sent", "failed"…

    explicit RecipientTableModel(store::Store &store, QObject *parent = nullptr);

    void setCampaign(const QString &campaignId);
    QString campaign() const { return m_campaignId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        CampaignMessage message;
        QString name;
        QString number;
    };
    store::Store &m_store;
    QString m_campaignId;
    QVector<Row> m_rows;
    QTimer *m_reload;
};

} // namespace pitchside::campaigns
