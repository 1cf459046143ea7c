#pragma once

#include "../Page.h"
#include "../UiContext.h"
#include "sync/engine/SyncReport.h"

class QLabel;
class QListView;
class QPushButton;

namespace pitchside {
namespace sync::auth {
class SocialConnect;
}
class AccountDirectory;
class AccountListModel;
} // namespace pitchside

namespace pitchside::ui {

// The account this window works on (where its data lives, how its sync is
// doing) and the other accounts of this computer: switch to one, sign out,
// add one. The page only asks; the composition root (app/) acts.
class AccountsPage : public Page
{
    Q_OBJECT
public:
    explicit AccountsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Accounts"); }
    QString iconName() const override { return QStringLiteral("user-round"); }
    void activate() override { refresh(); }

    // The accounts list and which one this window shows ("" = local store).
    void setAccounts(AccountDirectory *directory, const QString &activeKey);
    void setSyncStatus(const sync::SyncStatus &status);
    void setSecureStorage(bool available);
    // The signed-in account's way to connect networks (null: none).
    void setSocialConnect(sync::auth::SocialConnect *connect);

Q_SIGNALS:
    void switchRequested(const QString &key);
    void signOutRequested(const QString &key);
    void addAccountRequested();
    void syncRequested();
    void pendingRequested();

private:
    void refresh();
    void updateButtons();
    QString selectedKey() const;

    UiContext &m_context;
    AccountDirectory *m_directory = nullptr;
    AccountListModel *m_model = nullptr;
    QString m_activeKey;
    sync::SyncStatus m_status;
    QLabel *m_name;
    QLabel *m_detail;
    QLabel *m_storage;
    QLabel *m_counts;
    QLabel *m_sync;
    QLabel *m_keychainWarning;
    QPushButton *m_syncNow;
    QPushButton *m_pending;
    QListView *m_list;
    QLabel *m_listEmpty;
    QPushButton *m_switch;
    QPushButton *m_signOut;
    QPushButton *m_add;
    class SocialAccountsCard *m_social;
};

} // namespace pitchside::ui
