#include "AccountRuntime.h"

#include "Logging.h"
#include "entities/EntityRegistry.h"
#include "uploads/MediaSync.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"

#include <QCoreApplication>

namespace pitchside::sync {

std::unique_ptr<AccountRuntime> AccountRuntime::open(const std::optional<AccountInfo> &account,
                                                     auth::Keychain *keychain, const Options &options,
                                                     store::StoreError *error)
{
    std::unique_ptr<AccountRuntime> rt(new AccountRuntime);
    rt->m_account = account;
    rt->m_options = options;
    const QString key = account ? account->key : store::AccountLocation::localKey();
    rt->m_store = store::Store::open(store::AccountLocation::storePath(options.dataRoot, key), error);
    if (!rt->m_store)
        return nullptr;
    rt->m_resolver =
        std::make_unique<ConflictResolver>(rt->m_store->database(), &rt->m_store->hub(), EntityRegistry::builtin());
    if (!account)
        return rt;

    rt->m_session = std::make_unique<auth::Session>(*account, options.dataRoot, keychain);
    connect(&rt->m_session->tokens(), &auth::TokenStore::signInRequired, rt.get(), [r = rt.get()] {
        Q_EMIT r->signInRequired(QCoreApplication::translate(
            "AccountRuntime", "Your session has ended. Sign in again to send your changes; they are kept on this "
                              "computer."));
    });
    SyncController::Config config;
    config.storePath = rt->m_store->path();
    config.server = QUrl(account->server);
    config.language = options.language;
    config.tokens = &rt->m_session->tokens();
    config.hub = &rt->m_store->hub();
    config.uiDatabase = &rt->m_store->database();
    config.live = options.live;
    config.watchNetwork = options.watchNetwork;
    config.intervalMinutes = options.intervalMinutes;
    rt->m_controller = std::make_unique<SyncController>(config);
    connect(rt->m_controller.get(), &SyncController::userChanged, rt.get(), &AccountRuntime::userChanged);

    // Media uploads and remote thumbnails run beside the engine (issue 6).
    uploads::MediaSync::Config media;
    media.storePath = rt->m_store->path();
    media.accountDir = store::AccountLocation::accountDir(options.dataRoot, account->key);
    media.server = QUrl(account->server);
    media.language = options.language;
    media.tokens = &rt->m_session->tokens();
    media.hub = &rt->m_store->hub();
    media.uiDatabase = &rt->m_store->database();
    rt->m_media = std::make_unique<uploads::MediaSync>(media, rt->m_controller.get());
    return rt;
}

AccountRuntime::~AccountRuntime()
{
    // The upload thread uses the session's tokens and, like the sync thread,
    // has its own connection to the store: both stop first.
    m_media.reset();
    m_controller.reset();
    m_resolver.reset();
    m_session.reset();
    m_store.reset();
}

void AccountRuntime::restore()
{
    if (!m_session)
        return;
    m_session->restore([this](auth::Session::State state) {
        Q_EMIT sessionReady();
        if (state == auth::Session::State::SignedIn) {
            startSync();
            return;
        }
        Q_EMIT signInRequired(
            m_session->hasSecureStorage()
                ? QCoreApplication::translate("AccountRuntime", "Sign in to sync this account.")
                : QCoreApplication::translate("AccountRuntime",
                                              "No secure storage available on this computer, so Pitchside could not "
                                              "keep you signed in. Sign in to sync this account."));
    });
}

void AccountRuntime::adopt(const auth::SignInResult &result)
{
    if (!m_session)
        return;
    m_session->adopt(result.session, [this](bool) {
        Q_EMIT sessionReady();
        startSync();
    });
}

void AccountRuntime::startSync()
{
    if (!m_controller)
        return;
    if (m_controller->isRunning())
        m_controller->syncNow();
    else
        m_controller->start();
}

void AccountRuntime::signOut(std::function<void()> done)
{
    if (m_controller)
        m_controller->stop();
    if (!m_session) {
        done();
        return;
    }
    m_session->signOut(std::move(done));
}

void AccountRuntime::setIntervalMinutes(int minutes)
{
    if (m_controller)
        m_controller->setIntervalMinutes(minutes);
}

} // namespace pitchside::sync
