#include "RecipientTableModel.h"

#include "PhoneNumbers.h"
#include "RecipientStatus.h"
#include "models/Contact.h"
#include "models/store/CampaignRepository.h"
#include "models/store/ChangeHub.h"
#include "models/store/ContactRepository.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimer>

namespace pitchside::campaigns {

RecipientTableModel::RecipientTableModel(store::Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_reload(new QTimer(this))
{
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &RecipientTableModel::reload);
    connect(&store.hub(), &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (!m_campaignId.isEmpty()
            && (type == store::EntityType::CampaignMessage || type == store::EntityType::Contact)
            && !m_reload->isActive())
            m_reload->start();
    });
}

void RecipientTableModel::setCampaign(const QString &campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    reload();
}

void RecipientTableModel::reload()
{
    QVector<Row> rows;
    if (!m_campaignId.isEmpty()) {
        const store::ContactRepository contacts = m_store.contacts();
        const QVector<CampaignMessage> messages = m_store.campaigns().messages(m_campaignId);
        rows.reserve(messages.size());
        QHash<QString, std::pair<QString, QString>> seen; // a contact gets two messages at most
        for (const CampaignMessage &m : messages) {
            auto known = seen.constFind(m.contactId);
            if (known == seen.cend()) {
                const std::optional<Contact> c = contacts.find(m.contactId);
                known = seen.insert(m.contactId,
                                    c ? std::pair{c->displayName(), displayPhoneNumber(c->fullNumber)}
                                      : std::pair{QCoreApplication::translate("Campaigns", "Deleted contact"),
                                                  QString()});
            }
            rows.push_back({m, known->first, known->second});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecipientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecipientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecipientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipient:
        return QCoreApplication::translate("Campaigns", "Recipient");
    case Number:
        return QCoreApplication::translate("Campaigns", "Number");
    case Kind:
        return QCoreApplication::translate("Campaigns", "Message");
    case Status:
        return QCoreApplication::translate("Campaigns", "Status");
    case When:
        return QCoreApplication::translate("Campaigns", "When");
    case Problem:
        return QCoreApplication::translate("Campaigns", "Problem");
    default:
        return {};
    }
}

QVariant RecipientTableModel::data(const QModelIndex &index, int role) const
{
    if (index.parent().isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const CampaignMessage &m = r.message;
    if (role == StatusRole)
        return m.status;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Recipient:
        return r.name;
    case Number:
        return r.number;
    case Kind:
        return m.isFollowUp() ? QCoreApplication::translate("Campaigns", "Follow-up")
                              : QCoreApplication::translate("Campaigns", "First message");
    case Status:
        return recipientStatusText(m);
    case When: {
        const QDateTime at = lastEventAt(m);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    case Problem:
        return role == Qt::ToolTipRole && m.retries > 0
                   ? m.errorMessage + u'\n'
                         + QCoreApplication::translate("Campaigns", "Tried again %n time(s)", nullptr, m.retries)
                   : m.errorMessage;
    default:
        return {};
    }
}

} // namespace pitchside::campaigns
