#include "SyncUiBinder.h"

#include "../MainWindow.h"
#include "../StatusStrip.h"
#include "../UiContext.h"
#include "../accounts/AccountsPage.h"
#include "../common/Icons.h"
#include "ConflictResolverDialog.h"
#include "PendingChangesDialog.h"
#include "models/OutboxListModel.h"
#include "models/store/Store.h"
#include "sync/AccountRuntime.h"
#include "sync/ConflictResolver.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QMenuBar>

namespace pitchside::ui {

SyncUiBinder::SyncUiBinder(MainWindow &window, UiContext &context, SyncUi ui)
    : QObject(&window), m_window(window), m_context(context), m_ui(std::move(ui))
{
    StatusStrip *strip = window.statusStrip();
    connect(strip, &StatusStrip::pendingClicked, this, &SyncUiBinder::openPending);
    connect(strip, &StatusStrip::conflictsClicked, this, &SyncUiBinder::openConflicts);

    // Pages are built when first shown: attach the Accounts page then.
    if (window.isPageBuilt(PageId::Accounts))
        attachAccountsPage();
    else
        connect(&window, &MainWindow::currentPageChanged, this, [this](PageId id) {
            if (id == PageId::Accounts)
                attachAccountsPage();
        });
    if (m_ui.controller) {
        connect(m_ui.controller, &sync::SyncController::statusChanged, this, &SyncUiBinder::showStatus);
        showStatus(m_ui.controller->status());
    } else {
        strip->setConnection(StatusStrip::Connection::LocalOnly);
    }
    createMenu();
}

void SyncUiBinder::attachAccountsPage()
{
    auto *accounts = qobject_cast<AccountsPage *>(m_window.page(PageId::Accounts));
    if (!accounts || m_accountsAttached)
        return;
    m_accountsAttached = true;
    accounts->setAccounts(m_ui.accounts, m_ui.activeKey);
    if (m_ui.runtime) {
        accounts->setSecureStorage(m_ui.runtime->hasSecureStorage());
        connect(m_ui.runtime, &sync::AccountRuntime::sessionReady, accounts,
                [accounts, rt = m_ui.runtime] { accounts->setSecureStorage(rt->hasSecureStorage()); });
    }
    connect(accounts, &AccountsPage::switchRequested, this, &SyncUiBinder::switchRequested);
    connect(accounts, &AccountsPage::signOutRequested, this, &SyncUiBinder::signOutRequested);
    connect(accounts, &AccountsPage::addAccountRequested, this, &SyncUiBinder::addAccountRequested);
    connect(accounts, &AccountsPage::pendingRequested, this, &SyncUiBinder::openPending);
    if (m_ui.controller) {
        connect(accounts, &AccountsPage::syncRequested, m_ui.controller, &sync::SyncController::syncNow);
        connect(m_ui.controller, &sync::SyncController::statusChanged, accounts, &AccountsPage::setSyncStatus);
        accounts->setSyncStatus(m_ui.controller->status());
    }
}

void SyncUiBinder::createMenu()
{
    auto *menu = new QMenu(tr("&Sync"), &m_window);
    QAction *now = menu->addAction(Icons::ui(QStringLiteral("refresh-cw")), tr("&Sync now"));
    now->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    now->setObjectName(QStringLiteral("SyncNowAction"));
    now->setEnabled(m_ui.controller != nullptr);
    if (m_ui.controller)
        connect(now, &QAction::triggered, m_ui.controller, &sync::SyncController::syncNow);
    menu->addAction(Icons::ui(QStringLiteral("list-checks")), tr("&Pending changes…"), this, &SyncUiBinder::openPending);
    menu->addAction(Icons::ui(QStringLiteral("git-compare-arrows")), tr("Resolve &conflicts…"), this,
                    &SyncUiBinder::openConflicts);
    menu->addSeparator();
    menu->addAction(Icons::ui(QStringLiteral("user-plus")), tr("&Add an account…"), this,
                    &SyncUiBinder::addAccountRequested);
    // Before Help, the last menu by convention.
    const QList<QAction *> menus = m_window.menuBar()->actions();
    m_window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);

    // Fichier > Se connecter…, where people look for it first (before the
    // separator that leads to Quit).
    QMenu *file = menus.isEmpty() ? nullptr : menus.constFirst()->menu();
    if (!file)
        return;
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->isSeparator()) {
            before = a;
            break;
        }
    }
    auto *signIn = new QAction(Icons::ui(QStringLiteral("log-in")),
                               m_ui.activeKey.isEmpty() ? tr("&Sign in…") : tr("Sign in to &another account…"), file);
    signIn->setObjectName(QStringLiteral("SignInAction"));
    connect(signIn, &QAction::triggered, this, &SyncUiBinder::addAccountRequested);
    file->insertAction(before, signIn);
}

void SyncUiBinder::showStatus(const sync::SyncStatus &s)
{
    StatusStrip *strip = m_window.statusStrip();
    using State = sync::SyncStatus::State;
    switch (s.state) {
    case State::Idle:
        strip->setConnection(StatusStrip::Connection::Online,
                             s.live ? tr("Connected; changes from elsewhere arrive as they happen.") : QString());
        strip->setProgress(0, 0);
        break;
    case State::Syncing:
        strip->setConnection(StatusStrip::Connection::Syncing);
        strip->setProgress(s.done, s.total);
        break;
    case State::Offline:
    case State::Error:
    case State::SignInRequired:
        strip->setConnection(StatusStrip::Connection::Offline, s.message);
        strip->setProgress(0, 0);
        break;
    case State::Stopped:
        strip->setConnection(StatusStrip::Connection::Connecting, tr("Not connected to the server yet."));
        strip->setProgress(0, 0);
        break;
    }
    if (s.lastSyncAtMs > 0)
        strip->setLastSync(QDateTime::fromMSecsSinceEpoch(s.lastSyncAtMs));
    strip->setAttempts(s.lastAttemptAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(s.lastAttemptAtMs) : QDateTime(),
                       s.nextAttemptAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(s.nextAttemptAtMs) : QDateTime());
}

void SyncUiBinder::openPending()
{
    if (!m_outbox) {
        sync::ConflictResolver *resolver = m_ui.resolver;
        m_outbox = new OutboxListModel(m_context.store,
                                       [resolver](const QString &type, const QString &id) {
                                           return resolver ? resolver->describe(type, id) : id;
                                       },
                                       this);
    } else {
        m_outbox->reload();
    }
    auto *dialog = new PendingChangesDialog(*m_outbox, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ui.controller) {
        connect(dialog, &PendingChangesDialog::retryRequested, m_ui.controller, &sync::SyncController::retryNow);
    }
    connect(dialog, &PendingChangesDialog::conflictsRequested, this, &SyncUiBinder::openConflicts);
    dialog->show();
}

void SyncUiBinder::openConflicts()
{
    if (!m_ui.resolver)
        return;
    auto *dialog = new ConflictResolverDialog(*m_ui.resolver, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ui.controller)
        connect(dialog, &ConflictResolverDialog::resolved, m_ui.controller, &sync::SyncController::syncNow);
    dialog->open();
}

} // namespace pitchside::ui
