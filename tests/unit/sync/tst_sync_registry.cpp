// A synced type is declared once (models/store/types) and mapped once
// (sync/entities): these checks make a column that one of them forgot, or
// that the migration never created, fail here instead of never syncing.
#include "models/store/Store.h"
#include "models/store/SyncedType.h"
#include "models/store/types/SyncedTypes.h"
#include "sync/entities/EntityRegistry.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::sync;

namespace {

struct Note
{
    QString id;
    QString title;
    QString body;
    QString localColour;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

const store::SyncedType<Note> &noteType()
{
    static const store::SyncedType<Note> type = [] {
        store::SyncedType<Note> t(QStringLiteral("note"), QStringLiteral("notes"), "Note");
        t.operations = store::CanCreate | store::CanUpdate | store::CanDelete;
        t.titleColumn = QStringLiteral("title");
        t.add("title", &Note::title, store::ColumnKind::TextNotNull, store::Required | store::Pushed);
        t.add("body", &Note::body, store::ColumnKind::Text, store::Pushed);
        t.add("colour", &Note::localColour, store::ColumnKind::Text, store::LocalOnly);
        t.addTimes();
        return t;
    }();
    return type;
}

EntitySpec completeNoteMapping()
{
    EntitySpec s(noteType());
    s.collectionPath = QStringLiteral("/api/notes");
    s.map("title", {"title"});
    s.map("body", {"body"});
    s.map("created_at", {"created_at"});
    s.map("updated_at", {"updated_at"});
    return s;
}

bool mentions(const QStringList &problems, const QString &words)
{
    for (const QString &p : problems) {
        if (p.contains(words))
            return true;
    }
    return false;
}

} // namespace

class TstSyncRegistry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void builtinMappingsAgreeWithTheirDeclarations()
    {
        QVERIFY2(EntityRegistry::builtin().problems().isEmpty(),
                 qPrintable(EntityRegistry::builtin().problems().join(u'\n')));
        QCOMPARE(EntityRegistry::builtin().all().size(), std::size_t(16));
    }

    void builtinDeclarationsAgreeWithTheMigrations()
    {
        store::StoreError e;
        auto s = store::Store::open(m_dir.filePath(QStringLiteral("schema.sqlite")), &e);
        QVERIFY2(s, qPrintable(e.detail));
        for (const EntitySpec *spec : EntityRegistry::builtin().all()) {
            const QStringList problems = spec->declaration().schemaProblems(s->database().sql());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
    }

    void everyPushableColumnTravelsUnderItsOutboxField()
    {
        // The outbox records fields; the push sends keys: they are one name.
        for (const EntitySpec *spec : EntityRegistry::builtin().all()) {
            for (const store::ColumnDecl &c : spec->declaration().columns()) {
                if (!c.is(store::Pushed))
                    continue;
                QVERIFY2(spec->pushableKeys().contains(c.field), qPrintable(spec->type + u'.' + c.name));
            }
            // Keys set once, at creation (a post's profile, a message's
            // recipient and text), are pushed but never edited.
            for (const QString &key : spec->pushableKeys()) {
                const store::ColumnDecl *c = spec->declaration().column(key);
                const bool createOnly = c && c->is(store::CreateOnly);
                QVERIFY2(spec->declaration().editableFields().contains(key) || key == u"profile_id" || createOnly,
                         qPrintable(spec->type + u'.' + key));
            }
        }
    }

    void aColumnWithoutMappingIsRefused()
    {
        EntitySpec s(noteType());
        s.collectionPath = QStringLiteral("/api/notes");
        s.map("title", {"title"});
        s.map("created_at", {"created_at"});
        s.map("updated_at", {"updated_at"});
        EntityRegistry r;
        QVERIFY(!r.add(std::move(s)));
        QVERIFY2(mentions(r.problems(), QStringLiteral("column body is declared but has no wire mapping")),
                 qPrintable(r.problems().join(u'\n')));
        QVERIFY(!r.find(QStringLiteral("note")));
    }

    void aMappingOfAnUndeclaredOrLocalColumnIsRefused()
    {
        EntitySpec s = completeNoteMapping();
        s.map("colour", {"colour"});
        s.map("subtitle", {"subtitle"});
        s.map("title", {"heading"});
        s.finalize();
        QVERIFY(mentions(s.problems(), QStringLiteral("column colour is LocalOnly")));
        QVERIFY(mentions(s.problems(), QStringLiteral("column subtitle, which is not declared")));
        QVERIFY(mentions(s.problems(), QStringLiteral("column title is mapped more than once")));
    }

    void aPushedColumnSentUnderAnotherKeyIsRefused()
    {
        EntitySpec s(noteType());
        s.collectionPath = QStringLiteral("/api/notes");
        s.map("title", {"heading"});
        s.map("body", {"body"});
        s.map("created_at", {"created_at"});
        s.map("updated_at", {"updated_at"});
        s.finalize();
        QVERIFY2(mentions(s.problems(), QStringLiteral("column title changes field title in the outbox but is sent under heading")),
                 qPrintable(s.problems().join(u'\n')));
    }

    void routesFollowWhatPeopleMayDo()
    {
        EntitySpec s = completeNoteMapping();
        s.collectionPath.clear();
        s.finalize();
        QVERIFY(mentions(s.problems(), QStringLiteral("no collection path")));

        EntitySpec sound = completeNoteMapping();
        sound.finalize();
        QVERIFY2(sound.problems().isEmpty(), qPrintable(sound.problems().join(u'\n')));
        QVERIFY(sound.canCreate && sound.canUpdate && sound.canDelete);
        QCOMPARE(sound.fields.size(), std::size_t(4)); // colour stays on this computer
    }

    void aTableThatDisagreesWithItsDeclarationIsReported()
    {
        store::StoreError e;
        auto s = store::Store::open(m_dir.filePath(QStringLiteral("notes.sqlite")), &e);
        QVERIFY2(s, qPrintable(e.detail));
        QSqlQuery q(s->database().sql());
        // "colour" forgotten by the migration, "pinned" forgotten by the declaration.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id TEXT PRIMARY KEY, title TEXT NOT NULL, body TEXT, "
                                      "pinned INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                                      "version INTEGER NOT NULL DEFAULT 0, dirty INTEGER NOT NULL DEFAULT 0, "
                                      "deleted INTEGER NOT NULL DEFAULT 0, conflict INTEGER NOT NULL DEFAULT 0)")));
        const QStringList problems = noteType().schemaProblems(s->database().sql());
        QCOMPARE(problems.size(), 2);
        QVERIFY(mentions(problems, QStringLiteral("notes.colour is declared but the table has none")));
        QVERIFY(mentions(problems, QStringLiteral("notes.pinned is in the table but not declared")));
    }

    void aDeclarationReadsAndWritesItsStruct()
    {
        Note n;
        n.id = QStringLiteral("n1");
        n.title = QStringLiteral("Été");
        n.createdAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
        const store::EntityRow row = noteType().toRow(n);
        QCOMPARE(row.values.size(), 5);
        QVERIFY(row.values.at(1).isNull()); // an empty text is NULL in a Text column
        const Note back = noteType().fromRow(row);
        QCOMPARE(back.title, n.title);
        QCOMPARE(back.createdAt, n.createdAt);
        Note edited = n;
        edited.body = QStringLiteral("x");
        edited.localColour = QStringLiteral("red");
        // Only what is pushed counts as a change to send.
        QCOMPARE(noteType().changedFields(row, noteType().toRow(edited)), QStringList{QStringLiteral("body")});
    }
};

QTEST_GUILESS_MAIN(TstSyncRegistry)
#include "tst_sync_registry.moc"
