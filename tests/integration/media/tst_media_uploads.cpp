// Resumable uploads against pitchside-server: the protocol end to end, with
// dropped connections in the middle of chunks, kill -9 of the uploading
// process, dedupe across two clients, the quota, damaged local copies,
// pause/resume, and the sync engine leaving media creates to the uploads.
#include "MediaFixtures.h"
#include "MediaTestClient.h"
#include "models/media/MediaGridModel.h"
#include "models/media/UploadStateRepository.h"
#include "sync/uploads/FileDigest.h"
#include "sync/uploads/MediaSync.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pitchside;
using namespace pitchside::test;
using State = media::UploadRecord::State;

class TestMediaUploads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<RemoteUser> m_user;
    int m_seed = 0;
    int m_n = 0;

    // Small chunks: a 1 MB photo makes 16 of them, enough to cut in the middle.
    bool startServer(QStringList extra = {})
    {
        m_server = std::make_unique<TestServer>();
        extra << QStringLiteral("--chunk-size") << QStringLiteral("65536");
        TestServer::Options o;
        o.extraArgs = extra;
        if (!m_server->start(m_dir.filePath(QStringLiteral("server%1").arg(++m_n)), o))
            return false;
        m_user = std::make_unique<RemoteUser>(*m_server, QStringLiteral("media%1@pitchside.test").arg(m_n));
        return m_user->registerUser();
    }
    std::unique_ptr<MediaClient> client(const QString &name)
    {
        auto c = std::make_unique<MediaClient>(*m_server, m_dir.filePath(QStringLiteral("%1-%2").arg(name).arg(m_n)));
        if (!c->signIn(m_user->email(), m_user->password()))
            return nullptr;
        return c;
    }
    QString photoFile(QSize size = QSize(1600, 2000), const char *format = "jpg")
    {
        const QString path = m_dir.filePath(QStringLiteral("camera/%1.%2").arg(++m_seed).arg(format));
        fixtures::write(path, fixtures::encode(fixtures::photo(m_seed + 500, size), format, 95));
        return path;
    }
    // A video of random bytes (it does not compress): `bytes` of payload.
    QString movieFile(qint64 bytes)
    {
        fixtures::Movie m;
        m.mediaBytes = bytes;
        m.seed = ++m_seed;
        const QString path = m_dir.filePath(QStringLiteral("camera/%1.mp4").arg(m_seed));
        fixtures::write(path, fixtures::movie(m));
        return path;
    }
    void dropUploads(double rate, const QString &mode, int count)
    {
        json body = {{"rate", rate}, {"mode", mode.toStdString()}, {"match", "/api/media/uploads"}};
        if (count > 0)
            body["count"] = count;
        m_server->http().request("PUT", QStringLiteral("/api/test/faults/drops"), body);
    }
    static QString sha256(const QString &path)
    {
        return sync::uploads::sha256OfFile(path);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_user.reset();
        m_server.reset();
    }

    void uploadsCompleteWithTheRightChecksum()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("a"));
        QVERIFY(c);
        fixtures::Movie clip;
        clip.mediaBytes = 700 * 1024;
        const QString video = m_dir.filePath(QStringLiteral("camera/clip.mp4"));
        fixtures::write(video, fixtures::movie(clip));
        const QStringList ids = c->import({photoFile(), photoFile(QSize(800, 600), "png"), video});
        QCOMPARE(ids.size(), 3);

        // The engine never pushes a media create: the upload makes the item.
        QVERIFY(c->sync().ok());
        QCOMPARE(c->parked(), 0);
        QVERIFY(!m_server->requestCounts().contains("POST /api/media"));
        QCOMPARE(c->waiting(), 3);

        c->startUploads();
        QVERIFY(c->waitForUploads());
        for (const QString &id : ids) {
            const std::optional<media::UploadRecord> u = c->upload(id);
            QCOMPARE(u->state, State::Done);
            const Media local = *c->store().media().find(id);
            const json remote = serverMedia(*m_server, m_user->token(), id);
            QCOMPARE(QString::fromStdString(remote.value("sha256", std::string())), local.sha256);
            QCOMPARE(QString::fromStdString(remote.value("id", std::string())), id); // the id we chose
            QCOMPARE(local.sync.version, 1);
            QVERIFY(!local.sync.dirty);
            QVERIFY(local.variants.contains(QStringLiteral("original")));
            QCOMPARE(totalResends(uploadCounts(*m_server, u->uploadId)), 0);
        }
        QCOMPARE(c->waiting(), 0);
        QCOMPARE(serverMediaCount(*m_server, m_user->token()), 3);

        // Metadata edits now go through the engine as PATCHes.
        QVERIFY(!c->store().media().update(ids.at(0), [](Media &m) { m.tags = {QStringLiteral("derby")}; }));
        QVERIFY(c->syncUntilClean());
        QVERIFY(serverMedia(*m_server, m_user->token(), ids.at(0))["tags"] == json(json::array({"derby"})));
    }

    void editsMadeDuringTheUploadFollowIt()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("edits"));
        const QString id = c->import({photoFile()}).constFirst();
        QVERIFY(!c->store().media().update(id, [](Media &m) {
            m.tags = {QStringLiteral("U17")};
            m.altText = QStringLiteral("Les U17 soulèvent la coupe");
            m.filename = QStringLiteral("Coupe U17.jpg");
        }));
        // A post that names it waits for it (422 unknown_media is "early", not wrong).
        Post post;
        post.content = QStringLiteral("Champions !");
        post.platforms = Platform::Instagram;
        post.mediaIds = {id};
        QVERIFY(!c->store().posts().create(post));
        c->sync();
        QCOMPARE(c->parked(), 0);
        c->startUploads();
        QVERIFY(c->waitForUploads());
        QVERIFY(c->syncUntilClean());
        const json remote = serverMedia(*m_server, m_user->token(), id);
        QVERIFY(remote["tags"] == json(json::array({"U17"})));
        QVERIFY(remote["alt_text"] == json("Les U17 soulèvent la coupe"));
        QVERIFY(remote["filename"] == json("Coupe U17.jpg"));
        QVERIFY(m_user->post(post.id)["media_ids"] == json(json::array({id.toStdString()})));
    }

    void uploadsFollowTheSyncCycle()
    {
        // As the app wires it: MediaSync beside the engine.
        QVERIFY(startServer());
        auto c = client(QStringLiteral("cycle"));
        sync::uploads::MediaSync::Config config;
        config.storePath = c->store().path();
        config.accountDir = c->accountDir();
        config.server = m_server->url();
        config.language = "en";
        config.tokens = &c->tokens();
        config.hub = &c->store().hub();
        config.uiDatabase = &c->store().database();
        sync::uploads::MediaSync media(config, &c->controller());
        const QString id = c->import({photoFile()}).constFirst();
        QVERIFY(!c->store().media().update(id, [](Media &m) { m.tags = {QStringLiteral("match")}; }));
        QVERIFY(!media.uploads()->isRunning()); // not before a run got through
        QVERIFY(c->sync().ok());                // the engine's run starts the uploads…
        QVERIFY(media.uploads()->isRunning());
        QVERIFY(c->waitForUploads());
        // …and the finished upload asks for a run, which pushes the tag.
        QVERIFY(waitFor([&] {
            return serverMedia(*m_server, m_user->token(), id)["tags"] == json(json::array({"match"}));
        }, 30000));
        QVERIFY(waitFor([&] { return c->waiting() == 0; }));
    }

    void droppedConnectionsInTheMiddleOfChunks()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("drops"));
        const QStringList ids = c->import({movieFile(1500 * 1024), movieFile(900 * 1024)});
        // A fifth of the upload requests are cut before the server stores
        // anything: every chunk is sent until acknowledged, never after.
        dropUploads(0.2, QStringLiteral("before"), -1);
        c->startUploads();
        QVERIFY(c->waitForUploads(120000));
        m_server->reset();
        for (const QString &id : ids) {
            const media::UploadRecord u = *c->upload(id);
            QCOMPARE(u.state, State::Done);
            const json counts = uploadCounts(*m_server, u.uploadId);
            QVERIFY(counts["completed"].get<bool>());
            QCOMPARE(totalResends(counts), 0);
            QCOMPARE(QString::fromStdString(serverMedia(*m_server, m_user->token(), id)["sha256"].get<std::string>()),
                     c->store().media().find(id)->sha256);
        }
    }

    void answersLostAfterTheServerStoredTheChunk()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("lost"));
        const QString id = c->import({movieFile(1200 * 1024)}).constFirst();
        // Six answers lost after the write: the client asks the server what it
        // has before going on. Qt's HTTP layer may replay the one request
        // whose keep-alive connection closed under it (the server takes the
        // same bytes again and stores nothing), so at most six repeats.
        dropUploads(0.5, QStringLiteral("after_write"), 6);
        c->startUploads();
        QVERIFY(c->waitForUploads(120000));
        const media::UploadRecord u = *c->upload(id);
        QCOMPARE(u.state, State::Done);
        const json counts = uploadCounts(*m_server, u.uploadId);
        QVERIFY(totalResends(counts) <= 6);
        QCOMPARE(QString::fromStdString(serverMedia(*m_server, m_user->token(), id)["sha256"].get<std::string>()),
                 c->store().media().find(id)->sha256);
    }

    void killDuringAnUploadThenRestart()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("kill"));
        const QString id = c->import({movieFile(3 * 1024 * 1024)}).constFirst();
        const Media local = *c->store().media().find(id);
        QVERIFY(local.sizeBytes > 3 * 1024 * 1024); // 49 chunks of 64 KB
        m_server->latency(40); // a slow stadium uplink: about 25 chunks a second

        auto runUploader = [&](QProcess &p) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PITCHSIDE_TEST_ACCESS"), c->tokens().tokens().access);
            env.insert(QStringLiteral("PITCHSIDE_TEST_REFRESH"), c->tokens().tokens().refresh);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MEDIA_UPLOADER), {c->store().path(), m_server->url().toString()});
            return p.waitForStarted();
        };
        QProcess first;
        QVERIFY(runUploader(first));
        // Let it send part of the chunks, then kill it without warning.
        QString uploadId;
        QVERIFY(waitFor([&] {
            uploadId = c->upload(id)->uploadId;
            return !uploadId.isEmpty() && uploadCounts(*m_server, uploadId)["received"].size() >= 6;
        }, 30000));
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished());
        const json before = uploadCounts(*m_server, uploadId);
        QVERIFY(!before["completed"].get<bool>());
        QVERIFY(before["received"].size() < before["total_chunks"].get<size_t>());

        QProcess second;
        QVERIFY(runUploader(second));
        QVERIFY(second.waitForFinished(120000));
        QCOMPARE(second.exitCode(), 0);
        const json after = uploadCounts(*m_server, uploadId);
        QVERIFY(after["completed"].get<bool>());
        QCOMPARE(totalResends(after), 0); // what the server had was not sent again
        QCOMPARE(c->upload(id)->state, State::Done);
        QCOMPARE(c->upload(id)->uploadId, uploadId); // resumed, not restarted
        QCOMPARE(QString::fromStdString(serverMedia(*m_server, m_user->token(), id)["sha256"].get<std::string>()),
                 sha256(local.localPath));
    }

    void dedupeAcrossTwoClients()
    {
        QVERIFY(startServer());
        auto a = client(QStringLiteral("one"));
        auto b = client(QStringLiteral("two"));
        const QString file = photoFile();
        const QString idA = a->import({file}).constFirst();
        a->startUploads();
        QVERIFY(a->waitForUploads());

        // The other computer imports the same photo and uses it in a post.
        const QString idB = b->import({file}).constFirst();
        QVERIFY(idA != idB);
        Post post;
        post.content = QStringLiteral("Même photo, autre ordinateur");
        post.platforms = Platform::Facebook;
        post.mediaIds = {idB};
        QVERIFY(!b->store().posts().create(post));
        b->startUploads();
        QVERIFY(b->waitForUploads());
        QVERIFY(b->syncUntilClean());

        // One item on the server; the second computer now knows it by its id.
        QCOMPARE(serverMediaCount(*m_server, m_user->token()), 1);
        QVERIFY(!b->store().media().find(idB));
        const Media merged = *b->store().media().find(idA);
        QVERIFY(!merged.localPath.isEmpty());
        QCOMPARE(b->store().media().count(), 1);
        QVERIFY2(m_user->post(post.id)["media_ids"] == json(json::array({idA.toStdString()})),
                 m_user->post(post.id).dump().c_str());
        QVERIFY(a->syncUntilClean());
        QCOMPARE(a->store().media().count(), 1);
    }

    void theQuotaRefusesAndKeepsTheFile()
    {
        QVERIFY(startServer({QStringLiteral("--quota-bytes"), QStringLiteral("1000000")}));
        auto c = client(QStringLiteral("quota"));
        const QStringList ids = c->import({movieFile(600 * 1024), movieFile(600 * 1024)});
        const qint64 first = c->store().media().find(ids.at(0))->sizeBytes;
        const qint64 second = c->store().media().find(ids.at(1))->sizeBytes;
        QVERIFY2(first < 1000000 && first + second > 1000000, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
        c->startUploads();
        QVERIFY(c->waitForUploads());
        // Both fit the quota alone and travel together: the first to finish wins.
        const bool firstWon = c->upload(ids.at(0))->state == State::Done;
        const QString refusedId = ids.at(firstWon ? 1 : 0);
        QCOMPARE(c->upload(ids.at(firstWon ? 0 : 1))->state, State::Done);
        const media::UploadRecord refused = *c->upload(refusedId);
        QCOMPARE(refused.state, State::Failed);
        QCOMPARE(refused.errorCode, QStringLiteral("STORAGE_QUOTA"));
        QVERIFY(refused.error.contains(QStringLiteral("\"limit\":1000000")));
        QVERIFY(QFile::exists(c->store().media().find(refusedId)->localPath)); // kept here
        QCOMPARE(serverMediaCount(*m_server, m_user->token()), 1);
    }

    void aDamagedOrMissingLocalCopyIsNeverUploaded()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("damaged"));
        const QStringList ids = c->import({photoFile(), photoFile()});
        // Behind the app's back: one copy altered, one removed.
        const QString damaged = c->store().media().find(ids.at(0))->localPath;
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("tampered");
        f.close();
        QVERIFY(QFile::remove(c->store().media().find(ids.at(1))->localPath));
        c->startUploads();
        QVERIFY(c->waitForUploads());
        QCOMPARE(c->upload(ids.at(0))->errorCode, QStringLiteral("LOCAL_DAMAGED"));
        QCOMPARE(c->upload(ids.at(1))->errorCode, QStringLiteral("LOCAL_MISSING"));
        QVERIFY(!m_server->requestCounts().contains("POST /api/media/uploads")); // nothing was sent
        QCOMPARE(serverMediaCount(*m_server, m_user->token()), 0);
    }

    void bytesOfAnotherTypeAreRefusedByTheServer()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("type"));
        const QString id = c->import({photoFile(QSize(600, 600), "png")}).constFirst();
        // A row that lies about its bytes (written by a buggy version, say).
        QSqlQuery q(c->store().database().sql());
        q.prepare(QStringLiteral("UPDATE media SET mime_type = 'image/jpeg' WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
        c->startUploads();
        QVERIFY(c->waitForUploads());
        const media::UploadRecord u = *c->upload(id);
        QCOMPARE(u.state, State::Failed);
        QVERIFY2(u.errorCode.startsWith(QStringLiteral("VALIDATION_ERROR")), qPrintable(u.errorCode));
        QVERIFY(c->store().media().find(id)); // kept
    }

    void pauseStopsAndResumeContinues()
    {
        QVERIFY(startServer());
        auto c = client(QStringLiteral("pause"));
        const QString id = c->import({movieFile(2 * 1024 * 1024)}).constFirst();
        m_server->latency(30);
        c->startUploads();
        QVERIFY(waitFor([&] { return c->upload(id)->received.size() >= 3; }));
        QVERIFY(!media::UploadStateRepository(c->store().database().sql()).pause({id}));
        c->store().hub().notify(media::MediaGridModel::uploadEntity(), {id});
        QVERIFY(waitFor([&] { return c->uploads().progress().running.isEmpty(); }));
        const QString uploadId = c->upload(id)->uploadId;
        const size_t stored = uploadCounts(*m_server, uploadId)["received"].size();
        QTest::qWait(500);
        QVERIFY(uploadCounts(*m_server, uploadId)["received"].size() <= stored + 1); // at most the chunk on the wire
        QCOMPARE(c->upload(id)->state, State::Paused);

        QVERIFY(!media::UploadStateRepository(c->store().database().sql()).resume({id}));
        c->store().hub().notify(media::MediaGridModel::uploadEntity(), {id});
        QVERIFY(c->waitForUploads());
        QCOMPARE(c->upload(id)->state, State::Done);
        QCOMPARE(totalResends(uploadCounts(*m_server, uploadId)), 0);
    }
};

QTEST_MAIN(TestMediaUploads)
#include "tst_media_uploads.moc"
