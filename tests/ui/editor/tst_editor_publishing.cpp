// Publishing in the editor and around it (issue 13): "Publier maintenant"
// and "Réessayer", each network's outcome (a link to the published post, a
// refusal explained), the warning before a post would fail with the button
// that fixes it, the calendar chip's warning, and the tray's health icon.
// Pictures for docs/screenshots in French and English.
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/CalendarData.h"
#include "models/Clock.h"
#include "models/PostPlanner.h"
#include "models/Preferences.h"
#include "models/PublishingMonitor.h"
#include "models/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/PublishingTray.h"
#include "ui/UiContext.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EntryPainter.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/MediaStrip.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/PublishingPanel.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::ui;

class TestEditorPublishing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;
    fixture::Ids m_ids;
    QString m_failed;    // Facebook published, Instagram refused
    QString m_linkedIn;  // scheduled on LinkedIn, whose account must be reconnected
    QString m_preflight; // an Instagram post whose photo was too tall
    QString m_tall;      // that photo

    QString shotDir() const
    {
        return uitest::screenshotDir().isEmpty() ? m_dir.filePath(QStringLiteral("shots")) : uitest::screenshotDir();
    }

    // The window on screen at `size`, on its Editor page.
    static EditorPage *showEditor(MainWindow &window, QSize size)
    {
        window.resize(size);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.showPage(PageId::Editor);
        return static_cast<EditorPage *>(window.page(PageId::Editor));
    }

    QString withLine(PublishingPanel *panel, const QString &part) const
    {
        for (const QString &l : panel->lines())
            if (l.contains(part))
                return l;
        return {};
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
        const QDateTime now = Clock::nowUtc();
        fixture::addSocialAccount(*m_store, QStringLiteral("facebook"), QStringLiteral("US Rivière"), now.addDays(50));
        fixture::addSocialAccount(*m_store, QStringLiteral("instagram"), QStringLiteral("@us.riviere"), now.addDays(40));
        fixture::addSocialAccount(*m_store, QStringLiteral("linkedin"), QStringLiteral("US Rivière"), now.addDays(-1),
                                  true);

        // A matchday post that went out on Facebook and was refused by Instagram.
        Post post;
        post.content = QStringLiteral("Victoire 2-1 contre Vaulx ! Merci au public venu en nombre au stade.");
        post.platforms = Platform::Facebook | Platform::Instagram;
        post.mediaIds = {m_ids.media.first()};
        QVERIFY(PostPlanner(*m_store).create(post).ok());
        m_failed = post.id;
        QVERIFY(!m_store->posts().update(m_failed, [&](Post &p) {
            p.status = PostStatus::Failed;
            p.scheduledAt = now.addSecs(-3600);
            p.errorMessage = QStringLiteral("Not published on: instagram");
        }));
        Publication facebook;
        facebook.postId = m_failed;
        facebook.platform = QStringLiteral("facebook");
        facebook.status = QStringLiteral("published");
        facebook.platformPostId = QStringLiteral("7000000000123");
        facebook.postUrl = QStringLiteral("https://www.facebook.com/riviere/posts/7000000000123");
        facebook.publishedAt = now.addSecs(-3590);
        facebook.attempts = 1;
        facebook.reach = 1840;
        facebook.likes = 112;
        fixture::addPublication(*m_store, facebook);
        Publication instagram;
        instagram.postId = m_failed;
        instagram.platform = QStringLiteral("instagram");
        instagram.status = QStringLiteral("failed");
        instagram.errorCode = QStringLiteral("media_rejected");
        instagram.errorMessage = QStringLiteral("(#36003) The aspect ratio of the media is not supported.");
        instagram.attempts = 1;
        fixture::addPublication(*m_store, instagram);

        Post linkedIn;
        linkedIn.content = QStringLiteral("Le club recrute un éducateur U13 pour la saison prochaine.");
        linkedIn.platforms = Platform::LinkedIn;
        QVERIFY(PostPlanner(*m_store).create(linkedIn, now.addDays(3)).ok());
        m_linkedIn = linkedIn.id;
    }

    void eachNetworksOutcomeIsShown()
    {
        uitest::useLanguage(QStringLiteral("en"));
        MainWindow window(*m_context);
        EditorPage *editor = showEditor(window, QSize(1280, 860));
        QVERIFY(editor);
        editor->openPost(m_failed);
        PostComposer *c = editor->composer();
        PublishingPanel *panel = c->publishing();
        QVERIFY(panel->isVisible());
        QVERIFY2(withLine(panel, QStringLiteral("Facebook: published")).contains(QStringLiteral("See the post")),
                 qPrintable(panel->lines().join(u'\n')));
        const QString refused = withLine(panel, QStringLiteral("Instagram: not published"));
        QVERIFY2(refused.contains(QStringLiteral("proportions")), qPrintable(refused));
        QCOMPARE(c->publishNowButton()->text(), QStringLiteral("Try again"));
        QVERIFY(c->publishNowButton()->isEnabled());

        // Try again: handed to the backend (with its outbox entry), locked while it goes out.
        c->publishNowButton()->click();
        QCOMPARE(m_store->posts().find(m_failed)->status, PostStatus::Publishing);
        QVERIFY(m_store->posts().find(m_failed)->sync.dirty);
        QVERIFY(m_store->outbox().count() > 0);
        QVERIFY(!c->publishNowButton()->isEnabled());
        QVERIFY(!withLine(panel, QStringLiteral("Instagram")).isEmpty());
    }

    void aPostThatWouldFailSaysSoBeforehand()
    {
        uitest::useLanguage(QStringLiteral("en"));
        MainWindow window(*m_context);
        EditorPage *editor = showEditor(window, QSize(1280, 860));
        QVERIFY(editor);
        editor->openPost(m_linkedIn);
        PublishingPanel *panel = editor->composer()->publishing();
        const QString warning = withLine(panel, QStringLiteral("LinkedIn: the account must be reconnected"));
        QVERIFY2(warning.contains(QStringLiteral("[Reconnect LinkedIn]")), qPrintable(panel->lines().join(u'\n')));
        // Its button opens the Accounts page.
        QPushButton *fix = nullptr;
        for (QPushButton *b : panel->findChildren<QPushButton *>())
            if (b->text() == u"Reconnect LinkedIn")
                fix = b;
        QVERIFY(fix);
        fix->click();
        QCOMPARE(window.currentPage(), PageId::Accounts);

        // The calendar chip says it too.
        const QDate day = m_store->posts().find(m_linkedIn)->scheduledAt.toLocalTime().date();
        const CalendarSnapshot month = CalendarSnapshot::load(*m_store, day, day, {});
        const CalendarEntry *chip = month.find(m_linkedIn);
        QVERIFY(chip);
        QVERIFY(chip->publishingRisk.contains(QStringLiteral("LinkedIn")));
        const CalendarEntry *ok = nullptr;
        for (const QString &id : m_ids.posts)
            if (const CalendarEntry *e = month.find(id); e && !e->platforms.testFlag(Platform::LinkedIn))
                ok = e;
        if (ok)
            QVERIFY(ok->publishingRisk.isEmpty());

        // The tray: red, and the sentence of the issue.
        PublishingMonitor monitor(*m_store);
        monitor.refresh();
        QCOMPARE(monitor.outlook().level, PublishingOutlook::Level::Error);
        QVERIFY(!monitor.outlook().alerts.isEmpty());
        QVERIFY2(monitor.outlook().summary().contains(QStringLiteral("LinkedIn post")),
                 qPrintable(monitor.outlook().summary()));
    }

    void theCalendarSaysWhatToDoInOneBanner()
    {
        uitest::useLanguage(QStringLiteral("en"));
        MainWindow window(*m_context);
        window.resize(1280, 800);
        window.show();
        window.showPage(PageId::Calendar);
        auto *calendar = static_cast<CalendarPage *>(window.page(PageId::Calendar));
        calendar->setViewKind(CalendarPage::ViewKind::Month);
        const QDate day = m_store->posts().find(m_linkedIn)->scheduledAt.toLocalTime().date();
        calendar->goToDate(day);
        QTRY_VERIFY(calendar->snapshot().find(m_linkedIn));
        MessageBanner *banner = calendar->publishingBanner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(QStringLiteral("LinkedIn post")) && banner->text().contains(u"reconnect"),
                 qPrintable(banner->text()));
        QCOMPARE(banner->actionButton()->text(), QStringLiteral("Open Accounts"));

        // Closed, it stays closed while it would say the same thing.
        const QString before = banner->text();
        banner->findChild<QToolButton *>()->click();
        QVERIFY(!banner->isVisible());
        calendar->reload();
        QTest::qWait(50);
        QTRY_VERIFY(calendar->snapshot().find(m_linkedIn));
        QVERIFY(!banner->isVisible());

        // One more post that would fail changes what it says: it comes back.
        Post another;
        another.content = QStringLiteral("Les U15 en stage à Annecy : rendez-vous au car à 8 h.");
        another.platforms = Platform::LinkedIn;
        QVERIFY(PostPlanner(*m_store).create(another, QDateTime(day, QTime(18, 0)).toUTC()).ok());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text() != before && banner->text().contains(QStringLiteral("LinkedIn posts")),
                 qPrintable(banner->text()));
        banner->actionButton()->click();
        QCOMPARE(window.currentPage(), PageId::Accounts);

        // On a chip, the warning mark has room of its own: the words stop before it.
        CalendarEntry entry = *calendar->snapshot().find(m_linkedIn);
        const QRect chip(0, 0, 240, 20);
        const QFont font = QApplication::font();
        const QString marked = EntryPainter::chipText(chip, entry, font, {});
        entry.publishingRisk.clear();
        const QString plain = EntryPainter::chipText(chip, entry, font, {});
        QVERIFY2(marked.endsWith(QChar(0x2026)) && marked.size() < plain.size(),
                 qPrintable(marked + QStringLiteral(" | ") + plain));
    }

    void mediaPreflightOffersAFix()
    {
        uitest::useLanguage(QStringLiteral("en"));
        // A story-shaped photo (9:16) for an Instagram post: too tall.
        const QString tall = fixture::addPicture(*m_store, m_dir.path(), QStringLiteral("Story du match"),
                                                 QColor(200, 40, 60), QStringLiteral("Story du match"));
        const std::optional<Media> original = m_store->media().find(tall);
        QVERIFY(original && !original->localPath.isEmpty());
        QImage story(1080, 1920, QImage::Format_RGB32);
        story.fill(QColor(200, 40, 60));
        QVERIFY(story.save(original->localPath, "JPEG"));
        Post post;
        post.content = QStringLiteral("Le résumé du match en images.");
        post.platforms = Platform::Instagram | Platform::Facebook;
        post.mediaIds = {tall};
        QVERIFY(PostPlanner(*m_store).create(post).ok());
        m_preflight = post.id;
        m_tall = tall;

        MainWindow window(*m_context);
        EditorPage *editor = showEditor(window, QSize(1280, 860));
        QVERIFY(editor);
        QSignalSpy checked(editor, &EditorPage::mediaChecked);
        editor->openPost(m_preflight);
        QVERIFY(checked.wait(5000) || !editor->mediaProblems().isEmpty());
        QCOMPARE(editor->mediaProblems().size(), 1);
        QCOMPARE(editor->mediaProblems().first().kind, media::PreflightProblem::Kind::TooTall);
        PublishingPanel *panel = editor->composer()->publishing();
        QVERIFY2(!withLine(panel, QStringLiteral("too tall for Instagram")).isEmpty(), qPrintable(panel->lines().join(u'\n')));
        auto *crop = panel->findChild<QPushButton *>(QStringLiteral("CropMedia"));
        QVERIFY(crop);

        QSignalSpy fixed(editor, &EditorPage::mediaFixed);
        crop->click();
        QVERIFY(fixed.wait(20000));
        QCOMPARE(fixed.first().first().toInt(), 1);
        const QStringList ids = editor->composer()->media()->mediaIds();
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.first() != tall);
        const std::optional<Media> copy = m_store->media().find(ids.first());
        QVERIFY(copy);
        QImage out(copy->localPath);
        QCOMPARE(out.size(), QSize(1080, 1350)); // 4:5, the centre kept
        QVERIFY(qAbs(out.pixelColor(540, 675).red() - 200) < 20);
        QVERIFY(m_store->media().find(tall)); // the original stays in the library
        QCOMPARE(m_store->posts().find(m_preflight)->mediaIds, ids);
        QTRY_VERIFY_WITH_TIMEOUT(editor->mediaProblems().isEmpty(), 5000);
        QVERIFY(withLine(panel, QStringLiteral("too tall")).isEmpty());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        uitest::useLanguage(language);
        Theme::apply(Theme::Mode::Light);
        // The refused post as it was (the test above tried it again).
        QVERIFY(!m_store->posts().update(m_failed, [](Post &p) {
            p.status = PostStatus::Failed;
            p.errorMessage = QStringLiteral("Not published on: instagram");
        }));
        MainWindow window(*m_context);
        EditorPage *editor = showEditor(window, QSize(1366, 900));
        QVERIFY(editor);
        editor->openPost(m_failed);
        QTest::qWait(300);
        // The Publication section in view.
        editor->composer()->publishNowButton()->setFocus();
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-publishing-%1").arg(language)));
        editor->openPost(m_linkedIn);
        editor->composer()->publishNowButton()->setFocus();
        QTest::qWait(50);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-publishing-warning-%1").arg(language)));

        // A photo too tall for Instagram, and the fix offered.
        QVERIFY(!m_store->posts().update(m_preflight, [this](Post &p) { p.mediaIds = {m_tall}; }));
        QSignalSpy checked(editor, &EditorPage::mediaChecked);
        editor->openPost(m_preflight);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->mediaProblems().isEmpty(), 5000);
        editor->composer()->publishNowButton()->setFocus();
        QTest::qWait(300);
        QVERIFY(uitest::saveShot(&window, shotDir(), QStringLiteral("editor-preflight-%1").arg(language)));

        // The tray icon in its three states, with the tooltip it shows.
        PublishingMonitor monitor(*m_store);
        monitor.refresh();
        QImage strip(560, 150, QImage::Format_ARGB32);
        strip.fill(QApplication::palette().color(QPalette::Window));
        {
            QPainter p(&strip);
            int x = 12;
            for (auto level : {PublishingOutlook::Level::Healthy, PublishingOutlook::Level::Warning,
                               PublishingOutlook::Level::Error}) {
                p.drawPixmap(x, 12, PublishingTray::iconFor(level).pixmap(32, 32));
                p.drawPixmap(x + 40, 4, PublishingTray::iconFor(level).pixmap(48, 48));
                x += 110;
            }
            p.setPen(QApplication::palette().color(QPalette::Text));
            p.drawText(QRect(12, 64, 536, 82), Qt::TextWordWrap, monitor.outlook().summary());
        }
        QVERIFY(strip.save(QDir(shotDir()).filePath(QStringLiteral("tray-health-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestEditorPublishing)
#include "tst_editor_publishing.moc"
