// Fixtures from the calendar: added and edited in the dialog, synced like
// posts (row and outbox entry "match"), deleted with undo, drawn apart from
// posts with their score.
#include "PlanningFixture.h"
#include "UiTestSupport.h"

#include "models/Clock.h"
#include "models/Preferences.h"
#include "models/store/Store.h"
#include "ui/UiContext.h"
#include "ui/calendar/CalendarActions.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EntryPainter.h"
#include "ui/calendar/MatchDialog.h"
#include "ui/calendar/TeamBadge.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

#include <optional>

using namespace pitchside;
using namespace pitchside::ui;

class TestCalendarMatches : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Preferences> m_prefs;
    std::unique_ptr<UiContext> m_context;
    // A Friday evening near a month's end: four days on is next month.
    std::optional<Clock::TestOverride> m_clock;

    // The match's entry on `day` as the page shows it, or nothing.
    std::optional<CalendarEntry> shownOn(const CalendarPage &page, QDate day, const QString &id)
    {
        for (const CalendarEntry &e : page.snapshot().entriesOn(day)) {
            if (e.id == id)
                return e;
        }
        return std::nullopt;
    }

    // Runs `fill` on the match dialog once it is open (it is modal).
    void whenDialogOpens(std::function<void(MatchDialog *)> fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto *dialog = qobject_cast<MatchDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.emplace(QDateTime(QDate(2027, 1, 29), QTime(21, 0)));
        Theme::apply(Theme::Mode::Light);
        uitest::useLanguage(QStringLiteral("en"));
        store::StoreError error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("pitchside.sqlite")), &error);
        QVERIFY(m_store);
        m_prefs = std::make_unique<Preferences>(Preferences::makeSettings(m_dir.path()));
        m_context = std::make_unique<UiContext>(UiContext{*m_store, *m_prefs, m_dir.path(), QStringLiteral("Test")});
    }

    void addAndEditAMatch()
    {
        CalendarPage page(*m_context);
        page.show();
        const QDate day = Clock::today().addDays(4);
        whenDialogOpens([](MatchDialog *d) {
            QVERIFY(!d->saveButton()->isEnabled()); // no teams yet
            QTest::keyClicks(d->homeName(), QStringLiteral("FC Vaulx-en-Velin"));
            QTest::keyClicks(d->awayName(), QStringLiteral("AS Bron"));
            QTest::keyClicks(d->venue(), QStringLiteral("Stade Jean-Bouin"));
            QVERIFY(!d->homeScore()->isEnabled()); // upcoming: no score
            QVERIFY(d->saveButton()->isEnabled());
            d->saveButton()->click();
        });
        page.actions()->newMatch(QDateTime(day, QTime()));
        const auto matches = m_store->calendar().matchesBetween(day.startOfDay(), day.addDays(1).startOfDay());
        QCOMPARE(matches.size(), 1);
        const Match m = matches.first();
        QCOMPARE(m.home.name, QStringLiteral("FC Vaulx-en-Velin"));
        QCOMPARE(m.venue, QStringLiteral("Stade Jean-Bouin"));
        QCOMPARE(m.matchDate.toLocalTime().time(), QTime(15, 0)); // the usual kick-off
        auto entries = m_store->outbox().entriesFor(store::EntityType::Match, m.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, store::Outbox::Op::Create);

        // Shown as a match, apart from posts.
        page.goToDate(day);
        const std::optional<CalendarEntry> shown = shownOn(page, day, m.id);
        QVERIFY(shown);
        QCOMPARE(shown->kind, CalendarEntry::Kind::Match);
        QCOMPARE(EntryPainter::baseColor(*shown), Theme::matchColor());

        // The result comes in: finished, 3-1.
        QSqlQuery(m_store->database().sql()).exec(QStringLiteral("DELETE FROM outbox")); // as if pushed
        QSqlQuery(m_store->database().sql()).exec(QStringLiteral("UPDATE matches SET version = 1, dirty = 0"));
        whenDialogOpens([](MatchDialog *d) {
            d->status()->setCurrentIndex(d->status()->findData(int(Match::Status::Finished)));
            QVERIFY(!d->saveButton()->isEnabled()); // a finished match needs its score
            d->homeScore()->setValue(3);
            d->awayScore()->setValue(1);
            QVERIFY(d->saveButton()->isEnabled());
            d->saveButton()->click();
        });
        page.actions()->editMatch(m.id);
        const Match scored = *m_store->calendar().findMatch(m.id);
        QCOMPARE(scored.scoreHome, 3);
        QCOMPARE(scored.scoreAway, 1);
        entries = m_store->outbox().entriesFor(store::EntityType::Match, m.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].fields, (QStringList{QStringLiteral("status"), QStringLiteral("score_home"),
                                                 QStringLiteral("score_away")}));
        // The page shows the result it reloaded, not the fixture it had.
        const std::optional<CalendarEntry> result = shownOn(page, day, m.id);
        QVERIFY(result);
        QCOMPARE(EntryPainter::label(*result), QStringLiteral("FC Vaulx-en-Velin 3–1 AS Bron"));

        // Deleted, then back with Undo.
        QVERIFY(page.actions()->deleteMatch(m.id));
        QVERIFY(m_store->calendar().findMatch(m.id)->sync.deleted);
        page.undoStack()->undo();
        QVERIFY(!m_store->calendar().findMatch(m.id)->sync.deleted);
    }

    void matchdayPostIsRequested()
    {
        CalendarPage page(*m_context);
        QSignalSpy requested(&page, &CalendarPage::matchdayPostRequested);
        whenDialogOpens([](MatchDialog *d) {
            d->homeName()->setText(QStringLiteral("ES Genas"));
            d->awayName()->setText(QStringLiteral("FC Vaulx-en-Velin"));
            const auto buttons = d->findChildren<QPushButton *>();
            for (QPushButton *b : buttons) {
                if (b->text() == QStringLiteral("Create matchday post"))
                    b->click();
            }
        });
        page.actions()->newMatch(QDateTime(Clock::today().addDays(10), QTime(18, 0)));
        QCOMPARE(requested.size(), 1);
        QVERIFY(m_store->calendar().findMatch(requested.first().first().toString()));
    }

    void teamBadges()
    {
        QCOMPARE(TeamBadge::initials(QStringLiteral("FC Vaulx-en-Velin")), QStringLiteral("VV"));
        QCOMPARE(TeamBadge::initials(QStringLiteral("AS Bron")), QStringLiteral("BR"));
        QCOMPARE(TeamBadge::initials(QStringLiteral("Olympique Lyonnais")), QStringLiteral("LY"));
        const QString id = QStringLiteral("0f8b5c0e-3c36-4c1f-8a55-3a0c2d6b7e11");
        QCOMPARE(TeamBadge::mediaIdOf(TeamBadge::logoUrlFor(id)), id);
        QVERIFY(TeamBadge::mediaIdOf(QStringLiteral("https://example.org/logo.png")).isEmpty());
        TeamInfo team{QStringLiteral("AS Bron"), {}, {}};
        QCOMPARE(TeamBadge::pixmap(team, 32).size() / TeamBadge::pixmap(team, 32).devicePixelRatio(), QSize(32, 32));
    }
};

QTEST_MAIN(TestCalendarMatches)
#include "tst_calendar_matches.moc"
