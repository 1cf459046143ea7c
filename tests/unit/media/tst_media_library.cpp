// The library over a real store: import (batches, bad input, dedupe, a
// folder of 2,000 mixed files), metadata edits and deletes with their
// outbox entries, search and filters, and what an upload's answer does.
#include "MediaFixtures.h"
#include "models/Clock.h"
#include "models/media/ContentStore.h"
#include "models/media/MediaDeletion.h"
#include "models/media/MediaImporter.h"
#include "models/media/UploadCompletion.h"
#include "models/media/UploadStateRepository.h"
#include "models/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::media;
using Kind = ImportOutcome::Kind;

class TestMediaLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    int m_seed = 100;

    QString accountDir() const { return m_dir.filePath(QStringLiteral("accounts/local")); }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("in/") + name);
        fixtures::write(path, bytes);
        return path;
    }
    QByteArray newPhoto(const char *format = "jpg", QSize size = QSize(480, 600))
    {
        return fixtures::encode(fixtures::photo(++m_seed, size), format);
    }
    ImportReport import(const QStringList &paths)
    {
        MediaImporter importer(*m_store, ContentStore::rootFor(accountDir()));
        QSignalSpy done(&importer, &MediaImporter::finished);
        importer.start(paths);
        if (!done.wait(120000))
            return {};
        return done.takeFirst().at(0).value<ImportReport>();
    }
    int scalar(const QString &sql)
    {
        QSqlQuery q(m_store->database().sql());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    const ImportOutcome *outcomeFor(const ImportReport &r, const QString &name)
    {
        for (const ImportOutcome &o : r.outcomes) {
            if (o.source.endsWith(u'/' + name))
                return &o;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(accountDir());
        store::StoreError error;
        m_store = store::Store::open(accountDir() + QStringLiteral("/pitchside.sqlite"), &error);
        QVERIFY2(m_store, qPrintable(error.detail));
    }

    void aBatchWithBadInputKeepsEverythingElse()
    {
        const QByteArray jpeg = newPhoto();
        const QByteArray truncated = newPhoto();
        fixtures::Movie clip;
        clip.duration = 600 * 12;
        clip.rotate90 = true;
        const QStringList paths{
            file(QStringLiteral("good.jpg"), jpeg),
            file(QStringLiteral("same photo again.jpg"), jpeg),
            file(QStringLiteral("renamed.mp4"), newPhoto("png", QSize(300, 300))),
            file(QStringLiteral("card.webp"), newPhoto("webp")),
            file(QStringLiteral("goal.mp4"), fixtures::movie(clip)),
            file(QStringLiteral("cut.jpg"), truncated.left(truncated.size() / 3)),
            file(QStringLiteral("empty.jpg"), {}),
            file(QStringLiteral("notes.txt"), "Compo : 4-4-2"),
            file(QStringLiteral("huge.jpg"), jpeg.left(jpeg.size() - 2) + QByteArray(11 * 1024 * 1024, '\0') + "\xFF\xD9"),
            m_dir.filePath(QStringLiteral("in/missing.jpg")),
        };
        const ImportReport r = import(paths);
        QCOMPARE(r.outcomes.size(), paths.size());
        QCOMPARE(r.count(Kind::Imported), 4);
        QCOMPARE(r.count(Kind::Duplicate), 1);
        QCOMPARE(r.count(Kind::Refused), 5);
        QCOMPARE(outcomeFor(r, QStringLiteral("same photo again.jpg"))->mediaId,
                 outcomeFor(r, QStringLiteral("good.jpg"))->mediaId);
        QVERIFY(outcomeFor(r, QStringLiteral("renamed.mp4"))->renamed);
        QCOMPARE(outcomeFor(r, QStringLiteral("cut.jpg"))->problem, StructureCheck::Problem::Truncated);
        QCOMPARE(outcomeFor(r, QStringLiteral("empty.jpg"))->reason, ContentStore::Ingested::Outcome::Empty);
        QCOMPARE(outcomeFor(r, QStringLiteral("notes.txt"))->reason, ContentStore::Ingested::Outcome::Unsupported);
        QCOMPARE(outcomeFor(r, QStringLiteral("huge.jpg"))->reason, ContentStore::Ingested::Outcome::TooLarge);
        QCOMPARE(outcomeFor(r, QStringLiteral("missing.jpg"))->reason, ContentStore::Ingested::Outcome::Unreadable);

        // Rows, their outbox creates and their uploads, together.
        QCOMPARE(m_store->media().count(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_type = 'media' AND op = 'create'")), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM media_uploads WHERE state = 'queued'")), 4);
        const Media renamed = *m_store->media().find(outcomeFor(r, QStringLiteral("renamed.mp4"))->mediaId);
        QCOMPARE(renamed.mimeType, QStringLiteral("image/png"));
        QCOMPARE(renamed.width, 300);
        const Media video = *m_store->media().find(outcomeFor(r, QStringLiteral("goal.mp4"))->mediaId);
        QCOMPARE(video.type, Media::Type::Video);
        QCOMPARE(video.durationMs, 12000);
        QCOMPARE(video.width, 1080); // turned: a portrait phone video
        QCOMPARE(video.height, 1920);
        const Media photo = *m_store->media().find(outcomeFor(r, QStringLiteral("good.jpg"))->mediaId);
        QCOMPARE(photo.sha256, QString::fromLatin1(QCryptographicHash::hash(jpeg, QCryptographicHash::Sha256).toHex()));
        QVERIFY(photo.localPath.startsWith(accountDir() + QStringLiteral("/media/")));
        QCOMPARE(photo.filename, QStringLiteral("good.jpg"));
        QCOMPARE(QSize(photo.width, photo.height), QSize(480, 600));
    }

    void importingTheSamePhotoTwiceKeepsOne()
    {
        const QByteArray jpeg = newPhoto();
        const ImportReport first = import({file(QStringLiteral("a.jpg"), jpeg)});
        QCOMPARE(first.count(Kind::Imported), 1);
        const ImportReport second = import({file(QStringLiteral("b.jpg"), jpeg)});
        QCOMPARE(second.count(Kind::Duplicate), 1);
        QCOMPARE(second.outcomes.constFirst().mediaId, first.outcomes.constFirst().mediaId);
        QCOMPARE(m_store->media().count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 1);
    }

    void aFolderOfTwoThousandMixedFiles()
    {
        // 1,200 distinct small photos, 300 copies of some of them, 200
        // truncated photos, 200 text files, 100 empty files; hidden files skipped.
        const QString folder = m_dir.filePath(QStringLiteral("in/match-day"));
        QVector<QByteArray> photos;
        for (int i = 0; i < 1200; ++i) {
            QImage img(48, 48, QImage::Format_RGB32);
            img.fill(QColor::fromRgb(i * 37 % 256, i * 91 % 256, i % 256));
            img.setPixel(i % 48, (i / 48) % 48, qRgb(255, 255, 255));
            photos << fixtures::encode(img, i % 2 ? "png" : "jpg");
            fixtures::write(folder + QStringLiteral("/%1/IMG_%2.%3").arg(i % 10).arg(i).arg(i % 2 ? "png" : "jpg"),
                            photos.last());
        }
        for (int i = 0; i < 300; ++i)
            fixtures::write(folder + QStringLiteral("/copies/copy_%1.jpg").arg(i), photos.at(i * 2));
        for (int i = 0; i < 200; ++i)
            fixtures::write(folder + QStringLiteral("/broken/cut_%1.jpg").arg(i), photos.at(i * 2).left(100));
        for (int i = 0; i < 200; ++i)
            fixtures::write(folder + QStringLiteral("/notes/note_%1.txt").arg(i), "Programme du week-end");
        for (int i = 0; i < 100; ++i)
            fixtures::write(folder + QStringLiteral("/empty/e_%1.jpg").arg(i), {});
        fixtures::write(folder + QStringLiteral("/.thumbnails/skip.jpg"), photos.at(0));
        fixtures::write(folder + QStringLiteral("/.DS_Store"), "junk");

        QElapsedTimer t;
        t.start();
        const ImportReport r = import({folder});
        qInfo("imported 2,000 files in %lld ms", t.elapsed());
        QCOMPARE(r.outcomes.size(), 2000);
        QCOMPARE(r.count(Kind::Imported), 1200);
        QCOMPARE(r.count(Kind::Duplicate), 300);
        QCOMPARE(r.count(Kind::Refused), 500);
        QCOMPARE(m_store->media().count(), 1200);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM media_uploads")), 1200);
    }

    void cancelKeepsWhatWasImported()
    {
        QStringList paths;
        for (int i = 0; i < 300; ++i)
            paths << file(QStringLiteral("c/%1.jpg").arg(i), newPhoto("jpg", QSize(200, 200)));
        MediaImporter importer(*m_store, ContentStore::rootFor(accountDir()));
        QSignalSpy done(&importer, &MediaImporter::finished);
        QSignalSpy progress(&importer, &MediaImporter::progress);
        importer.start(paths);
        QVERIFY(progress.wait());
        importer.cancel();
        QVERIFY(done.wait(60000));
        const ImportReport r = done.takeFirst().at(0).value<ImportReport>();
        QVERIFY(r.cancelled);
        QVERIFY(r.outcomes.size() < 300);
        QCOMPARE(m_store->media().count(), r.count(Kind::Imported));
    }

    void aStoreThatWillNotOpenIsNotACancel()
    {
        // The import's own connection is refused (the file says a newer
        // Pitchside wrote it): the report says so, with the store's reason,
        // and nothing is copied into the library.
        QVERIFY(scalar(QStringLiteral("SELECT 1")) == 1);
        QSqlQuery(m_store->database().sql())
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(store::Database::latestSchemaVersion() + 1));
        const ImportReport r = import({file(QStringLiteral("n/Tribune.jpg"), newPhoto())});
        QVERIFY(!r.cancelled);
        QCOMPARE(r.storeError.kind, store::StoreError::Kind::NewerSchema);
        QVERIFY(r.storeError.userMessage().contains(QStringLiteral("newer version of Pitchside")));
        QVERIFY(r.outcomes.isEmpty());
        QCOMPARE(m_store->media().count(), 0);
        QVERIFY(QDir(ContentStore::rootFor(accountDir())).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        // A store that opens: a report without one.
        QSqlQuery(m_store->database().sql())
            .exec(QStringLiteral("PRAGMA user_version = %1").arg(store::Database::latestSchemaVersion()));
        const ImportReport ok = import({file(QStringLiteral("n/Tribune.jpg"), newPhoto())});
        QVERIFY(!ok.storeError);
        QCOMPARE(ok.count(Kind::Imported), 1);
    }

    void editsAndDeletesGoThroughTheOutbox()
    {
        const ImportReport r = import({file(QStringLiteral("tribune.jpg"), newPhoto())});
        const QString id = r.outcomes.constFirst().mediaId;
        // Before the upload: edits ride on the pending create (nothing new to push).
        QVERIFY(!m_store->media().update(id, [](Media &m) {
            m.tags = {QStringLiteral("tribune"), QStringLiteral("supporters")};
            m.altText = QStringLiteral("La tribune Nord chante avant le coup d'envoi");
        }));
        QCOMPARE(m_store->outbox().entriesFor(store::EntityType::Media, id).size(), 1);

        // The upload completes: the server has none of those edits yet.
        QJsonObject server{{"id", id}, {"version", 1}, {"filename", "tribune.jpg"}, {"tags", QJsonArray()},
                           {"alt_text", QJsonValue()}, {"width", 480}, {"height", 600},
                           {"variants", QJsonObject{{"thumbnail", QJsonObject{{"url", "/t"}}}, {"blur_hash", "LEHV6n"}}}};
        QStringList pending;
        QVERIFY(!UploadCompletion(m_store->database().sql()).complete(id, server, &pending));
        QCOMPARE(pending, (QStringList{QStringLiteral("tags"), QStringLiteral("alt_text")}));
        const QVector<store::Outbox::Entry> entries = m_store->outbox().entriesFor(store::EntityType::Media, id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().op, store::Outbox::Op::Update);
        QCOMPARE(entries.constFirst().baseVersion, 1);
        const Media m = *m_store->media().find(id);
        QCOMPARE(m.sync.version, 1);
        QVERIFY(m.sync.dirty);
        QCOMPARE(m.blurHash, QStringLiteral("LEHV6n"));
        QCOMPARE(UploadStateRepository(m_store->database().sql()).get(id)->state, UploadRecord::State::Done);

        // Used by a post: refused, as the server's media_in_use.
        Post post;
        post.content = QStringLiteral("Quelle ambiance !");
        post.mediaIds = {id};
        QVERIFY(!m_store->posts().create(post));
        QStringList usedBy;
        const store::StoreError refused = m_store->media().remove(id, &usedBy);
        QCOMPARE(refused.kind, store::StoreError::Kind::Refused);
        QCOMPARE(usedBy, QStringList{post.id});
        QVERIFY(m_store->media().find(id));

        // Free again: a tombstone and a delete to push (the server has it).
        QVERIFY(!m_store->posts().update(post.id, [](Post &p) { p.mediaIds.clear(); }));
        const MediaDeletion d = MediaDeletion::run(*m_store, {id});
        QCOMPARE(d.deleted, QStringList{id});
        QVERIFY(m_store->media().find(id)->sync.deleted);
        QVERIFY(!QFile::exists(m.localPath));
        QCOMPARE(m_store->outbox().entriesFor(store::EntityType::Media, id).constFirst().op, store::Outbox::Op::Delete);
    }

    void deletingBeforeTheUploadLeavesNoTrace()
    {
        const ImportReport r = import({file(QStringLiteral("x.jpg"), newPhoto())});
        const QString id = r.outcomes.constFirst().mediaId;
        const QString path = m_store->media().find(id)->localPath;
        QVERIFY(MediaDeletion::run(*m_store, {id}).deleted.contains(id));
        QVERIFY(!m_store->media().find(id));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM media_uploads")), 0);
        QVERIFY(!QFile::exists(path));
    }

    void theServerAlreadyHadTheBytes()
    {
        // Another computer uploaded this photo first: ours becomes that item.
        const ImportReport r = import({file(QStringLiteral("derby.jpg"), newPhoto())});
        const QString local = r.outcomes.constFirst().mediaId;
        QVERIFY(!m_store->media().update(local, [](Media &m) { m.tags = {QStringLiteral("derby")}; }));
        Post post;
        post.content = QStringLiteral("Derby !");
        post.mediaIds = {local};
        QVERIFY(!m_store->posts().create(post));
        const Media before = *m_store->media().find(local);
        const QString serverId = QStringLiteral("6f1c2a4e-0000-4000-8000-000000000001");
        QJsonObject server{{"id", serverId}, {"version", 3}, {"type", "image"}, {"filename", "IMG_2044.JPG"},
                           {"mime_type", "image/jpeg"}, {"size_bytes", before.sizeBytes}, {"sha256", before.sha256},
                           {"tags", QJsonArray{"match"}}, {"alt_text", ""}, {"width", 480}, {"height", 600},
                           {"created_at", "2026-03-01T15:00:00Z"}, {"updated_at", "2026-03-01T15:00:00Z"}};
        QStringList pending;
        QVERIFY(!UploadCompletion(m_store->database().sql()).mergeInto(local, server, &pending));
        QVERIFY(!m_store->media().find(local));
        const Media merged = *m_store->media().find(serverId);
        QCOMPARE(merged.localPath, before.localPath);
        QCOMPARE(merged.tags, (QStringList{QStringLiteral("match"), QStringLiteral("derby")}));
        QCOMPARE(pending, QStringList{QStringLiteral("tags")});
        QCOMPARE(m_store->posts().find(post.id)->mediaIds, QStringList{serverId});
        QCOMPARE(m_store->outbox().entriesFor(store::EntityType::Media, local).size(), 0);
        QCOMPARE(m_store->outbox().entriesFor(store::EntityType::Media, serverId).constFirst().op, store::Outbox::Op::Update);
        QCOMPARE(m_store->media().count(), 1);
    }

    void searchAndFilters()
    {
        const ImportReport r = import({file(QStringLiteral("Équipe U17.jpg"), newPhoto()),
                                       file(QStringLiteral("vestiaire.png"), newPhoto("png")),
                                       file(QStringLiteral("but.mp4"), fixtures::movie({}))});
        QCOMPARE(r.count(Kind::Imported), 3);
        const QString team = outcomeFor(r, QStringLiteral("Équipe U17.jpg"))->mediaId;
        const QString room = outcomeFor(r, QStringLiteral("vestiaire.png"))->mediaId;
        const QString goal = outcomeFor(r, QStringLiteral("but.mp4"))->mediaId;
        QVERIFY(!m_store->media().update(room, [](Media &m) {
            m.tags = {QStringLiteral("coulisses")};
            m.altText = QStringLiteral("Les maillots accrochés avant la finale");
        }));
        QVERIFY(!m_store->media().update(goal, [](Media &m) { m.tags = {QStringLiteral("coulisses"), QStringLiteral("but")}; }));

        auto ids = [this](MediaQuery q) { return m_store->media().ids(q); };
        MediaQuery q;
        q.search = QStringLiteral("equipe"); // accents folded
        QCOMPARE(ids(q), QStringList{team});
        q.search = QStringLiteral("maill"); // alt text, prefix
        QCOMPARE(ids(q), QStringList{room});
        q.search = QStringLiteral("#coulisses");
        QCOMPARE(ids(q).size(), 2);
        q.type = Media::Type::Video;
        QCOMPARE(ids(q), QStringList{goal});
        q = {};
        q.tag = QStringLiteral("but");
        QCOMPARE(ids(q), QStringList{goal});
        q = {};
        q.sort = MediaQuery::Sort::NameAscending;
        QCOMPARE(ids(q), (QStringList{goal, room, team}));
        q.from = Clock::nowUtc().addDays(1); // the store stamps imports with the Clock
        QVERIFY(ids(q).isEmpty());
        QCOMPARE(m_store->media().allTags(), (QStringList{QStringLiteral("but"), QStringLiteral("coulisses")}));
    }
};

QTEST_MAIN(TestMediaLibrary)
#include "tst_media_library.moc"
