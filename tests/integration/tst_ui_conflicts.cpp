// The conflict resolver, driven with clicks: both versions side by side,
// the differences marked, and each choice settles the store and the server.
#include "SyncFixture.h"
#include "sync/ConflictResolver.h"
#include "sync/entities/EntityRegistry.h"
#include "ui/sync/ConflictResolverDialog.h"

#include <QApplication>
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
            m_client->store().posts().update(id, [](Post &p) {
                p.content += QStringLiteral(" — with the score, written at the stadium");
                p.platforms = Platform::Facebook | Platform::LinkedIn;
            });
            m_web->patchPost(id, {{"content", "Edited by the club secretary on the website"}});
        }
        m_client->sync();
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        QVERIFY(m_server.start(m_dir.filePath(tag + QStringLiteral("-server"))));
        m_web = std::make_unique<RemoteUser>(m_server, tag + QStringLiteral("@club.test"));
        QVERIFY(m_web->registerUser());
        QDir().mkpath(m_dir.filePath(tag));
        m_client = std::make_unique<SyncClient>(m_server, m_dir.filePath(tag));
        QVERIFY(m_client->signIn(m_web->email(), m_web->password()));
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
};

QTEST_MAIN(TstUiConflicts)
#include "tst_ui_conflicts.moc"
