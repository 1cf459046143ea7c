#include "SocialAccountListModel.h"

#include "Clock.h"
#include "Platform.h"
#include "SocialAccountHealth.h"
#include "store/ChangeHub.h"
#include "store/SocialAccountRepository.h"

namespace pitchside {

SocialAccountListModel::SocialAccountListModel(store::SocialAccountRepository &accounts, store::ChangeHub &hub,
                                               QObject *parent)
    : QAbstractListModel(parent), m_accounts(accounts)
{
    connect(&hub, &store::ChangeHub::changed, this, [this](const QString &type, const QStringList &) {
        if (type == store::EntityType::SocialAccount)
            reload();
    });
    reload();
}

void SocialAccountListModel::reload()
{
    beginResetModel();
    m_rows = m_accounts.all();
    endResetModel();
}

int SocialAccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const SocialAccount *SocialAccountListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const SocialAccount *SocialAccountListModel::forPlatform(const QString &platform) const
{
    for (const SocialAccount &a : m_rows) {
        if (a.platform == platform)
            return &a;
    }
    return nullptr;
}

QVariant SocialAccountListModel::data(const QModelIndex &index, int role) const
{
    const SocialAccount *a = index.isValid() ? at(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return a->profileName.isEmpty() ? platformName(a->platform) : a->profileName;
    case IdRole:
        return a->id;
    case PlatformRole:
        return a->platform;
    case NetworkNameRole:
        return platformName(a->platform);
    case HealthRole:
        return int(SocialAccountHealth::of(*a, Clock::nowUtc()).state);
    case HealthTextRole:
        return SocialAccountHealth::of(*a, Clock::nowUtc()).text();
    case ScopesRole:
        return a->scopes;
    case LastUsedRole:
        return a->lastUsedAt;
    case ExpiresAtRole:
        return a->expiresAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> SocialAccountListModel::roleNames() const
{
    return {{Qt::DisplayRole, "name"},        {IdRole, "id"},         {PlatformRole, "platform"},
            {NetworkNameRole, "networkName"}, {HealthRole, "health"}, {HealthTextRole, "healthText"},
            {ScopesRole, "scopes"},           {LastUsedRole, "lastUsed"}, {ExpiresAtRole, "expiresAt"}};
}

} // namespace pitchside
