// Never lose a keystroke: a real editor process is killed with SIGKILL while
// typing; the next start finds the draft as it was a moment before, once
// (no duplicate), with its outbox entry, open in the editor.
#include "models/Preferences.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;

class TestEditorCrash : public QObject
{
    Q_OBJECT

    static bool waitForLine(QProcess &p, const QByteArray &line, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        QByteArray seen;
        while (t.elapsed() < timeoutMs) {
            if (p.canReadLine() || p.waitForReadyRead(100)) {
                while (p.canReadLine()) {
                    if (p.readLine().trimmed() == line)
                        return true;
                }
            }
            if (p.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }

private Q_SLOTS:
    void killedWhileTypingKeepsTheDraft()
    {
        QTemporaryDir dir;
        QProcess typist;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        typist.setProcessEnvironment(env);
        typist.start(QStringLiteral(EDITOR_TYPIST), {dir.path()});
        QVERIFY(typist.waitForStarted());
        QVERIFY(waitForLine(typist, "saved A", 30000));
        QVERIFY(waitForLine(typist, "typed B", 10000));
        QVERIFY(waitForLine(typist, "typing C", 10000));
        QTest::qWait(5000); // five seconds of typing without a pause
        typist.kill();      // SIGKILL: no flush, no close event
        QVERIFY(typist.waitForFinished(5000));
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        // Start again over the same data folder.
        ui::Theme::apply(ui::Theme::Mode::Light);
        store::StoreError error;
        auto store = store::Store::open(
            store::AccountLocation::storePath(dir.path(), store::AccountLocation::localKey()), &error);
        QVERIFY(store);
        QCOMPARE(store->posts().count({}), 1); // once, not twice
        const PostSummary summary = store->posts().page({}, {}, 1).first();
        const Post post = *store->posts().find(summary.id);
        const QString ab = QStringLiteral("A: Merci aux benevoles du tournoi ! B: rendez-vous samedi a 15h. ");
        QVERIFY2(post.content.startsWith(ab), qPrintable(post.content));
        // Typing never paused, yet what was typed seconds before the kill is there.
        const QString c = post.content.mid(ab.size());
        QVERIFY2(c.size() >= 60, qPrintable(QStringLiteral("only %1 characters of C").arg(c.size())));
        QCOMPARE(c, QString(c).replace(QRegularExpression(QStringLiteral("[^a-z]")), QString()));
        const auto entries = store->outbox().entriesFor(store::EntityType::Post, post.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().op, store::Outbox::Op::Create);

        // The editor reopens the draft where it was left.
        Preferences prefs(Preferences::makeSettings(dir.path()));
        ui::UiContext context{*store, prefs, dir.path(), QStringLiteral("Test")};
        ui::EditorPage editor(context);
        QCOMPARE(editor.currentPostId(), post.id);
        QCOMPARE(editor.composer()->text()->toPlainText(), post.content);
    }
};

QTEST_MAIN(TestEditorCrash)
#include "tst_editor_crash.moc"
