// Two computers of the same club, each with its store and the real sync
// engine, against pitchside-server: a post written and scheduled in one
// editor appears on the other's calendar; moved there by drag and drop, it
// moves back here; matches (with their score) and templates travel too; a
// change the server refuses is shown next to its field.
#include "SyncFixture.h"
#include "UiTestSupport.h"

#include "models/Clock.h"
#include "models/Preferences.h"
#include "ui/UiContext.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/MonthView.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/PostMime.h"
#include "ui/common/Theme.h"
#include "ui/editor/EditorPage.h"
#include "ui/editor/PostComposer.h"
#include "ui/editor/MediaStrip.h"
#include "ui/editor/PostTextEdit.h"

#include <QMimeData>
#include <QSet>
#include <QTest>
#include <QToolButton>

using namespace pitchside;
using namespace pitchside::test;

namespace {

// A computer: its sync client and what its window needs.
struct Computer
{
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<Preferences> prefs;
    std::unique_ptr<ui::UiContext> context;

    Computer(TestServer &server, const QString &dir)
    {
        QDir().mkpath(dir);
        client = std::make_unique<SyncClient>(server, dir);
        prefs = std::make_unique<Preferences>(Preferences::makeSettings(dir));
        context = std::make_unique<ui::UiContext>(ui::UiContext{client->store(), *prefs, dir, QStringLiteral("Test")});
    }
};

bool onDay(const CalendarSnapshot &s, QDate day, const QString &id, const CalendarEntry **found = nullptr)
{
    for (const CalendarEntry &e : s.entriesOn(day)) {
        if (e.id == id) {
            if (found)
                *found = &e;
            return true;
        }
    }
    return false;
}

} // namespace

class TstCalendarSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    std::unique_ptr<RemoteUser> m_user;
    std::unique_ptr<Computer> m_office; // where posts are written
    std::unique_ptr<Computer> m_laptop; // where the calendar is looked at

private Q_SLOTS:
    void initTestCase()
    {
        ui::Theme::apply(ui::Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
    }

    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentTestFunction());
        const bool demo = tag == u"theDemoClubsMonth";
        TestServer::Options options;
        if (demo)
            options.seed = QStringLiteral("demo");
        QVERIFY(m_server.start(m_dir.filePath(tag + QStringLiteral("-server")), options));
        if (demo) {
            m_user = std::make_unique<RemoteUser>(m_server, QStringLiteral("claire.martin@us-riviere.fr"),
                                                  QStringLiteral("Riviere2026!"));
            QVERIFY(m_user->login());
        } else {
            m_user = std::make_unique<RemoteUser>(m_server, tag + QStringLiteral("@fc-vaulx.test"));
            QVERIFY(m_user->registerUser(QStringLiteral("FC Vaulx")));
        }
        m_office = std::make_unique<Computer>(m_server, m_dir.filePath(tag + QStringLiteral("-office")));
        m_laptop = std::make_unique<Computer>(m_server, m_dir.filePath(tag + QStringLiteral("-laptop")));
        QVERIFY(m_office->client->signIn(m_user->email(), m_user->password()));
        QVERIFY(m_laptop->client->signIn(m_user->email(), m_user->password()));
        QVERIFY(m_office->client->sync().ok()); // the profiles
        QVERIFY(m_laptop->client->sync().ok());
    }

    void cleanup()
    {
        m_office.reset();
        m_laptop.reset();
        m_user.reset();
        m_server.stop();
    }

    void aScheduledPostAppearsOnTheOtherCalendar()
    {
        // Written and scheduled in the office's editor.
        ui::EditorPage editor(*m_office->context);
        editor.show();
        editor.newPost();
        ui::PostComposer *c = editor.composer();
        if (c->platformButton(Platform::Instagram)->isChecked())
            c->platformButton(Platform::Instagram)->click();
        if (!c->platformButton(Platform::Facebook)->isChecked())
            c->platformButton(Platform::Facebook)->click();
        QTest::keyClicks(c->text(), QStringLiteral("Loto du club vendredi a 19h"));
        const QDate day = Clock::today().addDays(3);
        QVERIFY(editor.schedule(QDateTime(day, QTime(18, 0))));
        const QString id = editor.currentPostId();
        QVERIFY(m_office->client->syncUntilClean());
        QCOMPARE(m_office->client->parked(), 0);
        QCOMPARE(m_user->post(id).at("status").get<std::string>(), std::string("scheduled"));

        // On the laptop's calendar after its sync.
        QVERIFY(m_laptop->client->sync().ok());
        ui::CalendarPage laptop(*m_laptop->context);
        laptop.resize(1180, 720);
        laptop.show();
        QVERIFY(QTest::qWaitForWindowExposed(&laptop));
        laptop.setViewKind(ui::CalendarPage::ViewKind::Month);
        laptop.goToDate(day);
        const CalendarEntry *entry = nullptr;
        QTRY_VERIFY(onDay(laptop.snapshot(), day, id, &entry));
        QCOMPARE(entry->status, PostStatus::Scheduled);
        QCOMPARE(entry->title, QStringLiteral("Loto du club vendredi a 19h"));
        QCOMPARE(entry->start.toLocalTime().time(), QTime(18, 0));

        // Dragged to another day there…
        const QDate later = day.addDays(2);
        laptop.goToDate(later);
        std::unique_ptr<QMimeData> mime(ui::PostMime::make(id));
        QVERIFY(uitest::drop(laptop.monthView(), laptop.monthView()->cellRect(later).center(), *mime));
        QVERIFY(m_laptop->client->syncUntilClean());
        // … it moves on the office computer too.
        QVERIFY(m_office->client->sync().ok());
        QCOMPARE(m_office->client->store().posts().find(id)->scheduledAt.toLocalTime(), QDateTime(later, QTime(18, 0)));
        ui::CalendarPage office(*m_office->context);
        office.goToDate(later);
        QVERIFY(onDay(office.snapshot(), later, id));
        QVERIFY(!onDay(office.snapshot(), day, id));
    }

    void matchesAndTemplatesTravel()
    {
        Match m;
        m.home.name = QStringLiteral("FC Vaulx-en-Velin");
        m.away.name = QStringLiteral("AS Bron");
        m.venue = QStringLiteral("Stade Jean-Bouin");
        m.competition = QStringLiteral("Régional 2");
        m.matchDate = QDateTime(Clock::today().addDays(-1), QTime(15, 0)).toUTC();
        QVERIFY(!m_office->client->store().matches().create(m));
        QVERIFY(m_office->client->syncUntilClean());
        QVERIFY(!m_office->client->store().matches().update(m.id, [](Match &x) {
            x.status = Match::Status::Finished;
            x.scoreHome = 3;
            x.scoreAway = 1;
        }));
        PostTemplate t;
        t.name = QStringLiteral("Résultat");
        t.category = QStringLiteral("actualite");
        t.platforms = Platform::Facebook;
        t.content = QStringLiteral("Score final : {{home}} {{score}} {{away}}");
        t.variables = {{QStringLiteral("home"), QString()}, {QStringLiteral("score"), QString()},
                       {QStringLiteral("away"), QString()}};
        QVERIFY(!m_office->client->store().templates().create(t));
        QVERIFY(m_office->client->syncUntilClean());
        QCOMPARE(m_office->client->parked(), 0);

        const HttpResult server = m_server.http().request("GET", QStringLiteral("/api/matches/") + m.id, {}, m_user->token());
        QCOMPARE(server.status, 200);
        QCOMPARE(server.data().at("score_home").get<int>(), 3);
        QCOMPARE(server.data().at("status").get<std::string>(), std::string("finished"));

        QVERIFY(m_laptop->client->sync().ok());
        ui::CalendarPage laptop(*m_laptop->context);
        const QDate day = m.matchDate.toLocalTime().date();
        laptop.goToDate(day);
        const CalendarEntry *entry = nullptr;
        QVERIFY(onDay(laptop.snapshot(), day, m.id, &entry));
        QCOMPARE(entry->kind, CalendarEntry::Kind::Match);
        QCOMPARE(entry->scoreHome, 3);
        QCOMPARE(entry->scoreAway, 1);
        QVERIFY(m_laptop->client->store().templates().find(t.id));
        QCOMPARE(m_laptop->client->store().templates().find(t.id)->content, t.content);
    }

    void aDraftIsNeverRefusedAndARefusalGoesWithItsCause()
    {
        // A new post with Instagram ticked and no photo yet: a draft, kept
        // by the server as typed (the photo is needed when it goes out).
        ui::EditorPage editor(*m_office->context);
        editor.show();
        editor.newPost();
        ui::PostComposer *c = editor.composer();
        if (!c->platformButton(Platform::Instagram)->isChecked())
            c->platformButton(Platform::Instagram)->click();
        QTest::keyClicks(c->text(), QStringLiteral("Photo a venir"));
        editor.flush();
        QVERIFY(m_office->client->syncUntilClean(3));
        QCOMPARE(m_office->client->parked(), 0);
        QVERIFY(!editor.banner()->isVisible());
        QVERIFY2(c->messagesFor(QStringLiteral("media_ids")).join(u' ').contains(QStringLiteral("Instagram")),
                 "the editor still says what Instagram will need");
        const QString id = editor.currentPostId();
        QVERIFY(!id.isEmpty());

        // The server refuses what gets past this client's rules (here a
        // schedule set without them, as an older version could): the
        // refusal is shown next to its field and above…
        QVERIFY(!m_office->client->store().posts().update(id, [](Post &p) {
            p.status = PostStatus::Scheduled;
            p.scheduledAt = Clock::nowUtc().addDays(2);
        }));
        m_office->client->syncUntilClean(3);
        QTRY_COMPARE(m_office->client->parked(), 1);
        QTRY_VERIFY(editor.banner()->text().contains(QStringLiteral("did not accept the last change")));
        QVERIFY(editor.banner()->isVisible());

        // …and both go as soon as the cause is gone: a photo attached, the
        // change accepted.
        const QString photo = m_user->uploadImage(QStringLiteral("tribune.jpg"), 7);
        QVERIFY(!photo.isEmpty());
        QVERIFY(m_office->client->sync().ok()); // the photo arrives in the library
        c->media()->addMediaIds({photo});
        editor.flush();
        QVERIFY(m_office->client->syncUntilClean(3));
        QTRY_COMPARE(m_office->client->parked(), 0);
        QTRY_VERIFY(!editor.banner()->isVisible());
        QVERIFY(c->messagesFor(QStringLiteral("media_ids")).isEmpty());
    }

    // The demo club (pitchside-server --seed demo) synced, as its
    // volunteer sees it: hundreds of posts in every status, fixtures with
    // scores, events. Also the pictures of docs/screenshots/calendar-demo-*.
    void theDemoClubsMonth()
    {
        QVERIFY(m_laptop->client->sync().ok());
        int posts = 0, matches = 0, events = 0;
        QSet<PostStatus> statuses;
        ui::CalendarPage page(*m_laptop->context);
        page.resize(1180, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const CalendarSnapshot &s = page.snapshot();
        for (QDate d = s.first(); d <= s.last(); d = d.addDays(1)) {
            for (const CalendarEntry &e : s.entriesOn(d)) {
                posts += e.isPost();
                matches += e.kind == CalendarEntry::Kind::Match;
                events += e.kind == CalendarEntry::Kind::Event;
                if (e.isPost())
                    statuses.insert(e.status);
            }
        }
        QVERIFY2(posts >= 20, qPrintable(QString::number(posts)));
        QVERIFY(matches >= 4);
        QVERIFY(statuses.size() >= 3);
        Q_UNUSED(events);

        const QString dir = uitest::screenshotDir();
        if (dir.isEmpty())
            return;
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            uitest::useLanguage(language);
            ui::CalendarPage shown(*m_laptop->context);
            shown.resize(1180, 720);
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            shown.setViewKind(ui::CalendarPage::ViewKind::Month);
            QTest::qWait(50);
            QVERIFY(uitest::saveShot(&shown, dir, QStringLiteral("calendar-demo-month-%1").arg(language)));
            shown.setViewKind(ui::CalendarPage::ViewKind::Agenda);
            QTest::qWait(50);
            QVERIFY(uitest::saveShot(&shown, dir, QStringLiteral("calendar-demo-agenda-%1").arg(language)));
            shown.setViewKind(ui::CalendarPage::ViewKind::Month);
        }
        uitest::useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TstCalendarSync)
#include "tst_calendar_sync.moc"
