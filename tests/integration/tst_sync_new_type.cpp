// Adding a synced type is a migration, a declaration, a wire mapping and a
// registration: this test adds a made-up one ("test_note") in exactly those
// four steps, here and nowhere else, and it syncs end to end against
// pitchside-server (whose /api/test/records/{kind} keeps any kind a test
// makes up) through the generic round trip every type passes.
#include "TypeRoundTrip.h"

#include "models/store/SyncedType.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

namespace {

struct Note
{
    QString id;
    QString title;
    QString body;
    QStringList labels;
    bool pinned = false;
    QDateTime remindAt;
    int localZoom = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

// 1. The migration.
const char *kMigration = "CREATE TABLE notes ("
                         " id TEXT PRIMARY KEY NOT NULL,"
                         " title TEXT NOT NULL, body TEXT, labels TEXT NOT NULL DEFAULT '[]',"
                         " pinned INTEGER NOT NULL DEFAULT 0, remind_at INTEGER,"
                         " zoom INTEGER NOT NULL DEFAULT 0,"
                         " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                         " version INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 0,"
                         " deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0)";

// 2. The declaration.
const store::SyncedType<Note> &noteType()
{
    static const store::SyncedType<Note> type = [] {
        store::SyncedType<Note> t(QStringLiteral("test_note"), QStringLiteral("notes"), "Note");
        t.operations = store::CanCreate | store::CanUpdate | store::CanDelete;
        t.titleColumn = QStringLiteral("title");
        t.add("title", &Note::title, store::ColumnKind::TextNotNull, store::Required | store::Pushed, "Title");
        t.add("body", &Note::body, store::ColumnKind::Text, store::Pushed, "Body");
        t.add("labels", &Note::labels, store::ColumnKind::JsonArray, store::Pushed, "Labels");
        t.add("pinned", &Note::pinned, store::ColumnKind::Bool, store::Pushed, "Pinned");
        t.add("remind_at", &Note::remindAt, store::ColumnKind::Timestamp, store::Pushed, "Reminder");
        t.add("zoom", &Note::localZoom, store::ColumnKind::IntegerNotNull, store::LocalOnly);
        t.addTimes();
        return t;
    }();
    return type;
}

// 3. The wire mapping.
sync::EntitySpec noteEntity()
{
    sync::EntitySpec s(noteType());
    s.collectionPath = QStringLiteral("/api/test/records/test_note");
    for (const char *c : {"title", "body", "labels", "pinned", "remind_at", "created_at", "updated_at"})
        s.map(c, {c});
    return s;
}

} // namespace

class TstSyncNewType : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    sync::EntityRegistry m_registry;
    std::unique_ptr<RemoteUser> m_remote;
    std::unique_ptr<SyncClient> m_a;
    std::unique_ptr<SyncClient> m_b;

private Q_SLOTS:
    void initTestCase()
    {
        // 4. The registration (beside the built-in types, as the app would).
        for (auto make : {sync::profileEntity, sync::postEntity, sync::templateEntity, sync::mediaEntity,
                          sync::matchEntity, sync::eventEntity, sync::socialAccountEntity, noteEntity})
            QVERIFY2(m_registry.add(make()), qPrintable(m_registry.problems().join(u'\n')));

        QVERIFY(m_dir.isValid());
        m_remote = startServerWithUser(m_server, m_dir, QStringLiteral("notes"));
        QVERIFY(m_remote);
        for (const char *name : {"a", "b"}) {
            QDir().mkpath(m_dir.filePath(QString::fromLatin1(name)));
            auto client = std::make_unique<SyncClient>(m_server, m_dir.filePath(QString::fromLatin1(name)));
            QSqlQuery q(client->store().database().sql());
            QVERIFY2(q.exec(QString::fromLatin1(kMigration)), qPrintable(q.lastError().text()));
            QVERIFY2(noteType().schemaProblems(client->store().database().sql()).isEmpty(),
                     qPrintable(noteType().schemaProblems(client->store().database().sql()).join(u'\n')));
            client->setRegistry(&m_registry);
            QVERIFY(client->signIn(m_remote->email(), m_remote->password()));
            (name[0] == 'a' ? m_a : m_b) = std::move(client);
        }
    }

    void theMadeUpTypeSyncsEndToEnd()
    {
        const sync::EntitySpec &notes = *m_registry.find(QStringLiteral("test_note"));
        TypeRoundTrip(*m_remote, *m_a, *m_b, m_registry).run(notes);
    }

    void theStructReadsBackWhatWasSynced()
    {
        // The typed side of the declaration, on what the other client made.
        Note n;
        n.title = QStringLiteral("Réunion des bénévoles");
        n.labels = {QStringLiteral("club")};
        n.pinned = true;
        n.localZoom = 3;
        store::SyncedRepository<Note> mine(m_a->store().database().sql(), &m_a->store().hub(), noteType());
        QVERIFY(!mine.create(n));
        QVERIFY(m_a->syncUntilClean());
        QVERIFY(m_b->syncUntilClean());
        store::SyncedRepository<Note> theirs(m_b->store().database().sql(), nullptr, noteType());
        const std::optional<Note> seen = theirs.find(n.id);
        QVERIFY(seen);
        QCOMPARE(seen->title, n.title);
        QCOMPARE(seen->labels, n.labels);
        QVERIFY(seen->pinned);
        QCOMPARE(seen->localZoom, 0); // LocalOnly: never travels
        QCOMPARE(seen->sync.version, mine.find(n.id)->sync.version);
    }
};

QTEST_GUILESS_MAIN(TstSyncNewType)
#include "tst_sync_new_type.moc"
