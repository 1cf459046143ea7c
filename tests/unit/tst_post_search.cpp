// Full-text search over posts (FTS5), as people type it.
#include "models/store/FtsQuery.h"
#include "models/store/Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::store;

class TestPostSearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList search(const QString &text)
    {
        PostFilter f;
        f.search = text;
        QStringList ids;
        for (const PostSummary &s : m_store->posts().page(f, {}, 100))
            ids << s.preview;
        ids.sort();
        return ids;
    }

    void add(const QString &content, const QStringList &hashtags = {})
    {
        Post p;
        p.content = content;
        p.hashtags = hashtags;
        QVERIFY(!m_store->posts().create(p));
    }

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("s.sqlite")), &error);
        QVERIFY(m_store);
        add(QStringLiteral("Stage d'été pour les U13"), {QStringLiteral("stage")});
        add(QStringLiteral("Victoire des U17 contre Colmar"), {QStringLiteral("USRiviere")});
        add(QStringLiteral("Merci à notre partenaire Boulangerie Martin"));
        add(QStringLiteral("Assemblée générale vendredi"));
    }

    void accentsAreFolded() { QCOMPARE(search(QStringLiteral("ete")), QStringList{QStringLiteral("Stage d'été pour les U13")}); }

    void wordsAreAndedAndTheLastIsAPrefix()
    {
        QCOMPARE(search(QStringLiteral("victoire col")), QStringList{QStringLiteral("Victoire des U17 contre Colmar")});
        QCOMPARE(search(QStringLiteral("victoire stage")), QStringList{});
    }

    void hashtagsAreSearchable()
    {
        QCOMPARE(search(QStringLiteral("#usriviere")), QStringList{QStringLiteral("Victoire des U17 contre Colmar")});
    }

    void syntaxInTheTextIsNotAQuery()
    {
        // FTS5 operators and quotes typed by a person are just text.
        QCOMPARE(search(QStringLiteral("\"merci AND OR NOT (")), QStringList{});
        QCOMPARE(search(QStringLiteral("merci*")).size(), 1);
        QCOMPARE(ftsQueryFromUserText(QStringLiteral("  ")), QString());
        QCOMPARE(ftsQueryFromUserText(QStringLiteral("a \"b")), QStringLiteral("\"a\" \"b\"*"));
    }

    void editsAndDeletesKeepTheIndexRight()
    {
        PostFilter f;
        f.search = QStringLiteral("assemblée");
        const QString id = m_store->posts().page(f, {}, 10).at(0).id;
        QVERIFY(!m_store->posts().update(id, [](Post &p) { p.content = QStringLiteral("Réunion des bénévoles"); }));
        QCOMPARE(search(QStringLiteral("assemblee")), QStringList{});
        QCOMPARE(search(QStringLiteral("benevoles")).size(), 1);
        QVERIFY(!m_store->posts().remove(id));
        QCOMPARE(search(QStringLiteral("benevoles")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestPostSearch)
#include "tst_post_search.moc"
