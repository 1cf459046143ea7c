// The planning repositories over a real store: templates, matches and post
// history write their rows and outbox entries together; Undo of a delete
// takes it back or recreates; the slot rule; the calendar snapshot, loaded
// here or on the loader's thread, on the nights the clocks change and at a
// year's end; the drafts tray's index.
#include "models/CalendarData.h"
#include "models/CalendarLoader.h"
#include "models/Clock.h"
#include "models/LocalTime.h"
#include "models/store/Store.h"
#include "tests/support/TimeZoneOverride.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pitchside;
using namespace pitchside::store;
using testsupport::TimeZoneOverride;

class TestPlanningStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<Clock::TestOverride> m_clock;

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_store->database().sql());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(sql));
    }

    // What a successful push does: the server's version, clean row, no entries.
    void markSynced(const QString &table, const QString &id, int version = 1)
    {
        exec(QStringLiteral("UPDATE %1 SET version = ?, dirty = 0 WHERE id = ?").arg(table), {version, id});
        exec(QStringLiteral("DELETE FROM outbox WHERE entity_id = ?"), {id});
    }

    QString postAt(const QDateTime &when, Platforms platforms, const QString &profile = {})
    {
        Post p;
        p.content = QStringLiteral("Post %1").arg(when.toString(Qt::ISODate));
        p.platforms = platforms;
        p.profileId = profile;
        p.status = PostStatus::Scheduled;
        p.scheduledAt = when;
        return m_store->posts().create(p) ? QString() : p.id;
    }

private Q_SLOTS:
    void init()
    {
        // Ten days before the night Paris goes to summer time: the snapshot
        // test's day is that Sunday (in any other zone, an ordinary one).
        m_clock.emplace(QDateTime(QDate(2027, 3, 18), QTime(9, 0)));
        StoreError error;
        m_store = Store::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_clock.reset();
    }

    void templatesAreSyncedEntities()
    {
        QSignalSpy changes(&m_store->hub(), &ChangeHub::changed);
        PostTemplate t;
        t.name = QStringLiteral("Jour de match");
        t.category = QStringLiteral("actualite");
        t.platforms = Platform::Instagram | Platform::Facebook;
        t.content = QStringLiteral("C'est jour de match : {{home}} – {{away}} à {{time}} !");
        t.hashtags = {QStringLiteral("matchday")};
        QVERIFY(!m_store->templates().create(t));
        QCOMPARE(changes.first().at(0).toString(), EntityType::Template);
        auto entries = m_store->outbox().entriesFor(EntityType::Template, t.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, Outbox::Op::Create);

        markSynced(QStringLiteral("templates"), t.id, 3);
        QVERIFY(!m_store->templates().update(t.id, [](PostTemplate &x) { x.name = QStringLiteral("Matchday"); }));
        entries = m_store->outbox().entriesFor(EntityType::Template, t.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, Outbox::Op::Update);
        QCOMPARE(entries[0].fields, QStringList{QStringLiteral("name")});
        QCOMPARE(entries[0].baseVersion, 3);
        QCOMPARE(m_store->templates().find(t.id)->name, QStringLiteral("Matchday"));

        // Listed most used first.
        PostTemplate other;
        other.name = QStringLiteral("Annonce");
        other.content = QStringLiteral("x");
        other.platforms = Platform::LinkedIn;
        QVERIFY(!m_store->templates().create(other));
        exec(QStringLiteral("UPDATE templates SET usage_count = 5 WHERE id = ?"), {t.id});
        QCOMPARE(m_store->templates().all().first().id, t.id);

        QVERIFY(!m_store->templates().remove(t.id));
        QCOMPARE(m_store->templates().all().size(), 1);
        QCOMPARE(m_store->outbox().entriesFor(EntityType::Template, t.id)[0].op, Outbox::Op::Delete);
        // A template never synced leaves no trace.
        QVERIFY(!m_store->templates().remove(other.id));
        QVERIFY(!m_store->templates().find(other.id));
        QVERIFY(m_store->outbox().entriesFor(EntityType::Template, other.id).isEmpty());
    }

    void matchesRecordJsonKeys()
    {
        Match m;
        m.home.name = QStringLiteral("FC Vaulx");
        m.away.name = QStringLiteral("AS Bron");
        m.matchDate = Clock::nowUtc().addDays(3);
        m.venue = QStringLiteral("Stade Jean-Bouin");
        { const StoreError e = m_store->matches().create(m); QVERIFY2(!e, qPrintable(e.detail)); }
        QCOMPARE(m_store->outbox().entriesFor(EntityType::Match, m.id)[0].op, Outbox::Op::Create);
        markSynced(QStringLiteral("matches"), m.id, 2);

        QVERIFY(!m_store->matches().update(m.id, [](Match &x) {
            x.status = Match::Status::Finished;
            x.scoreHome = 3;
            x.scoreAway = 1;
            x.away.logoUrl = QStringLiteral("https://example.org/bron.png");
        }));
        const auto entries = m_store->outbox().entriesFor(EntityType::Match, m.id);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].fields, (QStringList{QStringLiteral("away_team"), QStringLiteral("status"),
                                                 QStringLiteral("score_home"), QStringLiteral("score_away")}));
        const auto stored = m_store->calendar().findMatch(m.id);
        QCOMPARE(stored->scoreHome, 3);
        QCOMPARE(stored->away.logoUrl, QStringLiteral("https://example.org/bron.png"));
        QVERIFY(stored->sync.dirty);
        QCOMPARE(m_store->matches().teamNames().size(), 2);

        // Delete, then Undo before the delete went out: the delete is taken
        // back and the edit waiting before it goes out again.
        const Match snapshot = *stored;
        QVERIFY(!m_store->matches().remove(m.id));
        QVERIFY(m_store->calendar().findMatch(m.id)->sync.deleted);
        QString restored;
        QVERIFY(!m_store->matches().restore(snapshot, &restored));
        QCOMPARE(restored, m.id);
        QVERIFY(!m_store->calendar().findMatch(m.id)->sync.deleted);
        const auto after = m_store->outbox().entriesFor(EntityType::Match, m.id);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].op, Outbox::Op::Update);
        QVERIFY(after[0].fields.contains(QStringLiteral("score_home")));
    }

    void undoOfAPostDelete()
    {
        // Never synced: the row is gone for good, Undo brings it back as it was.
        const QString fresh = postAt(Clock::nowUtc().addDays(1), Platform::LinkedIn);
        Post snapshot = *m_store->posts().find(fresh);
        QVERIFY(!m_store->posts().remove(fresh));
        QVERIFY(!m_store->posts().find(fresh));
        QString id;
        QVERIFY(!m_store->posts().restore(snapshot, &id));
        QCOMPARE(id, fresh);
        QCOMPARE(m_store->posts().find(fresh)->content, snapshot.content);
        QCOMPARE(m_store->outbox().entriesFor(EntityType::Post, fresh)[0].op, Outbox::Op::Create);

        // Synced and the delete still waiting: taken back, nothing left to send.
        markSynced(QStringLiteral("posts"), fresh, 4);
        snapshot = *m_store->posts().find(fresh);
        QVERIFY(!m_store->posts().remove(fresh));
        QVERIFY(!m_store->posts().restore(snapshot, &id));
        QCOMPARE(id, fresh);
        QVERIFY(m_store->outbox().entriesFor(EntityType::Post, fresh).isEmpty());
        QVERIFY(!m_store->posts().find(fresh)->sync.dirty);
        QCOMPARE(m_store->posts().find(fresh)->sync.version, 4);

        // The delete already on the wire: it comes back as a new post.
        QVERIFY(!m_store->posts().remove(fresh));
        exec(QStringLiteral("UPDATE outbox SET state = 'inflight' WHERE entity_id = ?"), {fresh});
        QVERIFY(!m_store->posts().restore(snapshot, &id));
        QVERIFY(id != fresh);
        QCOMPARE(m_store->posts().find(id)->content, snapshot.content);
        QCOMPARE(m_store->outbox().entriesFor(EntityType::Post, id)[0].op, Outbox::Op::Create);
    }

    void duplicateMakesADraft()
    {
        const QString id = postAt(Clock::nowUtc().addDays(2), Platform::Facebook);
        QString copy;
        QVERIFY(!m_store->posts().duplicate(id, &copy));
        const Post p = *m_store->posts().find(copy);
        QCOMPARE(p.status, PostStatus::Draft);
        QCOMPARE(p.content, m_store->posts().find(id)->content);
        QCOMPARE(p.scheduledAt, m_store->posts().find(id)->scheduledAt);
    }

    void slotTakenNeedsSameProfileAndAPlatform()
    {
        const QDateTime at = Clock::nowUtc().addDays(5);
        const QString a = postAt(at, Platform::Instagram, QStringLiteral("club"));
        postAt(at.addSecs(40 * 60), Platform::Instagram, QStringLiteral("club")); // 40 min: free
        postAt(at.addSecs(10 * 60), Platform::LinkedIn, QStringLiteral("club"));  // other network
        postAt(at.addSecs(5 * 60), Platform::Instagram, QStringLiteral("u17"));   // other profile
        const auto near = m_store->posts().slotNeighbours(QStringLiteral("club"), Platform::Instagram | Platform::Facebook,
                                                          at.addSecs(20 * 60), QString());
        QCOMPARE(near.size(), 2); // a (20 min) and the 40-min one (20 min)
        QVERIFY(m_store->posts().slotNeighbours(QStringLiteral("club"), Platform::Instagram, at, a).isEmpty());
    }

    void historyFoldsAndKeepsTwenty()
    {
        Post p;
        p.content = QStringLiteral("v0");
        p.platforms = Platform::LinkedIn;
        QVERIFY(!m_store->posts().create(p));
        PostHistoryRepository &h = m_store->postHistory();
        const QDateTime t0 = Clock::nowUtc();
        QVERIFY(!h.record(p, t0));
        p.content = QStringLiteral("v1");
        QVERIFY(!h.record(p, t0.addSecs(20))); // folds into the first
        QCOMPARE(h.count(p.id), 1);
        QCOMPARE(h.versions(p.id)[0].content, QStringLiteral("v1"));
        QVERIFY(!h.record(p, t0.addSecs(50))); // same text: nothing
        QCOMPARE(h.count(p.id), 1);
        for (int i = 2; i < 30; ++i) {
            p.content = QStringLiteral("v%1").arg(i);
            QVERIFY(!h.record(p, t0.addSecs(60 * i)));
        }
        QCOMPARE(h.count(p.id), PostHistoryRepository::kKept);
        const auto versions = h.versions(p.id);
        QCOMPARE(versions.first().content, QStringLiteral("v29"));
        QCOMPARE(versions.last().content, QStringLiteral("v10"));
        QCOMPARE(h.find(versions.last().id)->content, QStringLiteral("v10"));
    }

    void calendarSnapshot()
    {
        const QDate day = Clock::today().addDays(10);
        const QString post = postAt(QDateTime(day, QTime(18, 0)).toUTC(), Platform::Instagram, QStringLiteral("club"));
        postAt(QDateTime(day, QTime(9, 0)).toUTC(), Platform::LinkedIn, QStringLiteral("u17"));
        Match m;
        m.home.name = QStringLiteral("FC Vaulx");
        m.away.name = QStringLiteral("AS Bron");
        m.matchDate = QDateTime(day, QTime(15, 0)).toUTC();
        { const StoreError e = m_store->matches().create(m); QVERIFY2(!e, qPrintable(e.detail)); }
        exec(QStringLiteral("INSERT INTO events (id, name, start_at, end_at, created_at, updated_at) "
                            "VALUES ('e1', 'Tournoi', ?, ?, 0, 0)"),
             {QDateTime(day.addDays(-1), QTime(9, 0)).toMSecsSinceEpoch(),
              QDateTime(day.addDays(1), QTime(18, 0)).toMSecsSinceEpoch()});

        CalendarFilter filter;
        CalendarSnapshot s = CalendarSnapshot::load(*m_store, day.addDays(-3), day.addDays(3), filter);
        const auto &entries = s.entriesOn(day);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].kind, CalendarEntry::Kind::Event); // spans days: first
        QVERIFY(entries[0].spansDays);
        QCOMPARE(entries[1].start.time(), QTime(9, 0));
        QCOMPARE(entries[2].kind, CalendarEntry::Kind::Match);
        QCOMPARE(entries[3].id, post);
        QCOMPARE(s.entriesOn(day.addDays(-1)).size(), 1);
        QCOMPARE(s.entriesOn(day.addDays(1)).size(), 1);
        QCOMPARE(s.postCount(), 2);

        filter.profileId = QStringLiteral("club");
        filter.events = false;
        s = CalendarSnapshot::load(*m_store, day, day, filter);
        QCOMPARE(s.entriesOn(day).size(), 2); // the club's post and the match (no profile: everyone's)
        filter.matches = false;
        filter.platforms = Platform::LinkedIn;
        s = CalendarSnapshot::load(*m_store, day, day, filter);
        QCOMPARE(s.entriesOn(day).size(), 0);
    }

    // Paris, 28 March 2027: 02:00 becomes 03:00. Each post shows on its local
    // day at its local time, over a day, a week and a month grid (a range
    // long enough for the one-offset-per-day fast path around the change).
    void calendarSnapshotTheNightTheClocksGoForward()
    {
        TimeZoneOverride zone("Europe/Paris");
        const QDate sunday(2027, 3, 28);
        const QString late = postAt(QDateTime(QDate(2027, 3, 27), QTime(23, 30)).toUTC(), Platform::Facebook);
        const QString before = postAt(QDateTime(sunday, QTime(1, 30)).toUTC(), Platform::Facebook);
        const QString skipped = postAt(LocalTime::at(sunday, QTime(2, 30)).toUTC(), Platform::Facebook);
        const QString morning = postAt(QDateTime(sunday, QTime(10, 0)).toUTC(), Platform::Facebook);
        const QString monday = postAt(QDateTime(sunday.addDays(1), QTime(0, 15)).toUTC(), Platform::Facebook);
        QCOMPARE(m_store->posts().find(skipped)->scheduledAt, QDateTime(sunday, QTime(1, 30), Qt::UTC));

        const std::pair<QDate, QDate> ranges[] = {
            {sunday, sunday}, {QDate(2027, 3, 22), sunday}, {QDate(2027, 3, 1), QDate(2027, 4, 4)}};
        for (const auto &[first, last] : ranges) {
            const CalendarSnapshot s = CalendarSnapshot::load(*m_store, first, last, {});
            QStringList shown;
            for (const CalendarEntry &e : s.entriesOn(sunday))
                shown << e.start.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + e.id;
            const QStringList expected = {QStringLiteral("01:30 ") + before, QStringLiteral("03:30 ") + skipped,
                                          QStringLiteral("10:00 ") + morning};
            QCOMPARE(shown, expected);
            if (s.covers(sunday.addDays(-1)))
                QCOMPARE(s.entriesOn(sunday.addDays(-1)).constFirst().id, late);
            if (s.covers(sunday.addDays(1)))
                QCOMPARE(s.entriesOn(sunday.addDays(1)).constFirst().id, monday);
        }
    }

    // 23:30 on 31 December in New York is already 1 January in UTC: the post
    // is in December's grid, on the 31st, and not in January's first day.
    void calendarSnapshotAtAYearsEnd()
    {
        TimeZoneOverride zone("America/New_York");
        Clock::TestOverride clock(QDateTime(QDate(2026, 12, 31), QTime(23, 0)));
        const QString id = postAt(QDateTime(QDate(2026, 12, 31), QTime(23, 30)).toUTC(), Platform::LinkedIn);
        QCOMPARE(m_store->posts().find(id)->scheduledAt.date(), QDate(2027, 1, 1));
        const CalendarSnapshot december = CalendarSnapshot::load(*m_store, QDate(2026, 11, 30), QDate(2026, 12, 31), {});
        QCOMPARE(december.entriesOn(QDate(2026, 12, 31)).size(), 1);
        QCOMPARE(december.entriesOn(Clock::today()).constFirst().start.time(), QTime(23, 30));
        const CalendarSnapshot january = CalendarSnapshot::load(*m_store, QDate(2027, 1, 1), QDate(2027, 1, 31), {});
        QCOMPARE(january.postCount(), 0);
    }

    // The loader's thread reads what the UI thread's connection wrote, and
    // requests made while it works fold into one that runs next.
    void calendarLoaderReadsOnItsThread()
    {
        const QDate day = Clock::today().addDays(5);
        postAt(QDateTime(day, QTime(10, 0)).toUTC(), Platform::Facebook);
        CalendarLoader loader(m_store->path());
        QSignalSpy loaded(&loader, &CalendarLoader::loaded);
        loader.request(1, day, day, {});
        QVERIFY(loader.busy());
        postAt(QDateTime(day, QTime(11, 0)).toUTC(), Platform::Facebook);
        loader.request(2, day, day, {});
        loader.request(3, day, day, {}); // folds with 2
        QTRY_COMPARE(loaded.size(), 2);
        QVERIFY(!loader.busy());
        QCOMPARE(loaded.at(0).at(0).toULongLong(), 1u);
        QCOMPARE(loaded.at(1).at(0).toULongLong(), 3u);
        const auto last = loaded.at(1).at(1).value<CalendarSnapshot>();
        QCOMPARE(last.entriesOn(day).size(), 2);
        QCOMPARE(last.entriesOn(day).size(),
                 CalendarSnapshot::load(*m_store, day, day, {}).entriesOn(day).size());
    }

    void calendarLoaderReportsAStoreItCannotOpen()
    {
        CalendarLoader loader(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QSignalSpy failed(&loader, &CalendarLoader::failed);
        loader.request(1, Clock::today(), Clock::today(), {});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!loader.busy());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite")))); // never created
    }

    // The tray reloads on every change during a sync: its query must read the
    // partial index in order, not every draft and a sort.
    void draftTrayReadsItsIndex()
    {
        QSqlQuery q(m_store->database().sql());
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT p.id FROM posts p WHERE p.deleted = 0 AND p.profile_id = 'club' "
            "AND p.scheduled_at IS NULL AND p.status = 'draft' ORDER BY p.updated_at DESC LIMIT 200")));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(plan.join(u'|').contains(QStringLiteral("posts_undated_drafts")), qPrintable(plan.join(u'|')));
        QVERIFY2(!plan.join(u'|').contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan.join(u'|')));

        Post draft;
        draft.content = QStringLiteral("Sans date");
        draft.platforms = Platform::LinkedIn;
        QVERIFY(!m_store->posts().create(draft));
        const auto drafts = m_store->posts().unscheduledDrafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().id, draft.id);
    }
};

QTEST_GUILESS_MAIN(TestPlanningStore)
#include "tst_planning_store.moc"
