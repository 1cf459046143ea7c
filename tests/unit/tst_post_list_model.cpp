// The posts list model at 100k rows: lazy batches, no disk in data(),
// in-place updates that keep selections.
#include "models/PostListModel.h"
#include "models/store/Store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::store;

class TestPostListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    static constexpr int kRows = 100000;

private Q_SLOTS:
    void initTestCase()
    {
        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("big.sqlite")), &error);
        QVERIFY(m_store);
        QSqlDatabase &db = m_store->database().sql();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO posts (id, platforms, content, status, created_at, updated_at, version) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 1)"));
        const qint64 base = 1'700'000'000'000;
        for (int i = 0; i < kRows; ++i) {
            q.addBindValue(QStringLiteral("p%1").arg(i, 6, 10, QLatin1Char('0')));
            q.addBindValue(1 + (i % 7));
            q.addBindValue(QStringLiteral("Post numéro %1 pour les supporters").arg(i));
            q.addBindValue(i % 5 == 0 ? QStringLiteral("scheduled") : QStringLiteral("draft"));
            q.addBindValue(base + i);
            q.addBindValue(base + i * 1000);
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
    }

    void fetchesInBatchesNewestFirst()
    {
        PostListModel model(m_store->posts(), m_store->hub());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.index(0).data(PostListModel::IdRole).toString(), QStringLiteral("p099999"));
        QCOMPARE(model.index(199).data(PostListModel::IdRole).toString(), QStringLiteral("p099800"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void deepBatchesCostWhatTheFirstDoes()
    {
        PostListModel model(m_store->posts(), m_store->hub());
        model.setBatchSize(500);
        QElapsedTimer timer;
        // Each deep batch is timed next to a first batch (a fresh model's
        // first fetch), so a busy machine slows both alike: the machine is
        // shared, and a first-then-last comparison failed under load.
        QVector<qint64> deep, first;
        while (model.canFetchMore({})) {
            timer.start();
            model.fetchMore({});
            deep << timer.nsecsElapsed();
            PostListModel fresh(m_store->posts(), m_store->hub());
            fresh.setBatchSize(500);
            timer.start();
            fresh.fetchMore({});
            first << timer.nsecsElapsed();
        }
        QCOMPARE(model.rowCount(), kRows);
        QCOMPARE(model.index(kRows - 1).data(PostListModel::IdRole).toString(), QStringLiteral("p000000"));
        // Keyset paging: the last batches are not slower than first ones
        // (OFFSET paging would make them ~100× slower).
        auto median = [](QVector<qint64> v) {
            std::sort(v.begin(), v.end());
            return v.at(v.size() / 2);
        };
        const qint64 firstCost = median(first.mid(first.size() - 20));
        const qint64 lastCost = median(deep.mid(deep.size() - 20));
        QVERIFY2(lastCost < firstCost * 4,
                 qPrintable(QStringLiteral("first %1 ns, last %2 ns").arg(firstCost).arg(lastCost)));
    }

    void dataNeverReadsTheDisk()
    {
        StoreError error;
        auto store = Store::open(m_dir.filePath(QStringLiteral("big.sqlite")), &error);
        QVERIFY(store);
        PostListModel model(store->posts(), store->hub());
        for (int i = 0; i < 5; ++i)
            model.fetchMore({});
        // Without a connection, any read would fail: everything shown must
        // come from the fetched batches.
        store->database().sql().close();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(!index.data(PostListModel::IdRole).toString().isEmpty());
            QVERIFY(index.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Post numéro")));
            QVERIFY(index.data(PostListModel::UpdatedAtRole).toDateTime().isValid());
            QVERIFY(index.data(PostListModel::PlatformsRole).toInt() > 0);
        }
    }

    void changesUpdateRowsInPlace()
    {
        PostListModel model(m_store->posts(), m_store->hub());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        const QPersistentModelIndex tracked = model.index(50);
        const QString trackedId = tracked.data(PostListModel::IdRole).toString();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // An edit moves the post to the top; the persistent index follows it.
        QVERIFY(!m_store->posts().update(trackedId, [](Post &p) { p.content = QStringLiteral("Modifié"); }));
        QCOMPARE(model.index(0).data(PostListModel::IdRole).toString(), trackedId);
        QCOMPARE(tracked.row(), 0);
        QCOMPARE(tracked.data(Qt::DisplayRole).toString(), QStringLiteral("Modifié"));
        QVERIFY(model.index(0).data(PostListModel::PendingSyncRole).toBool());

        // A new post is inserted at the top.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Post fresh;
        fresh.content = QStringLiteral("Nouveau");
        QVERIFY(!m_store->posts().create(fresh));
        QVERIFY(inserted.size() >= 1);
        QCOMPARE(model.index(0).data(PostListModel::IdRole).toString(), fresh.id);
        QCOMPARE(tracked.data(PostListModel::IdRole).toString(), trackedId);

        // A removal removes exactly that row.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(!m_store->posts().remove(fresh.id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(fresh.id), -1);
        QCOMPARE(resets.size(), 0);
    }

    void filtersByStatusAndPlatform()
    {
        PostListModel model(m_store->posts(), m_store->hub());
        PostFilter filter;
        filter.statusMask = PostFilter::bit(PostStatus::Scheduled);
        filter.platforms = Platform::Facebook;
        model.setFilter(filter);
        model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(PostListModel::StatusKeyRole).toString(), QStringLiteral("scheduled"));
            QVERIFY(model.index(row).data(PostListModel::PlatformsRole).toInt() & int(Platform::Facebook));
        }
        QCOMPARE(m_store->posts().count(filter), 11428);
    }
};

QTEST_GUILESS_MAIN(TestPostListModel)
#include "tst_post_list_model.moc"
