// A user's change and its outbox entry: together or not at all, coalesced.
#include "models/store/Store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::store;

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString createPost(const QString &content)
    {
        Post post;
        post.content = content;
        post.platforms = Platform::LinkedIn;
        const StoreError e = m_store->posts().create(post);
        return e ? QString() : post.id;
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(m_store->database().sql());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }

    // Makes a post look like the server accepted it at `version`.
    void markSynced(const QString &id, int version)
    {
        QSqlQuery q(m_store->database().sql());
        q.prepare(QStringLiteral("UPDATE posts SET version = ?, dirty = 0 WHERE id = ?"));
        q.addBindValue(version);
        q.addBindValue(id);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void init()
    {
        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY(m_store);
    }

    void cleanup() { m_store.reset(); }

    void createWritesRowAndEntry()
    {
        QSignalSpy changes(&m_store->hub(), &ChangeHub::changed);
        const QString id = createPost(QStringLiteral("Match ce week-end"));
        QVERIFY(!id.isEmpty());
        const auto entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).op, Outbox::Op::Create);
        QCOMPARE(entries.at(0).entityType, EntityType::Post);
        QCOMPARE(entries.at(0).entityId, id);
        QVERIFY(!entries.at(0).idempotencyKey.isEmpty());
        const Post stored = *m_store->posts().find(id);
        QVERIFY(stored.sync.dirty);
        QCOMPARE(stored.sync.version, 0);
        QVERIFY(changes.size() >= 1);
        QCOMPARE(changes.at(0).at(0).toString(), EntityType::Post);
        QCOMPARE(changes.at(0).at(1).toStringList(), QStringList{id});
    }

    void updatesAfterAWaitingCreateAddNothing()
    {
        const QString id = createPost(QStringLiteral("v1"));
        for (int i = 2; i <= 20; ++i) {
            QVERIFY(!m_store->posts().update(id, [&](Post &p) { p.content = QStringLiteral("v%1").arg(i); }));
        }
        QCOMPARE(m_store->outbox().count(), 1);
        QCOMPARE(m_store->posts().find(id)->content, QStringLiteral("v20"));
    }

    void updatesOfASyncedPostCoalesceTheirFields()
    {
        const QString id = createPost(QStringLiteral("v1"));
        markSynced(id, 3);
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("v2"); }));
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.platforms |= Platform::Instagram; }));
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("v3"); }));
        const auto entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).op, Outbox::Op::Update);
        QCOMPARE(entries.at(0).baseVersion, 3);
        QCOMPARE(entries.at(0).fields, (QStringList{QStringLiteral("content"), QStringLiteral("platforms")}));
    }

    void anEntryOnTheWireIsNotChanged()
    {
        const QString id = createPost(QStringLiteral("v1"));
        markSynced(id, 1);
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("v2"); }));
        exec(QStringLiteral("UPDATE outbox SET state = 'inflight'"));
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.hashtags = {QStringLiteral("USR")}; }));
        const auto entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).fields, QStringList{QStringLiteral("hashtags")});
    }

    void editingAParkedEntryGivesItAnotherChance()
    {
        const QString id = createPost(QStringLiteral("v1"));
        markSynced(id, 1);
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QString(3100, u'x'); }));
        exec(QStringLiteral("UPDATE outbox SET state = 'parked', attempts = 1, last_error = 'too long'"));
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("short"); }));
        const auto entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).state, Outbox::State::Pending);
        QCOMPARE(entries.at(0).attempts, 0);
        QVERIFY(entries.at(0).lastError.isEmpty());
    }

    void deletingANeverSyncedPostLeavesNoTrace()
    {
        const QString id = createPost(QStringLiteral("brouillon"));
        QVERIFY(!m_store->posts().remove(id));
        QVERIFY(!m_store->posts().find(id));
        QCOMPARE(m_store->outbox().count(), 0);
    }

    void deletingASentCreateStillTellsTheServer()
    {
        // The create may have reached the server even if its answer was lost.
        const QString id = createPost(QStringLiteral("brouillon"));
        exec(QStringLiteral("UPDATE outbox SET attempts = 1"));
        QVERIFY(!m_store->posts().remove(id));
        const auto entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).op, Outbox::Op::Delete);
        QVERIFY(m_store->posts().find(id)->sync.deleted);
    }

    void deletingASyncedPostQueuesATombstone()
    {
        const QString id = createPost(QStringLiteral("publié ?"));
        markSynced(id, 4);
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("edit"); }));
        QVERIFY(!m_store->posts().remove(id));
        const auto entries = m_store->outbox().entries();
        QCOMPARE(entries.size(), 1); // the waiting update is moot
        QCOMPARE(entries.at(0).op, Outbox::Op::Delete);
        QCOMPARE(entries.at(0).baseVersion, 4);
        QVERIFY(m_store->posts().find(id)->sync.deleted);
        QCOMPARE(m_store->posts().count({}), 0); // hidden from lists at once
        QCOMPARE(m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("x"); }).kind,
                 StoreError::Kind::NotFound);
    }

    void publishedPostsCannotBeDeleted()
    {
        const QString id = createPost(QStringLiteral("en ligne"));
        markSynced(id, 2);
        exec(QStringLiteral("UPDATE posts SET status = 'published', published_at = 1"));
        const StoreError e = m_store->posts().remove(id);
        QCOMPARE(e.kind, StoreError::Kind::Refused);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(m_store->posts().find(id));
        QCOMPARE(m_store->outbox().count(), 0);
    }

    void aFailingOutboxWriteLeavesNoRow()
    {
        exec(QStringLiteral("DROP TABLE outbox"));
        Post post;
        post.content = QStringLiteral("jamais à moitié");
        const StoreError e = m_store->posts().create(post);
        QCOMPARE(e.kind, StoreError::Kind::QueryFailed);
        QSqlQuery q(m_store->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM posts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void mediaOrderIsKept()
    {
        Post post;
        post.content = QStringLiteral("carrousel");
        post.mediaIds = {QStringLiteral("m3"), QStringLiteral("m1"), QStringLiteral("m2")};
        QVERIFY(!m_store->posts().create(post));
        QCOMPARE(m_store->posts().find(post.id)->mediaIds, post.mediaIds);
        QVERIFY(!m_store->posts().update(post.id, [](Post &p) { p.mediaIds.move(0, 2); }));
        QCOMPARE(m_store->posts().find(post.id)->mediaIds,
                 (QStringList{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3")}));
        QCOMPARE(m_store->posts().usingMedia(QStringLiteral("m2")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
