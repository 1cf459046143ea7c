// PostPlanner over a real store: the planning commands the editor, the
// calendar and pitchside-cli share. Scheduling is refused by the rules
// with nothing written; writing is never refused, the rules it breaks come
// back as warnings; edits never change a post's time; undo writes a timing
// back. "Now" is the Clock's, frozen, so the suite passes on any date.
#include "models/Clock.h"
#include "models/PostPlanner.h"
#include "models/store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using Outcome = PostCommandResult::Outcome;

namespace {

const QDateTime kNow(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);

QStringList rules(const QVector<RuleViolation> &violations)
{
    QStringList out;
    for (const RuleViolation &v : violations)
        out << v.rule;
    return out;
}

} // namespace

class TestPostPlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<Clock::TestOverride> m_clock;

    Post draft(const QString &content, Platforms platforms)
    {
        Post p;
        p.content = content;
        p.platforms = platforms;
        return p;
    }
    int outboxEntries(const QString &id) { return int(m_store->outbox().entriesFor(store::EntityType::Post, id).size()); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<Clock::TestOverride>(kNow, true);
        store::StoreError error;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error);
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_store.reset();
        m_clock.reset();
    }

    void aDraftIsWrittenAsItIsWithItsWarnings()
    {
        // Instagram without media, too long: a draft is work in progress and
        // the editor saves what is typed, saying what the networks will
        // refuse once it goes out (the photo is required only then).
        Post p = draft(QString(2300, u'x'), Platform::Instagram);
        const PostCommandResult r = PostPlanner(*m_store).create(p);
        QCOMPARE(r.outcome, Outcome::Done);
        QVERIFY(r.ok());
        QVERIFY(!p.id.isEmpty());
        QCOMPARE(r.postId, p.id);
        QCOMPARE(rules(r.warnings), (QStringList{QStringLiteral("caption_too_long"), QStringLiteral("instagram_needs_media")}));
        QCOMPARE(m_store->posts().find(p.id)->content.size(), 2300);
        QCOMPARE(outboxEntries(p.id), 1);
    }

    void aNewPostIsScheduledOnlyWhenTheRulesAllow()
    {
        PostPlanner planner(*m_store);
        const QDateTime tomorrow = kNow.addDays(1);
        // Each refusal: the rule, the app's sentence, nothing written.
        struct Case
        {
            Post post;
            QDateTime when;
            QString rule;
        };
        const QVector<Case> refused{
            {draft(QStringLiteral("Photo du match"), Platform::Instagram), tomorrow, QStringLiteral("instagram_needs_media")},
            {draft(QStringLiteral("Trop tard"), Platform::Facebook), kNow.addSecs(-60), QStringLiteral("schedule_in_past")},
            {draft(QString(130000, u'a'), Platform::Facebook), tomorrow, QStringLiteral("caption_too_long")},
        };
        for (Case c : refused) {
            const PostCommandResult r = planner.create(c.post, c.when);
            QCOMPARE(r.outcome, Outcome::Refused);
            QCOMPARE(rules(r.plan.violations), QStringList{c.rule});
            QCOMPARE(r.message(), r.plan.violations.constFirst().message());
            QVERIFY(!r.message().isEmpty());
            QVERIFY(c.post.id.isEmpty());
        }
        QCOMPARE(m_store->posts().count({}), 0);
        QCOMPARE(m_store->outbox().count(), 0);

        // Exactly now is not the future either (the server's rule: <= now).
        Post now = draft(QStringLiteral("Maintenant"), Platform::LinkedIn);
        QCOMPARE(planner.create(now, kNow).outcome, Outcome::Refused);

        Post ok = draft(QStringLiteral("Coup d'envoi samedi"), Platform::Facebook | Platform::LinkedIn);
        const PostCommandResult r = planner.create(ok, tomorrow);
        QCOMPARE(r.outcome, Outcome::Done);
        const Post saved = *m_store->posts().find(ok.id);
        QCOMPARE(saved.status, PostStatus::Scheduled);
        QCOMPARE(saved.scheduledAt, tomorrow);
        QCOMPARE(r.after.status, PostStatus::Scheduled);
        QVERIFY(r.warnings.isEmpty());
    }

    void scheduleMoveUnscheduleAndUndo()
    {
        PostPlanner planner(*m_store);
        Post p = draft(QStringLiteral("Match samedi"), Platform::Facebook);
        p.status = PostStatus::Failed;
        p.errorMessage = QStringLiteral("token expired");
        QVERIFY(!m_store->posts().create(p));

        // A failed post tried again: scheduled, its error cleared; the result
        // keeps what it was, for undo.
        const QDateTime at(QDate(2026, 12, 5), QTime(14, 0), Qt::UTC);
        PostCommandResult r = planner.schedule(p.id, at);
        QCOMPARE(r.outcome, Outcome::Done);
        QCOMPARE(r.before, (PostTiming{PostStatus::Failed, QDateTime(), QStringLiteral("token expired")}));
        QCOMPARE(r.after, (PostTiming{PostStatus::Scheduled, at, QString()}));
        QCOMPARE(PostTiming::of(*m_store->posts().find(p.id)), r.after);

        // The same time again: nothing to write.
        QCOMPARE(planner.schedule(p.id, at).outcome, Outcome::Unchanged);
        // In the past: refused, the post keeps its time.
        r = planner.schedule(p.id, kNow.addDays(-1));
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.message(), QStringLiteral("This time has already passed. Pick a later date or time."));
        QCOMPARE(m_store->posts().find(p.id)->scheduledAt, at);

        // Another day, the same local time.
        r = planner.moveToDay(p.id, QDate(2026, 12, 9));
        QCOMPARE(r.outcome, Outcome::Done);
        const QDateTime moved = m_store->posts().find(p.id)->scheduledAt;
        QCOMPARE(moved.toLocalTime().date(), QDate(2026, 12, 9));
        QCOMPARE(moved.toLocalTime().time(), at.toLocalTime().time());

        // Undo: the earlier timing comes back as it was, rules or not.
        QVERIFY(!planner.restoreTiming(p.id, r.before));
        QCOMPARE(m_store->posts().find(p.id)->scheduledAt, at);

        r = planner.unschedule(p.id);
        QCOMPARE(r.outcome, Outcome::Done);
        QCOMPARE(PostTiming::of(*m_store->posts().find(p.id)), (PostTiming{PostStatus::Draft, QDateTime(), QString()}));
        QCOMPARE(planner.unschedule(p.id).outcome, Outcome::Unchanged);

        QCOMPARE(planner.schedule(QStringLiteral("no-such-post"), at).outcome, Outcome::NotFound);
        QCOMPARE(planner.unschedule(QStringLiteral("no-such-post")).outcome, Outcome::NotFound);
    }

    void aPublishedPostKeepsItsTime()
    {
        Post p = draft(QStringLiteral("Déjà publié"), Platform::LinkedIn);
        p.status = PostStatus::Published;
        p.publishedAt = kNow.addDays(-2);
        QVERIFY(!m_store->posts().create(p));
        PostPlanner planner(*m_store);
        const PostCommandResult moved = planner.schedule(p.id, kNow.addDays(1));
        QCOMPARE(moved.outcome, Outcome::Refused);
        QVERIFY(moved.message().contains(QStringLiteral("already published")));
        const PostCommandResult back = planner.unschedule(p.id);
        QCOMPARE(back.outcome, Outcome::Refused);
        QCOMPARE(m_store->posts().find(p.id)->status, PostStatus::Published);
    }

    void editsNeverChangeTheTime()
    {
        PostPlanner planner(*m_store);
        Post p = draft(QStringLiteral("Avant"), Platform::Facebook);
        QCOMPARE(planner.create(p, kNow.addDays(3)).outcome, Outcome::Done);
        // An edit that tries to unschedule is an edit of the text only.
        const PostCommandResult r = planner.edit(p.id, [](Post &post) {
            post.content = QStringLiteral("Après");
            post.status = PostStatus::Draft;
            post.scheduledAt = QDateTime();
        });
        QCOMPARE(r.outcome, Outcome::Done);
        const Post saved = *m_store->posts().find(p.id);
        QCOMPARE(saved.content, QStringLiteral("Après"));
        QCOMPARE(saved.status, PostStatus::Scheduled);
        QCOMPARE(saved.scheduledAt, kNow.addDays(3));
        QCOMPARE(planner.edit(QStringLiteral("no-such-post"), {}).outcome, Outcome::NotFound);
    }

    void scheduleWithAChangeChecksThePostAsItWouldBe()
    {
        PostPlanner planner(*m_store);
        Post p = draft(QStringLiteral("Court"), Platform::LinkedIn);
        QVERIFY(!m_store->posts().create(p));
        const auto longer = [](Post &post) { post.content = QString(3001, u'z'); };
        // The new text breaks LinkedIn's limit: neither it nor the time is written.
        PostCommandResult r = planner.schedule(p.id, kNow.addDays(1), longer);
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(rules(r.plan.violations), QStringList{QStringLiteral("caption_too_long")});
        QCOMPARE(m_store->posts().find(p.id)->content, QStringLiteral("Court"));
        QCOMPARE(m_store->posts().find(p.id)->status, PostStatus::Draft);
        // A text that fits: both in one write (one outbox entry, the create, carries it).
        r = planner.schedule(p.id, kNow.addDays(1), [](Post &post) { post.content = QStringLiteral("Ça rentre"); });
        QCOMPARE(r.outcome, Outcome::Done);
        QCOMPARE(m_store->posts().find(p.id)->content, QStringLiteral("Ça rentre"));
        QCOMPARE(m_store->posts().find(p.id)->status, PostStatus::Scheduled);
        QCOMPARE(outboxEntries(p.id), 1);
    }

    void aTakenSlotWarnsWithoutRefusing()
    {
        PostPlanner planner(*m_store);
        const QDateTime at(QDate(2026, 12, 6), QTime(11, 0), Qt::UTC);
        Post first = draft(QStringLiteral("Premier"), Platform::Facebook);
        QCOMPARE(planner.create(first, at).outcome, Outcome::Done);
        Post second = draft(QStringLiteral("Second"), Platform::Facebook | Platform::LinkedIn);
        const PostCommandResult r = planner.create(second, at.addSecs(10 * 60));
        QCOMPARE(r.outcome, Outcome::Done);
        QCOMPARE(r.plan.slotTakenBy.size(), 1);
        QCOMPARE(r.plan.slotTakenBy.constFirst().id, first.id);
    }

    void aStoreThatRefusesTheWriteIsSaid()
    {
        PostPlanner planner(*m_store);
        Post p = draft(QStringLiteral("Bientôt"), Platform::Facebook);
        QVERIFY(!m_store->posts().create(p));
        QVERIFY(QSqlQuery(m_store->database().sql())
                    .exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON main.posts "
                                         "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const PostCommandResult r = planner.schedule(p.id, kNow.addDays(1));
        QCOMPARE(r.outcome, Outcome::Failed);
        QVERIFY2(r.message().contains(QStringLiteral("disk full")), qPrintable(r.message()));
        QCOMPARE(r.after, r.before);
        QCOMPARE(m_store->posts().find(p.id)->status, PostStatus::Draft);
    }

    void writingViolationsLeaveTheScheduleOut()
    {
        Post p = draft(QStringLiteral("Sans photo"), Platform::Instagram);
        p.status = PostStatus::Scheduled;
        p.scheduledAt = kNow.addDays(-3); // an old schedule nobody touched
        QCOMPARE(rules(PostPlanner::writingViolations(p)), QStringList{QStringLiteral("instagram_needs_media")});
        p.scheduledAt = QDateTime();
        QCOMPARE(rules(PostPlanner::writingViolations(p)), QStringList{QStringLiteral("instagram_needs_media")});
    }
};

QTEST_GUILESS_MAIN(TestPostPlanner)
#include "tst_post_planner.moc"
