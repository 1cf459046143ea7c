#include "Application.h"

#include "FileLogger.h"
#include "FirstPaintProbe.h"
#include "Translations.h"
#include "models/Preferences.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"
#include "models/store/DraftTransfer.h"
#include "sync/AccountRuntime.h"
#include "sync/uploads/MediaSync.h"
#include "sync/auth/Keychain.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountPrompts.h"
#include "ui/accounts/SignInDialog.h"
#include "ui/sync/SyncUiBinder.h"
#include "ui/StoreErrorWindow.h"
#include "ui/UiContext.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "pitchside.app", QtInfoMsg)

namespace pitchside::app {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "pitchside: %s\n", qPrintable(message));
    std::fflush(stderr);
}

} // namespace

Application::Application(QApplication &qapp) : m_qapp(qapp) {}

Application::~Application()
{
    delete m_window; // before the store it reads
}

int Application::run()
{
    QString usageError;
    m_options = CommandLine::parse(m_qapp, &usageError);
    if (!usageError.isEmpty()) {
        printError(usageError);
        return 2;
    }

    m_dataRoot = m_options.dataDir.isEmpty() ? store::AccountLocation::defaultDataRoot() : m_options.dataDir;
    m_preferences = std::make_unique<Preferences>(Preferences::makeSettings(m_options.dataDir));
    if (!FileLogger::install(QDir(m_dataRoot).filePath(QStringLiteral("logs"))))
        qCWarning(lcApp) << "cannot write the log file in" << m_dataRoot << "- logging to the terminal only";
    const QString language = installTranslations(m_options.language, m_preferences->language());
    m_language = language;
    qCInfo(lcApp) << "Pitchside" << QApplication::applicationVersion() << "language" << language << "data"
                  << m_dataRoot;

    FirstPaintProbe::mark("settings-log-translations");
    QApplication::setWindowIcon(ui::Icons::appIcon());
    ui::Theme::apply(ui::Theme::modeFromKey(m_preferences->theme()));
    connect(m_preferences.get(), &Preferences::themeChanged, this, &Application::onThemeChanged);

    if (!m_options.server.isEmpty())
        m_preferences->setBackendUrl(m_options.server);

    // The active account's store (the local one before any sign-in), its
    // session from the keychain and its sync.
    m_accounts = std::make_unique<AccountDirectory>(*m_preferences);
    m_keychain = std::make_unique<sync::auth::Keychain>();
    connect(m_preferences.get(), &Preferences::syncIntervalChanged, this, [this](int minutes) {
        if (m_runtime)
            m_runtime->setIntervalMinutes(minutes);
    });
    if (!openAccount(m_accounts->active(), m_options.page))
        m_exitCode = 3;
    else
        offerWelcome();

    const int code = m_qapp.exec();
    return m_exitCode ? m_exitCode : code;
}

void Application::buildWindow(const QString &page)
{
    auto *window = new ui::MainWindow(*m_context);
    FirstPaintProbe::mark("window");
    window->setAttribute(Qt::WA_DeleteOnClose);
    ui::PageId id;
    if (ui::pageFromKey(page, &id))
        window->showPage(id);
    FirstPaintProbe::mark("page");
    if (m_options.screenshot.isEmpty())
        window->restoreWindow();
    else
        window->resize(1366, 768); // the same frame for every documentation picture: a common laptop screen
    m_window = window;
    attachSync(window);
    // The account's services: its media transfers and the AI assistant
    // (signed-in accounts only; the window says so otherwise).
    sync::uploads::MediaSync *media = m_runtime->media();
    window->setMediaServices(media ? media->uploads() : nullptr, media ? media->downloads() : nullptr);
    window->setAccountRuntime(m_runtime.get());
    FirstPaintProbe::mark("sync-media");
    if (FirstPaintProbe::requested())
        FirstPaintProbe::watch(window);
    window->show();
    FirstPaintProbe::mark("show");
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot(window);
}

void Application::showStoreError(const QString &message, const QString &folder)
{
    auto *window = new ui::StoreErrorWindow(message, folder);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    window->show();
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot(window);
}

void Application::scheduleScreenshot(QWidget *window)
{
    const QString file = m_options.screenshot;
    // Let the first layouts and paints happen, then wait for the page's own
    // data if it loads asynchronously.
    QTimer::singleShot(0, this, [this, window, file] {
        auto capture = [this, window, file] {
            // After the thumbnails' fade-in (MediaDelegate), so pictures are whole.
            QTimer::singleShot(400, this, [this, window, file] {
                QDir().mkpath(QFileInfo(file).absolutePath());
                if (!window->grab().save(file)) {
                    printError(tr("Cannot write the screenshot %1").arg(file));
                    m_exitCode = m_exitCode ? m_exitCode : 1;
                }
                m_qapp.quit();
            });
        };
        auto *main = qobject_cast<ui::MainWindow *>(window);
        ui::Page *page = main ? main->page(main->currentPage()) : nullptr;
        if (page && !page->isLoaded())
            connect(page, &ui::Page::loaded, this, capture, Qt::SingleShotConnection);
        else
            capture();
    });
}

void Application::onThemeChanged()
{
    ui::Theme::apply(ui::Theme::modeFromKey(m_preferences->theme()));
    // Icons are drawn in palette colours: rebuild the window on the same
    // page. Everything it shows lives in the store, so nothing is lost.
    auto *old = qobject_cast<ui::MainWindow *>(m_window.data());
    if (!old)
        return;
    const QString page = ui::pageKey(old->currentPage());
    const QByteArray geometry = old->saveGeometry();
    old->close();
    buildWindow(page);
    if (auto *fresh = qobject_cast<ui::MainWindow *>(m_window.data()))
        fresh->restoreGeometry(geometry);
}

bool Application::openAccount(const std::optional<AccountInfo> &account, const QString &page,
                              const sync::auth::SignInResult *freshSignIn)
{
    sync::AccountRuntime::Options options;
    options.dataRoot = m_dataRoot;
    options.language = m_language.toLatin1();
    options.intervalMinutes = m_preferences->syncIntervalMinutes();
    store::StoreError error;
    FirstPaintProbe::mark("theme-accounts-keychain");
    m_runtime = sync::AccountRuntime::open(account, m_keychain.get(), options, &error);
    FirstPaintProbe::mark("store-open");
    if (!m_runtime) {
        const QString path = store::AccountLocation::storePath(
            m_dataRoot, account ? account->key : store::AccountLocation::localKey());
        qCWarning(lcApp) << "cannot open the store" << path << ":" << error.detail;
        printError(error.userMessage());
        showStoreError(error.userMessage(), QFileInfo(path).absolutePath());
        return false;
    }
    connect(m_runtime.get(), &sync::AccountRuntime::signInRequired, this, [this](const QString &why) {
        if (const auto account = m_runtime ? m_runtime->account() : std::nullopt)
            showSignIn(account->server, account->email, why);
    });
    connect(m_runtime.get(), &sync::AccountRuntime::userChanged, this, &Application::onUserChanged);
    m_context = std::make_unique<ui::UiContext>(ui::UiContext{
        m_runtime->store(), *m_preferences, m_dataRoot, account ? account->displayName() : tr("This computer")});
    buildWindow(page);
    if (freshSignIn)
        m_runtime->adopt(*freshSignIn);
    else
        m_runtime->restore(); // syncs with the stored tokens, or asks to sign in
    return true;
}

void Application::attachSync(ui::MainWindow *window)
{
    if (!m_runtime)
        return;
    ui::SyncUi bindings;
    bindings.controller = m_runtime->controller();
    bindings.resolver = &m_runtime->resolver();
    bindings.accounts = m_accounts.get();
    bindings.activeKey = m_runtime->key();
    bindings.runtime = m_runtime.get();
    auto *binder = new ui::SyncUiBinder(*window, *m_context, bindings);
    // Queued: these come from the window's own buttons, and switching
    // accounts deletes the window.
    connect(binder, &ui::SyncUiBinder::switchRequested, this,
            [this](const QString &key) { QTimer::singleShot(0, this, [this, key] { switchAccount(key); }); });
    connect(binder, &ui::SyncUiBinder::signOutRequested, this,
            [this](const QString &key) { QTimer::singleShot(0, this, [this, key] { signOut(key); }); });
    connect(binder, &ui::SyncUiBinder::addAccountRequested, this,
            [this] { showSignIn(m_preferences->backendUrl(), {}, {}); });
}

void Application::closeWindow()
{
    if (auto *main = qobject_cast<ui::MainWindow *>(m_window.data()))
        main->close(); // saves what the editor holds and the window's geometry
    delete m_window.data();
}

void Application::switchAccount(const QString &key, const sync::auth::SignInResult *freshSignIn)
{
    const std::optional<AccountInfo> account = key.isEmpty() ? std::nullopt : m_accounts->find(key);
    if (!key.isEmpty() && !account)
        return;
    auto *main = qobject_cast<ui::MainWindow *>(m_window.data());
    const QString page = main ? ui::pageKey(main->currentPage()) : m_options.page;
    const QByteArray geometry = main ? main->saveGeometry() : QByteArray();
    qCInfo(lcApp) << "switching to account" << (key.isEmpty() ? QStringLiteral("local") : key);
    closeWindow();
    m_context.reset();
    m_runtime.reset(); // stops its sync thread before its store closes
    m_accounts->setActive(key);
    if (!openAccount(account, page, freshSignIn))
        return;
    if (auto *fresh = qobject_cast<ui::MainWindow *>(m_window.data()); fresh && !geometry.isEmpty())
        fresh->restoreGeometry(geometry);
}

void Application::signOut(const QString &key)
{
    const std::optional<AccountInfo> account = m_accounts->find(key);
    if (!account)
        return;
    const bool current = m_runtime && m_runtime->key() == key;
    const int unsent = current ? m_runtime->store().outbox().count() : 0;
    const auto choice = ui::AccountPrompts::askSignOut(m_window, account->displayName(), unsent);
    if (choice == ui::AccountPrompts::SignOutChoice::Cancel)
        return;
    const bool erase = choice == ui::AccountPrompts::SignOutChoice::DeleteData;
    auto done = [this, key, current, erase] {
        if (current)
            switchAccount({}); // closes the account's store
        if (erase) {
            m_accounts->remove(key);
            QDir(store::AccountLocation::accountDir(m_dataRoot, key)).removeRecursively();
        }
        qCInfo(lcApp) << "signed out of" << key << (erase ? "and deleted its data" : "keeping its data");
    };
    if (current) {
        // Queued: the session that calls back is deleted by the switch.
        m_runtime->signOut([this, done] { QTimer::singleShot(0, this, done); });
        return;
    }
    auto *session = new sync::auth::Session(*account, m_dataRoot, m_keychain.get(), this);
    session->restore([session, done](sync::auth::Session::State) {
        session->signOut([session, done] {
            done();
            session->deleteLater();
        });
    });
}

void Application::offerWelcome()
{
    if (m_accounts->active())
        return;
    const bool serverGiven = !m_options.server.isEmpty();
    if (m_preferences->welcomeAnswered() && !serverGiven)
        return;
    if (!m_accounts->accounts().isEmpty() && !serverGiven)
        return; // signed in before, then chose this computer: Fichier > Se connecter… is there
    // Once the window is on screen, so the dialog sits on it.
    QTimer::singleShot(0, this, [this] { showSignIn(m_preferences->backendUrl(), {}, {}, true); });
}

void Application::showSignIn(const QString &server, const QString &email, const QString &why, bool welcome)
{
    if (!m_options.screenshot.isEmpty() || m_signInDialog)
        return; // never a dialog over a documentation picture, never two
    auto *dialog = new ui::SignInDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLanguage(m_language.toLatin1());
    if (!server.isEmpty())
        dialog->setServer(server);
    dialog->setEmail(email);
    dialog->setWelcome(welcome);
    if (!why.isEmpty())
        dialog->setIntro(why);
    if (welcome)
        connect(dialog, &QDialog::finished, this, [this] { m_preferences->setWelcomeAnswered(true); });
    connect(dialog, &ui::SignInDialog::signedIn, this, [this](const sync::auth::SignInResult &result) {
        // After the dialog has closed: this may rebuild the window it sits on.
        QTimer::singleShot(0, this, [this, result] { onSignedIn(result); });
    });
    m_signInDialog = dialog;
    dialog->open();
}

void Application::onSignedIn(const sync::auth::SignInResult &result)
{
    AccountInfo account = sync::auth::Session::accountFrom(result);
    if (const auto known = m_accounts->find(account.key))
        account.addedAtMs = known->addedAtMs;
    m_accounts->save(account);
    m_preferences->setBackendUrl(account.server);
    if (m_runtime && m_runtime->key() == account.key) {
        m_runtime->adopt(result); // the same account again: keep going
        return;
    }
    if (m_runtime && !m_runtime->account()) {
        // The first sign-in: offer to bring the drafts written so far.
        const int drafts = store::DraftTransfer::count(m_runtime->store());
        if (drafts > 0 && ui::AccountPrompts::askMoveDrafts(m_window, account.displayName(), drafts)) {
            store::StoreError error;
            auto target = store::Store::open(store::AccountLocation::storePath(m_dataRoot, account.key), &error);
            int moved = 0;
            if (target)
                error = store::DraftTransfer::move(m_runtime->store(), *target, &moved);
            if (error)
                qCWarning(lcApp) << "moving the drafts stopped:" << error.detail;
            qCInfo(lcApp) << "moved" << moved << "drafts into" << account.key;
        }
    }
    switchAccount(account.key, &result);
}

void Application::onUserChanged(const sync::api::dto::User &user)
{
    // The profile the server says the user works as, unless one was chosen here.
    const QString chosen = m_preferences->value(QStringLiteral("profile/active")).toString();
    bool known = false;
    for (const auto &p : user.profiles)
        known = known || p.id == chosen;
    if (!known && !user.activeProfileId().isEmpty())
        m_preferences->setValue(QStringLiteral("profile/active"), user.activeProfileId());
    if (m_runtime && m_runtime->account() && !user.name.isEmpty() && m_runtime->account()->name != user.name) {
        AccountInfo account = *m_runtime->account();
        account.name = user.name;
        m_accounts->save(account);
    }
}

} // namespace pitchside::app
