// The store side of replication: a pull never overwrites a local change,
// the outbox's states, and the three ways out of a conflict.
#include "models/Clock.h"
#include "models/store/ConflictRepository.h"
#include "models/store/DraftTransfer.h"
#include "models/store/PushQueue.h"
#include "models/store/RemoteApply.h"
#include "models/store/Store.h"
#include "models/store/Transaction.h"
#include "sync/ConflictResolver.h"
#include "sync/entities/EntityRegistry.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pitchside;
using namespace pitchside::sync;
using json = nlohmann::json;

namespace {

json serverPost(const QString &id, int version, const QString &content)
{
    return {{"id", id.toStdString()},
            {"version", version},
            {"platforms", {"facebook"}},
            {"content", content.toStdString()},
            {"hashtags", json::array()},
            {"status", "draft"},
            {"ai_generated", false},
            {"media_ids", {"00000000-0000-4000-8000-0000000000f1"}},
            {"metadata", json::object()},
            {"created_at", "2026-01-01T10:00:00Z"},
            {"updated_at", "2026-01-02T10:00:00Z"}};
}

} // namespace

class TstSyncStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<store::Store> m_store;
    const EntitySpec *m_posts = nullptr;
    std::optional<Clock::TestOverride> m_clock;

    store::ApplyOutcome pull(const json &item)
    {
        store::Transaction tx(m_store->database().sql());
        store::RemoteApply apply(m_store->database().sql());
        store::ApplyOutcome out;
        const auto row = m_posts->rowFromJson(item);
        const auto err = apply.upsert(m_posts->table(), row, [&] { return QByteArray::fromStdString(item.dump()); }, out);
        if (err)
            qWarning() << err.detail;
        tx.commit();
        return out;
    }

    store::ApplyOutcome pullDelete(const QString &id, qint64 version)
    {
        store::Transaction tx(m_store->database().sql());
        store::RemoteApply apply(m_store->database().sql());
        store::ApplyOutcome out;
        if (const auto err = apply.remove(m_posts->table(), id, version, out))
            qWarning() << err.detail;
        tx.commit();
        return out;
    }

    QString content(const QString &id) { return m_store->posts().find(id).value_or(Post{}).content; }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // A minute before a year's end in UTC: the outbox's due times and the
        // resolver's stamps come from this clock, not from the day of the run.
        m_clock.emplace(QDateTime(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC));
        store::StoreError e;
        m_store = store::Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_stores)), &e);
        QVERIFY2(m_store, qPrintable(e.detail));
        m_posts = EntityRegistry::builtin().find(QStringLiteral("post"));
    }

    void cleanup()
    {
        m_store.reset();
        m_clock.reset();
    }

    void pullInsertsUpdatesAndNeverGoesBack()
    {
        QCOMPARE(pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a0"), 1, QStringLiteral("v1"))).applied, 1);
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a0")), QStringLiteral("v1"));
        QCOMPARE(m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a0"))->mediaIds, QStringList{QStringLiteral("00000000-0000-4000-8000-0000000000f1")});
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a0"), 3, QStringLiteral("v3")));
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a0")), QStringLiteral("v3"));
        QCOMPARE(pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a0"), 2, QStringLiteral("v2"))).applied, 0); // older: ignored
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a0")), QStringLiteral("v3"));
        QCOMPARE(m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a0"))->sync.version, qint64(3));
        QCOMPARE(pullDelete(QStringLiteral("00000000-0000-4000-8000-0000000000a0"), 4).applied, 1);
        QVERIFY(!m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a0")));
    }

    void dirtyRowIsNeverOverwritten()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a1"), 1, QStringLiteral("server v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a1"), [](Post &p) { p.content = QStringLiteral("mine"); }));
        // The server has nothing newer than what the edit builds on: no conflict.
        QCOMPARE(pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a1"), 1, QStringLiteral("server v1"))).conflicts, 0);
        // It moved on meanwhile: both copies are kept.
        QCOMPARE(pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a1"), 2, QStringLiteral("theirs"))).conflicts, 1);
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a1")), QStringLiteral("mine"));
        QVERIFY(m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a1"))->sync.conflict);
        const auto c = store::ConflictRepository(m_store->database().sql()).find(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a1"));
        QVERIFY(c);
        QCOMPARE(c->serverVersion, qint64(2));
        QVERIFY(c->serverCopy.contains("theirs"));
        QCOMPARE(m_store->outbox().countInState(store::Outbox::State::Conflict), 1);
        // A newer server copy replaces the stored one; the local row stays.
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a1"), 3, QStringLiteral("theirs again")));
        QVERIFY(store::ConflictRepository(m_store->database().sql())
                    .find(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a1"))->serverCopy.contains("theirs again"));
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a1")), QStringLiteral("mine"));
    }

    void pendingCreateIsLeftToItsReplay()
    {
        Post p;
        p.content = QStringLiteral("new here");
        p.platforms = Platform::Facebook;
        QVERIFY(!m_store->posts().create(p));
        // Our create went through but its answer was lost: the feed shows it.
        QCOMPARE(pull(serverPost(p.id, 1, QStringLiteral("new here"))).conflicts, 0);
        QCOMPARE(store::ConflictRepository(m_store->database().sql()).count(), 0);
    }

    void remoteDeleteOfAnEditedRow()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a2"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a2"), [](Post &p) { p.content = QStringLiteral("edited"); }));
        QCOMPARE(pullDelete(QStringLiteral("00000000-0000-4000-8000-0000000000a2"), 2).conflicts, 1);
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a2")), QStringLiteral("edited"));
        QVERIFY(store::ConflictRepository(m_store->database().sql())
                    .find(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a2"))->remoteDeleted);

        // Deleted on both sides: nothing to keep, nothing to send.
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a3"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().remove(QStringLiteral("00000000-0000-4000-8000-0000000000a3")));
        QCOMPARE(pullDelete(QStringLiteral("00000000-0000-4000-8000-0000000000a3"), 2).applied, 1);
        QVERIFY(!m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a3")));
        QVERIFY(m_store->outbox().entriesFor(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a3")).isEmpty());
    }

    void resyncSweepsWhatTheServerNoLongerHas()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000b1"), 1, QStringLiteral("k")));
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000b3"), 1, QStringLiteral("00000000-0000-4000-8000-0000000000a6")));
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000b2"), 1, QStringLiteral("m")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000b2"), [](Post &p) { p.content = QStringLiteral("unsent"); }));
        store::Transaction tx(m_store->database().sql());
        store::RemoteApply apply(m_store->database().sql());
        apply.setTrackSeen(true);
        store::ApplyOutcome out;
        const json keep = serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000b1"), 1, QStringLiteral("k"));
        QVERIFY(!apply.upsert(m_posts->table(), m_posts->rowFromJson(keep), {}, out));
        QVERIFY(!apply.sweepUnseen(m_posts->table(), out));
        QVERIFY(!apply.clearSeen());
        QVERIFY(tx.commit());
        QVERIFY(m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000b1")));
        QVERIFY(!m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000b3")));
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000b2")), QStringLiteral("unsent")); // unsent changes survive a resync
    }

    void pushQueueStates()
    {
        store::PushQueue queue(m_store->database().sql());
        Post p;
        p.content = QStringLiteral("x");
        p.platforms = Platform::LinkedIn;
        QVERIFY(!m_store->posts().create(p));
        auto items = queue.waiting();
        QCOMPARE(items.size(), 1);
        const qint64 seq = items[0].entry.seq;
        QVERIFY(!queue.freeze(seq, R"({"id":"x"})", 0));
        QVERIFY(queue.get(seq)->frozen());
        QCOMPARE(queue.get(seq)->sentBody, QByteArray(R"({"id":"x"})"));
        // An edit meanwhile does not merge into what may be on the server.
        QVERIFY(!m_store->posts().update(p.id, [](Post &q) { q.content = QStringLiteral("y"); }));
        QCOMPARE(queue.forEntity(QStringLiteral("post"), p.id).size(), 2);
        QVERIFY(!queue.retryLater(seq, 1, Clock::nowMs() + 60000, QStringLiteral("later"),
                                  QStringLiteral("NETWORK"), true));
        QVERIFY(queue.get(seq)->frozen());
        QCOMPARE(queue.countDue(Clock::nowMs()), 1); // the update behind it
        const qint64 update = queue.forEntity(QStringLiteral("post"), p.id).at(1).entry.seq;
        QVERIFY(!queue.park(update, QStringLiteral("refused"), QStringLiteral("BUSINESS_RULE/x")));
        QCOMPARE(queue.get(update)->entry.state, store::Outbox::State::Parked);
        QVERIFY(!queue.retryNow(0, false));
        QCOMPARE(queue.get(update)->entry.state, store::Outbox::State::Parked);
        QCOMPARE(queue.get(seq)->entry.nextAttemptAtMs, qint64(0));
        QVERIFY(!queue.retryNow());
        QCOMPARE(queue.get(update)->entry.state, store::Outbox::State::Pending);
        QVERIFY(!queue.complete(seq));
        QVERIFY(!queue.get(seq));
        QVERIFY(!queue.othersWaiting(QStringLiteral("post"), p.id, update));
    }

    void blockedEntriesAreNotDue()
    {
        store::PushQueue queue(m_store->database().sql());
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a4"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a4"), [](Post &p) { p.content = QStringLiteral("one"); }));
        const qint64 first = queue.waiting().at(0).entry.seq;
        QVERIFY(!queue.freeze(first, "{}", 1));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a4"), [](Post &p) { p.content = QStringLiteral("two"); }));
        QVERIFY(!queue.park(first, QStringLiteral("no"), QStringLiteral("FORBIDDEN")));
        // The second waits behind a refused first: no timer should chase it.
        QCOMPARE(queue.nextDueAtMs(), qint64(0));
    }

    void resolveKeepMine()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a5"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a5"), [](Post &p) { p.content = QStringLiteral("mine"); }));
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a5"), 4, QStringLiteral("theirs")));
        ConflictResolver resolver(m_store->database(), &m_store->hub(), EntityRegistry::builtin());
        const auto view = resolver.view(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a5"));
        QVERIFY(view);
        bool sawText = false;
        for (const auto &line : view->lines) {
            if (line.key == u"content") {
                sawText = true;
                QCOMPARE(line.mine, QStringLiteral("mine"));
                QCOMPARE(line.theirs, QStringLiteral("theirs"));
                QVERIFY(line.differs);
            }
        }
        QVERIFY(sawText);
        QSignalSpy hub(&m_store->hub(), &store::ChangeHub::changed);
        QVERIFY(!resolver.resolve(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a5"), ConflictResolver::Choice::KeepMine));
        QVERIFY(hub.count() >= 1);
        const Post p = *m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a5"));
        QCOMPARE(p.content, QStringLiteral("mine"));
        QCOMPARE(p.sync.version, qint64(4)); // rebased on the server's version
        QVERIFY(!p.sync.conflict && p.sync.dirty);
        const auto entries = store::PushQueue(m_store->database().sql()).forEntity(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a5"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].entry.op, store::Outbox::Op::Update);
        QVERIFY(entries[0].entry.fields.contains(QStringLiteral("content")));
        QVERIFY(entries[0].entry.fields.contains(QStringLiteral("media_ids"))); // the whole local copy goes
        QCOMPARE(resolver.conflicts().size(), 0);
    }

    void resolveTakeTheirs()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a6"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a6"), [](Post &p) { p.content = QStringLiteral("mine"); }));
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a6"), 2, QStringLiteral("theirs")));
        ConflictResolver resolver(m_store->database(), nullptr, EntityRegistry::builtin());
        QVERIFY(!resolver.resolve(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a6"), ConflictResolver::Choice::TakeTheirs));
        const Post p = *m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a6"));
        QCOMPARE(p.content, QStringLiteral("theirs"));
        QVERIFY(!p.sync.dirty && !p.sync.conflict);
        QCOMPARE(p.sync.version, qint64(2));
        QVERIFY(m_store->outbox().entriesFor(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a6")).isEmpty());
    }

    void resolveKeepBoth()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a7"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a7"), [](Post &p) {
            p.content = QStringLiteral("mine");
            p.status = PostStatus::Scheduled;
            p.scheduledAt = Clock::nowUtc().addDays(2);
        }));
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a7"), 2, QStringLiteral("theirs")));
        ConflictResolver resolver(m_store->database(), nullptr, EntityRegistry::builtin());
        QString copyId;
        QVERIFY(!resolver.resolve(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a7"), ConflictResolver::Choice::KeepBoth, &copyId));
        QVERIFY(!copyId.isEmpty() && copyId != u"h");
        QCOMPARE(content(QStringLiteral("00000000-0000-4000-8000-0000000000a7")), QStringLiteral("theirs"));
        const Post copy = *m_store->posts().find(copyId);
        QCOMPARE(copy.content, QStringLiteral("mine"));
        QCOMPARE(copy.status, PostStatus::Draft); // a copy is a draft, never a second scheduled post
        QVERIFY(copy.scheduledAt.isValid());
        QCOMPARE(copy.mediaIds, QStringList{QStringLiteral("00000000-0000-4000-8000-0000000000f1")});
        QCOMPARE(copy.sync.version, qint64(0));
        const auto entries = m_store->outbox().entriesFor(QStringLiteral("post"), copyId);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, store::Outbox::Op::Create);
    }

    void resolveRemoteDeleted()
    {
        pull(serverPost(QStringLiteral("00000000-0000-4000-8000-0000000000a8"), 1, QStringLiteral("v1")));
        QVERIFY(!m_store->posts().update(QStringLiteral("00000000-0000-4000-8000-0000000000a8"), [](Post &p) { p.content = QStringLiteral("keep me"); }));
        pullDelete(QStringLiteral("00000000-0000-4000-8000-0000000000a8"), 2);
        ConflictResolver resolver(m_store->database(), nullptr, EntityRegistry::builtin());
        QVERIFY(!resolver.view(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a8"))->canKeepBoth);
        QVERIFY(!resolver.resolve(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a8"), ConflictResolver::Choice::KeepMine));
        const auto entries = m_store->outbox().entriesFor(QStringLiteral("post"), QStringLiteral("00000000-0000-4000-8000-0000000000a8"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].op, store::Outbox::Op::Create); // put back with the same id
        QCOMPARE(m_store->posts().find(QStringLiteral("00000000-0000-4000-8000-0000000000a8"))->sync.version, qint64(0));
    }

    void draftsMoveIntoTheAccount()
    {
        store::StoreError e;
        auto account = store::Store::open(m_dir.filePath(QStringLiteral("account.sqlite")), &e);
        QVERIFY(account);
        for (int i = 0; i < 3; ++i) {
            Post p;
            p.content = QStringLiteral("draft %1").arg(i);
            p.platforms = Platform::Facebook;
            QVERIFY(!m_store->posts().create(p));
        }
        QCOMPARE(store::DraftTransfer::count(*m_store), 3);
        int moved = 0;
        QVERIFY(!store::DraftTransfer::move(*m_store, *account, &moved));
        QCOMPARE(moved, 3);
        QCOMPARE(store::DraftTransfer::count(*m_store), 0);
        QCOMPARE(account->posts().count({}), 3);
        QCOMPARE(account->outbox().count(), 3);
        QCOMPARE(m_store->outbox().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncStore)
#include "tst_sync_store.moc"
