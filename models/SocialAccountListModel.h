#pragma once

#include "SocialAccount.h"

#include <QAbstractListModel>
#include <QVector>

namespace pitchside {

namespace store {
class ChangeHub;
class SocialAccountRepository;
} // namespace store

// The connected network accounts, for the Accounts page: one row each,
// with its health on the Clock (SocialAccountHealth). Refreshes when the
// store says social accounts changed.
class SocialAccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PlatformRole,     // linkedin, facebook, instagram
        NetworkNameRole,  // "Instagram"
        HealthRole,       // int(SocialAccountHealth::State)
        HealthTextRole,   // "Authorisation ends in 12 days"
        ScopesRole,       // QStringList
        LastUsedRole,     // QDateTime, UTC; invalid when never
        ExpiresAtRole,    // QDateTime, UTC
    };

    SocialAccountListModel(store::SocialAccountRepository &accounts, store::ChangeHub &hub, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    const SocialAccount *at(int row) const;
    // The account of that network, if connected.
    const SocialAccount *forPlatform(const QString &platform) const;

private:
    store::SocialAccountRepository &m_accounts;
    QVector<SocialAccount> m_rows;
};

} // namespace pitchside
