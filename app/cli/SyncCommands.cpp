// pitchside-cli sync / status: the app's sync engine, on the app's store.
#include "Commands.h"

#include "models/store/ConflictRepository.h"
#include "models/store/PushQueue.h"
#include "models/store/Store.h"
#include "sync/ErrorText.h"
#include "sync/SyncController.h"
#include "sync/auth/Keychain.h"
#include "sync/auth/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>

namespace pitchside::cli {

namespace {

int exitForCounts(store::Store &store)
{
    if (store::ConflictRepository(store.database().sql()).count() > 0)
        return Conflict;
    if (store.outbox().countInState(store::Outbox::State::Parked) > 0)
        return Refused;
    return Ok;
}

} // namespace

int runSync(CliContext &ctx, bool quiet)
{
    const std::optional<AccountInfo> account = ctx.account();
    if (!account) {
        CliContext::err(QCoreApplication::translate("Cli", "Not signed in: run pitchside-cli login EMAIL first."));
        return Auth;
    }
    QString error;
    store::Store *store = ctx.openStore(account, &error);
    if (!store) {
        CliContext::err(error);
        return Failure;
    }
    sync::auth::Session *session = ctx.restoreSession(*account);
    if (session->state() != sync::auth::Session::State::SignedIn) {
        CliContext::err(session->hasSecureStorage()
                            ? QCoreApplication::translate("Cli", "Signed out: run pitchside-cli login %1 again.")
                                  .arg(account->email)
                            : QCoreApplication::translate("Cli", "No secure storage available, so no stored "
                                                                 "sign-in: run pitchside-cli login %1 again.")
                                  .arg(account->email));
        return Auth;
    }
    // Asked for by hand: what waits for a retry goes now (refused changes
    // stay refused until they are edited, or retried from the app).
    if (const store::StoreError e = store::PushQueue(store->database().sql()).retryNow(0, false))
        CliContext::err(e.userMessage()); // the sync still sends what is due

    sync::SyncController::Config config;
    config.storePath = store->path();
    config.server = QUrl(account->server);
    config.tokens = &session->tokens();
    config.live = false;
    config.watchNetwork = false;
    config.intervalMinutes = 0;
    sync::SyncController controller(config);
    sync::SyncReport report = controller.syncAndWait(10 * 60 * 1000);
    // A one-shot command waits out a short rate limit instead of giving up
    // (a first sync of a large account needs more requests than a minute allows).
    for (int waits = 0; waits < 10 && report.error.status == 429 && report.error.retryAfterSeconds >= 0
                        && report.error.retryAfterSeconds <= 120;
         ++waits) {
        CliContext::err(sync::explainError(report.error));
        QThread::sleep(static_cast<unsigned long>(report.error.retryAfterSeconds + 1));
        report = controller.syncAndWait(10 * 60 * 1000);
    }
    controller.stop();

    switch (report.result) {
    case sync::SyncReport::Result::Ok:
        break;
    case sync::SyncReport::Result::SignInRequired:
        CliContext::err(sync::explainError(report.error));
        return Auth;
    case sync::SyncReport::Result::Offline:
    case sync::SyncReport::Result::Failed:
    case sync::SyncReport::Result::Cancelled:
        CliContext::err(sync::explainError(report.error));
        return Network;
    }
    if (!quiet) {
        CliContext::out(QCoreApplication::translate("Cli", "Synced: %1 sent, %2 received, %3 refused, %4 in conflict.")
                            .arg(report.pushed)
                            .arg(report.pulled)
                            .arg(report.parked)
                            .arg(store::ConflictRepository(store->database().sql()).count()));
    }
    if (report.retrying > 0) {
        // Not sent, though the run went on: a script must not read this as done.
        CliContext::err(QCoreApplication::translate("Cli", "%n change(s) could not be sent: %1", nullptr,
                                                    report.retrying)
                            .arg(sync::explainError(report.retryError)));
        return Network;
    }
    return exitForCounts(*store);
}

int syncCommand(CliContext &ctx, const QStringList &args)
{
    if (!args.isEmpty())
        return Usage;
    return runSync(ctx, false);
}

int status(CliContext &ctx, const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    if (args.size() > (json ? 1 : 0))
        return Usage;
    const std::optional<AccountInfo> account = ctx.account();
    QString error;
    store::Store *store = ctx.openStore(account, &error);
    if (!store) {
        CliContext::err(error);
        return Failure;
    }
    bool signedIn = false;
    bool secure = false;
    if (account) {
        sync::auth::Session *session = ctx.restoreSession(*account);
        signedIn = session->state() == sync::auth::Session::State::SignedIn;
        secure = session->hasSecureStorage();
    }
    const int waiting = store::PushQueue(store->database().sql()).countWaiting();
    const int parked = store->outbox().countInState(store::Outbox::State::Parked);
    const int conflicts = store::ConflictRepository(store->database().sql()).count();
    const qint64 lastSync = store->syncState().value(store::SyncStateRepository::lastSyncAtKey(), 0).toLongLong();
    const qint64 lastSeq = store->syncState().value(store::SyncStateRepository::lastSeqKey(), 0).toLongLong();

    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("account"), account ? QJsonValue(account->email) : QJsonValue());
        o.insert(QStringLiteral("server"), account ? QJsonValue(account->server) : QJsonValue());
        o.insert(QStringLiteral("signed_in"), signedIn);
        o.insert(QStringLiteral("secure_storage"), secure);
        o.insert(QStringLiteral("pending"), waiting);
        o.insert(QStringLiteral("refused"), parked);
        o.insert(QStringLiteral("conflicts"), conflicts);
        o.insert(QStringLiteral("last_sync_at"),
                 lastSync ? QJsonValue(QDateTime::fromMSecsSinceEpoch(lastSync, Qt::UTC).toString(Qt::ISODate))
                          : QJsonValue());
        o.insert(QStringLiteral("last_seq"), double(lastSeq));
        o.insert(QStringLiteral("store"), store->path());
        CliContext::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        CliContext::out(account ? QCoreApplication::translate("Cli", "Account: %1 on %2 (%3)")
                                      .arg(account->displayName(), account->server,
                                           signedIn ? QCoreApplication::translate("Cli", "signed in") : QCoreApplication::translate("Cli", "signed out"))
                                : QCoreApplication::translate("Cli", "Account: none (this computer only)"));
        CliContext::out(QCoreApplication::translate("Cli", "Waiting to be sent: %1 · refused: %2 · conflicts: %3").arg(waiting).arg(parked).arg(conflicts));
        CliContext::out(lastSync ? QCoreApplication::translate("Cli", "Last sync: %1")
                                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(lastSync),
                                                               QLocale::ShortFormat))
                                 : QCoreApplication::translate("Cli", "Last sync: never"));
    }
    return conflicts > 0 ? Conflict : Ok;
}

} // namespace pitchside::cli
