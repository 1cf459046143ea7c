// The conflict resolver, driven with clicks: both versions side by side,
// the differences marked, and each choice settles the store and the server.
#include "models/Clock.h"
#include "SyncFixture.h"
#include "sync/ConflictResolver.h"
#include "sync/entities/EntityRegistry.h"
#include "models/OutboxListModel.h"
#include "ui/sync/ConflictResolverDialog.h"
#include "ui/sync/PendingChangesDialog.h"

#include <QApplication>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

class TstUiConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_web;
    std::unique_ptr<SyncClient> m_client;

    // n posts, each edited here and on the web: n conflicts.
    QStringList makeConflicts(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << QString::fromStdString(m_web->createPost({{"platforms", {"facebook"}},
                                                             {"content", "Match report " + std::to_string(i)},
                                                             {"hashtags", {"USR"}}})
                                              .data()
                                              .at("id")
                                              .get<std::string>());
        m_client->sync();
        for (const QString &id : ids) {
            const store::StoreError e = m_client->store().posts().update(id, [](Post &p) {
                p.content += QStringLiteral(" — with the score, written at the stadium");
                p.platforms = Platform::Facebook | Platform::LinkedIn;
            });
            if (e) {
                qWarning() << "local edit refused:" << e.detail; // the test's QCOMPAREs then fail
                return {};
            }
            m_web->patchPost(id, {{"content", "Edited by the club secretary on the website"}});
        }
        m_client->sync();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        m_web = startServerWithUser(m_server, m_dir, tag);
        QVERIFY(m_web);
        m_client = signedInClient(m_server, m_dir, tag, *m_web);
        QVERIFY(m_client);
    }

    void cleanup()
    {
        m_client.reset();
        m_web.reset();
        m_server.stop();
    }

    void sideBySideAndEachChoice()
    {
        const QStringList ids = makeConflicts(3);
        QCOMPARE(m_client->conflicts(), 3);
        sync::ConflictResolver resolver(m_client->store().database(), &m_client->store().hub(),
                                        sync::EntityRegistry::builtin());
        ui::ConflictResolverDialog dialog(resolver);
        dialog.show();
        QCOMPARE(dialog.remaining(), 3);

        // The comparison shows both texts, the difference marked in bold.
        QTableWidget *table = dialog.comparison();
        bool sawText = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() != u"Text")
                continue;
            sawText = true;
            QVERIFY(table->item(r, 1)->text().contains(QStringLiteral("at the stadium")));
            QVERIFY(table->item(r, 2)->text().contains(QStringLiteral("club secretary")));
            QVERIFY(table->item(r, 0)->font().bold());
        }
        QVERIFY(sawText);
        const QString file = QString::fromLocal8Bit(qgetenv("PITCHSIDE_SCREENSHOT_DIR"));
        if (!file.isEmpty())
            QVERIFY(dialog.grab().save(file + QStringLiteral("/conflict-resolver.png")));

        QSignalSpy resolved(&dialog, &ui::ConflictResolverDialog::resolved);
        QTest::mouseClick(dialog.keepMineButton(), Qt::LeftButton);
        QCOMPARE(dialog.remaining(), 2);
        QTest::mouseClick(dialog.takeTheirsButton(), Qt::LeftButton);
        QCOMPARE(dialog.remaining(), 1);
        QTest::mouseClick(dialog.keepBothButton(), Qt::LeftButton);
        QCOMPARE(resolved.count(), 3);
        QCOMPARE(dialog.remaining(), 0);
        QVERIFY(!dialog.isVisible()); // closes when nothing is left

        QVERIFY(m_client->syncUntilClean());
        const PostSnapshot server = m_web->posts();
        QCOMPARE(int(server.size()), 4); // three originals and one copy
        QCOMPARE(m_client->posts(), server);
        int mine = 0;
        int theirs = 0;
        for (const PostState &p : server) {
            mine += p.content.contains(QStringLiteral("at the stadium")) ? 1 : 0;
            theirs += p.content.contains(QStringLiteral("club secretary")) ? 1 : 0;
        }
        QCOMPARE(mine, 2);   // keep mine, and the copy of keep both
        QCOMPARE(theirs, 2); // take theirs, and the original of keep both
    }

    void pendingChangesList()
    {
        makeConflicts(1);
        // Refused by the server: Instagram without a photo, scheduled.
        const QString refused = m_client->createPost(QStringLiteral("Instagram without a photo"), Platform::Instagram);
        QVERIFY(!m_client->store().posts().update(refused, [](Post &p) {
            p.status = PostStatus::Scheduled;
            p.scheduledAt = Clock::nowUtc().addDays(2);
        }));
        m_client->sync();
        // Waiting: written while the server fails.
        m_server.errors(1.0, 503, QStringLiteral("/api/content/posts"));
        const QString waiting = m_client->createPost(QStringLiteral("Written while the server was down"));
        m_client->sync();
        m_server.reset();

        sync::ConflictResolver resolver(m_client->store().database(), &m_client->store().hub(),
                                        sync::EntityRegistry::builtin());
        OutboxListModel model(m_client->store().database().sql(), &m_client->store().hub(),
                              [&](const QString &type, const QString &id) { return resolver.describe(type, id); });
        QHash<QString, QString> states;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            states.insert(i.data(OutboxListModel::EntityIdRole).toString(), i.data(OutboxListModel::StateRole).toString());
        }
        QCOMPARE(states.value(refused), QStringLiteral("parked"));
        QVERIFY(states.value(waiting) == u"inflight" || states.value(waiting) == u"pending");
        QVERIFY(states.values().contains(QStringLiteral("conflict")));
        QVERIFY(model.index(0).data(Qt::DisplayRole).toString().size() > 3); // described, not an id

        ui::PendingChangesDialog dialog(model);
        dialog.resize(760, 420);
        dialog.show();
        QSignalSpy retry(&dialog, &ui::PendingChangesDialog::retryRequested);
        const QString file = QString::fromLocal8Bit(qgetenv("PITCHSIDE_SCREENSHOT_DIR"));
        if (!file.isEmpty())
            QVERIFY(dialog.grab().save(file + QStringLiteral("/pending-changes.png")));
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == ui::PendingChangesDialog::tr("Retry all"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.at(0).at(0).toLongLong(), qint64(0));
    }
};

QTEST_MAIN(TstUiConflicts)
#include "tst_ui_conflicts.moc"
