#pragma once

#include "AccountDirectory.h"

#include <QAbstractListModel>

namespace pitchside {

// The accounts this computer knows, for the Accounts page. Refreshes itself
// when the directory changes.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString, the account key
        EmailRole,                  // QString
        ServerRole,                 // QString, the server's base URL
        ActiveRole,                 // bool: the account this window works on
    };
    Q_ENUM(Role)

    explicit AccountListModel(AccountDirectory &directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const AccountInfo &accountAt(int row) const { return m_accounts.at(row); }
    void reload();

private:
    AccountDirectory &m_directory;
    QVector<AccountInfo> m_accounts;
    QString m_active;
};

} // namespace pitchside
