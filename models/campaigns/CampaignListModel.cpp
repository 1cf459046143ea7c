#include "CampaignListModel.h"

#include "models/store/CampaignRepository.h"
#include "models/store/ChangeHub.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QTimer>

namespace pitchside::campaigns {

CampaignListModel::CampaignListModel(store::Store &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_reload(new QTimer(this))
{
    m_reload->setSingleShot(true);
    m_reload->setInterval(100);
    connect(m_reload, &QTimer::timeout, this, &CampaignListModel::reload);
    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::Campaign && !m_reload->isActive())
            m_reload->start();
    });
    reload();
}

void CampaignListModel::reload()
{
    const store::CampaignRepository campaigns = m_store.campaigns();
    QVector<Campaign> rows = campaigns.all();
    QHash<QString, QString> waiting;
    for (const Campaign &c : std::as_const(rows)) {
        const QString command = campaigns.waitingCommand(c.id);
        if (!command.isEmpty())
            waiting.insert(c.id, command);
    }
    // Same campaigns in the same order (the usual case while one sends):
    // tell the views which rows changed, so selection and scroll stay.
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (sameIds) {
        m_rows = std::move(rows);
        m_waiting = std::move(waiting);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_waiting = std::move(waiting);
        endResetModel();
    }
    Q_EMIT reloaded();
}

int CampaignListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const Campaign *CampaignListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int CampaignListModel::progressOf(const Campaign &c)
{
    if (c.totalRecipients <= 0)
        return 0;
    const int done = qBound(0, c.sentCount + c.failedCount, c.totalRecipients);
    return int(qint64(done) * 100 / c.totalRecipients);
}

QString CampaignListModel::summaryOf(const Campaign &c)
{
    if (c.totalRecipients <= 0)
        return QCoreApplication::translate("Campaigns", "Not sent yet");
    QString text = QCoreApplication::translate("Campaigns", "%n recipient(s)", nullptr, c.totalRecipients);
    text += QStringLiteral(" · ") + QCoreApplication::translate("Campaigns", "%n sent", nullptr, c.sentCount);
    if (c.failedCount > 0)
        text += QStringLiteral(" · ") + QCoreApplication::translate("Campaigns", "%n failed", nullptr, c.failedCount);
    if (c.repliedCount > 0)
        text += QStringLiteral(" · ")
                + QCoreApplication::translate("Campaigns", "%n replied", nullptr, c.repliedCount);
    return text;
}

QVariant CampaignListModel::data(const QModelIndex &index, int role) const
{
    const Campaign *c = at(index.row());
    if (!c || index.parent().isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return c->name;
    case Qt::ToolTipRole:
        return c->name + u'\n' + summaryOf(*c);
    case IdRole:
        return c->id;
    case StatusRole:
        return c->status;
    case StatusTextRole:
        return campaignStatusText(c->status);
    case ProgressRole:
        return progressOf(*c);
    case SummaryRole:
        return summaryOf(*c);
    case WaitingRole:
        return m_waiting.value(c->id);
    default:
        return {};
    }
}

} // namespace pitchside::campaigns
