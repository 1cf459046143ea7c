// A separate process that runs the app's upload queue on a store until
// every upload is done or failed, so a test can kill -9 it in the middle
// and start it again. Tokens come from the environment (never arguments).
//
//   PITCHSIDE_TEST_ACCESS=… PITCHSIDE_TEST_REFRESH=… media_uploader <store> <server>
#include "models/store/Database.h"
#include "sync/auth/TokenStore.h"
#include "sync/uploads/UploadController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace pitchside;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString storePath = QString::fromLocal8Bit(argv[1]);
    const QUrl server(QString::fromLocal8Bit(argv[2]));
    store::StoreError error;
    auto db = store::Database::open(storePath, &error, store::Database::Mode::ExistingOnly);
    if (!db)
        return 3;
    sync::auth::TokenStore tokens(server, QStringLiteral("test"),
                                  QFileInfo(storePath).absolutePath() + QStringLiteral("/tokens.lock"), nullptr);
    sync::auth::Tokens t;
    t.access = qEnvironmentVariable("PITCHSIDE_TEST_ACCESS");
    t.refresh = qEnvironmentVariable("PITCHSIDE_TEST_REFRESH");
    tokens.setTokens(t);

    sync::uploads::UploadController::Config c;
    c.storePath = storePath;
    c.server = server;
    c.language = "en";
    c.tokens = &tokens;
    sync::uploads::UploadController uploads(c);
    QObject::connect(&uploads, &sync::uploads::UploadController::progressChanged, [](const auto &p) {
        std::printf("progress %lld\n", static_cast<long long>(p.bytesDone));
        std::fflush(stdout);
    });
    uploads.start();

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QSqlQuery q(db->sql());
        if (q.exec(QStringLiteral("SELECT count(*) FROM media_uploads WHERE state IN ('queued','uploading')")) && q.next()
            && q.value(0).toInt() == 0) {
            uploads.stop();
            app.quit();
        }
    });
    poll.start(100);
    return app.exec();
}
