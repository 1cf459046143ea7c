#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace pitchside {
class AccountDirectory;
class OutboxListModel;
namespace sync {
class AccountRuntime;
class ConflictResolver;
class SyncController;
struct SyncStatus;
} // namespace sync
} // namespace pitchside

namespace pitchside::ui {

class MainWindow;
struct UiContext;

// What the composition root hands the window about sync and accounts.
struct SyncUi
{
    sync::SyncController *controller = nullptr; // null: the local store, nothing to sync
    sync::ConflictResolver *resolver = nullptr;
    AccountDirectory *accounts = nullptr;
    QString activeKey;        // "" for the local store
    sync::AccountRuntime *runtime = nullptr; // whether tokens can be kept (the keychain)
};

// Connects a MainWindow to the account's sync: the status strip (online,
// progress, pending, conflicts, last sync), a Sync menu (Sync now, Ctrl+R),
// the pending-changes list and the conflict resolver, and the Accounts
// page's buttons (forwarded as signals to the composition root).
class SyncUiBinder : public QObject
{
    Q_OBJECT
public:
    SyncUiBinder(MainWindow &window, UiContext &context, SyncUi ui);

    void openPending();
    void openConflicts();

Q_SIGNALS:
    void switchRequested(const QString &key);
    void signOutRequested(const QString &key);
    void addAccountRequested();

private:
    void attachAccountsPage();
    void createMenu();
    void showStatus(const sync::SyncStatus &status);

    MainWindow &m_window;
    UiContext &m_context;
    SyncUi m_ui;
    QPointer<OutboxListModel> m_outbox;
    bool m_accountsAttached = false;
};

} // namespace pitchside::ui
