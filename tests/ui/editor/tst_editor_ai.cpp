// AI help in the editor against the real pitchside-server: ideas, a post
// from an idea, variants, the month's quota, and the explanations when the
// buttons cannot work (quota used up, offline, signed out).
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/Preferences.h"
#include "models/store/Store.h"
#include "sync/ai/AiAssistant.h"
#include "sync/api/ApiClient.h"
#include "sync/api/TokenSource.h"
#include "ui/UiContext.h"
#include "ui/common/Theme.h"
#include "ui/editor/AiPanel.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::ui;

namespace {

// The signed-in user's token, as the keychain-backed TokenStore would give it.
class FixedToken : public sync::api::TokenSource
{
public:
    QString token;
    QString accessToken() const override { return token; }
    void refreshAfterRejection(const QString &, QObject *, RefreshDone done) override
    {
        done(RefreshOutcome::Rejected, {});
    }
};

struct Server
{
    QProcess process;
    QTemporaryDir dir;
    QUrl url;

    bool start(const QStringList &extra)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(PITCHSIDE_SERVER),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dir.path(),
                                  QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000")}
                          + extra);
        if (!process.waitForStarted(10000))
            return false;
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000))
                return false;
        }
        url = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        return url.isValid();
    }
    ~Server()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

} // namespace

class TestEditorAi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;

    static sync::api::ApiConfig configFor(const QUrl &url)
    {
        sync::api::ApiConfig config;
        config.baseUrl = url;
        config.language = "en";
        return config;
    }

    // Registers a user and returns its access token.
    QString signUp(sync::api::ApiClient &client)
    {
        sync::api::ApiRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/api/auth/register");
        r.authenticated = false;
        r.body = QByteArray(R"({"email":"coach@fc-vaulx.fr","password":"Vaulx2026-secret","name":"Coach"})");
        QString token;
        bool done = false;
        client.send(r, this, [&](const sync::api::ApiResponse &answer) {
            if (answer.ok())
                token = QString::fromStdString(answer.data.value("access_token", std::string()));
            done = true;
        });
        QElapsedTimer wait;
        wait.start();
        while (!done && wait.elapsed() < 15000)
            QTest::qWait(20);
        return token;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
        store::StoreError error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("pitchside.sqlite")), &error);
        QVERIFY(m_store);
        m_prefs = std::make_unique<Preferences>(Preferences::makeSettings(m_dir.path()));
        m_context = std::make_unique<UiContext>(UiContext{*m_store, *m_prefs, m_dir.path(), QStringLiteral("Test")});
    }

    void withoutAnAccountTheButtonsSayWhy()
    {
        EditorPage editor(*m_context);
        AiPanel *ai = editor.aiPanel();
        QVERIFY(!ai->ideasButton()->isEnabled());
        QVERIFY(!ai->variantsButton()->isEnabled());
        QVERIFY(ai->explanation()->text().startsWith(QStringLiteral("Sign in to your Pitchside account")));
        QCOMPARE(ai->ideasButton()->toolTip(), ai->explanation()->text());
    }

    void overQuotaExplains()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--ai-quota"), QStringLiteral("0")}));
        FixedToken tokens;
        sync::api::ApiClient client(configFor(server.url), &tokens);
        tokens.token = signUp(client);
        QVERIFY(!tokens.token.isEmpty());
        sync::ai::AiAssistant assistant(&client, "en");
        EditorPage editor(*m_context);
        editor.setAiAssistant(&assistant);
        AiPanel *ai = editor.aiPanel();
        QVERIFY(ai->ideasButton()->isEnabled());
        QSignalSpy failed(&assistant, &sync::ai::AiAssistant::failed);
        ai->ideasButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY(!ai->ideasButton()->isEnabled());
        const QString why = ai->explanation()->text();
        QVERIFY2(why.startsWith(QStringLiteral("This month's idea generations are used up. They come back on")),
                 qPrintable(why));
        QCOMPARE(ai->ideasButton()->toolTip(), why);
        // Writing from the text still works: only ideas are counted.
        QVERIFY(ai->variantsButton()->isEnabled());
    }

    void ideasPostsVariantsAndOffline()
    {
        Server server;
        QVERIFY(server.start({QStringLiteral("--ai-quota"), QStringLiteral("5")}));
        FixedToken tokens;
        sync::api::ApiClient client(configFor(server.url), &tokens);
        tokens.token = signUp(client);
        sync::ai::AiAssistant assistant(&client, "en");
        EditorPage editor(*m_context);
        editor.show();
        editor.newPost();
        editor.setAiAssistant(&assistant);
        AiPanel *ai = editor.aiPanel();

        QSignalSpy ideas(&assistant, &sync::ai::AiAssistant::ideasReady);
        ai->ideasButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(ideas.size(), 1, 15000);
        QVERIFY(ai->ideas()->count() > 0);
        QVERIFY2(ai->quotaLabel()->text().startsWith(QStringLiteral("Idea generations this month: 1 of 5 used")),
                 qPrintable(ai->quotaLabel()->text()));

        QSignalSpy post(&assistant, &sync::ai::AiAssistant::postReady);
        QVERIFY(ai->writeButton()->isEnabled());
        ai->writeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(post.size(), 1, 15000);
        QCOMPARE(ai->resultCount(), 1);
        const auto generated = post.first().first().value<sync::ai::GeneratedPost>();
        QVERIFY(!generated.content.isEmpty());
        // "Replace my text" puts it in the post, marked as AI-written.
        for (QPushButton *b : ai->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Replace my text"))
                b->click();
        }
        QCOMPARE(editor.composer()->text()->toPlainText(), generated.content);
        editor.flush();
        const Post saved = *m_store->posts().find(editor.currentPostId());
        QVERIFY(saved.aiGenerated);
        QCOMPARE(saved.ideaSource, generated.ideaTitle);

        QSignalSpy variants(&assistant, &sync::ai::AiAssistant::variantsReady);
        ai->variantsButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(variants.size(), 1, 15000);
        QCOMPARE(ai->resultCount(), 3);

        // The server goes away: the buttons say we are offline.
        server.process.kill();
        server.process.waitForFinished(5000);
        QSignalSpy failed(&assistant, &sync::ai::AiAssistant::failed);
        ai->variantsButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 35000);
        QVERIFY(!ai->variantsButton()->isEnabled());
        QVERIFY(ai->explanation()->text().startsWith(QStringLiteral("You are offline")));
    }
};

QTEST_MAIN(TestEditorAi)
#include "tst_editor_ai.moc"
