#include "AccountListModel.h"

#include <QUrl>

namespace pitchside {

AccountListModel::AccountListModel(AccountDirectory &directory, QObject *parent)
    : QAbstractListModel(parent), m_directory(directory)
{
    connect(&m_directory, &AccountDirectory::changed, this, &AccountListModel::reload);
    reload();
}

void AccountListModel::reload()
{
    beginResetModel();
    m_accounts = m_directory.accounts();
    m_active = m_directory.activeKey();
    endResetModel();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size())
        return {};
    const AccountInfo &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.displayName();
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(a.email, a.server);
    case KeyRole:
        return a.key;
    case EmailRole:
        return a.email;
    case ServerRole:
        return a.server;
    case ActiveRole:
        return a.key == m_active;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(EmailRole, "email");
    names.insert(ServerRole, "server");
    names.insert(ActiveRole, "active");
    return names;
}

} // namespace pitchside
