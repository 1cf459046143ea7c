// Pictures of the editor and its dialogs for docs/screenshots (French and
// English; PITCHSIDE_SCREENSHOT_DIR says where), over the planning fixture.
// Without the variable they are still rendered, to a temporary folder.
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/Preferences.h"
#include "models/TemplateFill.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"
#include "ui/calendar/MatchDialog.h"
#include "ui/common/MediaPickerDialog.h"
#include "ui/common/MediaThumbnails.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/MediaStrip.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PostTextEdit.h"
#include "ui/editor/SpellChecker.h"
#include "ui/editor/TemplatePickerDialog.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pitchside;
using namespace pitchside::ui;

class TestEditorScreenshots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;
    fixture::Ids m_ids;

    QString shotDir() const
    {
        return uitest::screenshotDir().isEmpty() ? m_dir.filePath(QStringLiteral("shots")) : uitest::screenshotDir();
    }

private Q_SLOTS:
    void initTestCase()
    {
        store::StoreError error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("accounts/local/pitchside.sqlite")), &error);
        QVERIFY(m_store);
        m_prefs = std::make_unique<Preferences>(Preferences::makeSettings(m_dir.path()));
        m_prefs->setValue(QStringLiteral("profile/active"), QString());
        m_context = std::make_unique<UiContext>(UiContext{*m_store, *m_prefs, m_dir.path(), QStringLiteral("Test")});
        m_ids = fixture::populate(*m_store, m_dir.path());
    }

    void editor_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("fr") << QStringLiteral("fr") << false;
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("fr-dark") << QStringLiteral("fr") << true;
    }

    void editor()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        uitest::useLanguage(language);
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        const QString suffix = language + (dark ? QStringLiteral("-dark") : QString());
        MainWindow window(*m_context);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(PageId::Editor);
        auto *editor = static_cast<EditorPage *>(window.page(PageId::Editor));

        // A matchday post for Instagram and Facebook, with its poster.
        const QString matchday = m_ids.posts.at(8);
        editor->openPost(matchday);
        PostComposer *c = editor->composer();
        c->setSpellLanguage(QStringLiteral("fr"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->spelling()->isReady(QStringLiteral("fr")), 10000);
        QTest::qWait(300); // thumbnails load on a worker
        editor->sideTabs()->setCurrentIndex(0);
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-preview-%1").arg(suffix)));
        if (dark)
            return;

        // Too long for LinkedIn and Instagram: the counters and the messages.
        editor->newPost();
        for (Platform p : {Platform::LinkedIn, Platform::Instagram}) {
            if (!c->platformButton(p)->isChecked())
                c->platformButton(p)->click();
        }
        QString text = QStringLiteral("Retour sur la saison des U17 : ");
        while (text.size() < 3200)
            text += QStringLiteral("une équipe soudée, des progrès chaque semaine et un public fidèle au stade. ");
        c->text()->setPlainText(text);
        QTest::keyClicks(c->hashtags(), QStringLiteral("#FCVaulx #U17"));
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-rules-%1").arg(suffix)));

        // AI help without an account, and the versions.
        editor->openPost(m_ids.drafts.first());
        editor->sideTabs()->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-ai-%1").arg(suffix)));
        c->text()->moveCursor(QTextCursor::End);
        c->text()->insertPlainText(QStringLiteral(" Merci à Inès pour sa bonne humeur !"));
        editor->flush();
        editor->sideTabs()->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-versions-%1").arg(suffix)));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void dialogs()
    {
        QFETCH(QString, language);
        uitest::useLanguage(language);
        Theme::apply(Theme::Mode::Light);
        const Match match = *m_store->calendar().findMatch(m_ids.matches.at(2));
        {
            TemplatePickerDialog picker(*m_store, m_ids.club, TemplateFill::matchValues(match));
            picker.show();
            QVERIFY(QTest::qWaitForWindowExposed(&picker));
            QVERIFY(uitest::saveShot(&picker, shotDir(), QStringLiteral("editor-template-%1").arg(language)));
        }
        MediaThumbnails thumbnails(*m_store);
        {
            MediaPickerDialog media(*m_store, thumbnails, 10);
            media.show();
            QVERIFY(QTest::qWaitForWindowExposed(&media));
            thumbnails.waitForIdle();
            QTest::qWait(100);
            QVERIFY(uitest::saveShot(&media, shotDir(), QStringLiteral("editor-media-%1").arg(language)));
        }
        {
            MatchDialog dialog(*m_store, thumbnails, match, false);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(uitest::saveShot(&dialog, shotDir(), QStringLiteral("calendar-match-%1").arg(language)));
        }
    }
};

QTEST_MAIN(TestEditorScreenshots)
#include "tst_editor_screenshots.moc"
