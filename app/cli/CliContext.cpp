#include "CliContext.h"

#include "models/Preferences.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"
#include "sync/auth/Keychain.h"
#include "sync/auth/Session.h"

#include <QEventLoop>

#include <cstdio>

namespace pitchside::cli {

CliContext::CliContext(const QString &dataDir, const QString &server) : m_dataDir(dataDir), m_server(server)
{
    m_dataRoot = dataDir.isEmpty() ? store::AccountLocation::defaultDataRoot() : dataDir;
    m_preferences = std::make_unique<Preferences>(Preferences::makeSettings(dataDir));
    m_accounts = std::make_unique<AccountDirectory>(*m_preferences);
    m_keychain = std::make_unique<sync::auth::Keychain>();
}

CliContext::~CliContext()
{
    m_session.reset();
    m_store.reset();
}

void CliContext::out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout); // a caller killed right after must still have read it
}

void CliContext::err(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("pitchside-cli: ") + line + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

std::optional<AccountInfo> CliContext::account()
{
    m_accounts->reload();
    const std::optional<AccountInfo> active = m_accounts->active();
    if (m_server.isEmpty() || (active && active->server == m_server))
        return active;
    // --server names another account: its most recently added one.
    std::optional<AccountInfo> match;
    for (const AccountInfo &a : m_accounts->accounts()) {
        if (a.server == m_server)
            match = a;
    }
    return match;
}

store::Store *CliContext::openStore(const std::optional<AccountInfo> &account, QString *error)
{
    const QString key = account ? account->key : store::AccountLocation::localKey();
    store::StoreError e;
    m_store = store::Store::open(store::AccountLocation::storePath(m_dataRoot, key), &e);
    if (!m_store && error)
        *error = e.userMessage();
    return m_store.get();
}

sync::auth::Session *CliContext::restoreSession(const AccountInfo &account)
{
    m_session = std::make_unique<sync::auth::Session>(account, m_dataRoot, m_keychain.get());
    QEventLoop loop;
    bool done = false;
    m_session->restore([&](sync::auth::Session::State) {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return m_session.get();
}

} // namespace pitchside::cli
