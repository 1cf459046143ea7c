// The inbox over a big account: 2,000 conversations, 200,000 messages (one
// conversation of 10,000). Opening a thread (target ≤ 30 ms median, against
// the bare SELECT of the same rows), searching the messages (≤ 20 ms,
// against the bare FTS5 query), scrolling the 10,000-message thread
// (≤ 16 ms a frame, against a plain list of the same size), and a message
// the sync writes reaching the open thread on screen (the store-to-pixels
// part of "≤ 100 ms after the server sends it"; the network part is printed
// by tst_sync_inbox::aMessageArrivesLive).
//
//   bench_inbox [runs=40]
#include "bench_common.h"

#include "models/Clock.h"
#include "models/ThreadModel.h"
#include "models/store/FtsQuery.h"
#include "models/store/Store.h"
#include "models/store/Transaction.h"
#include "ui/common/Theme.h"
#include "ui/inbox/ThreadView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace pitchside;

namespace {

constexpr int kConversations = 2000;
constexpr int kMessages = 200000;
constexpr int kBigThread = 10000;

const char *const kWords[] = {"maillot", "sponsor", "match", "samedi", "tribune", "logo", "devis", "contrat",
                              "photo", "U15", "seniors", "buvette", "tournoi", "calendrier", "affiche", "partenariat"};

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Plain inserts in one transaction, the FTS trigger firing, as a first sync writes.
bool seed(store::Store &store, QStringList *conversationIds, QString *bigId, QString *bigParticipant)
{
    QSqlDatabase &db = store.database().sql();
    store::Transaction tx(db);
    QSqlQuery c(db), m(db);
    c.prepare(QStringLiteral(
        "INSERT INTO conversations (id, kind, participant_id, participant_type, participant_name, subject, "
        "last_message_at, last_message_id, last_message_text, last_message_sender_id, unread_count, created_at, "
        "updated_at, version) VALUES (?, ?, ?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    m.prepare(QStringLiteral(
        "INSERT INTO messages (id, conversation_id, sender_id, sender_type, sender_name, content, is_read, created_at, "
        "updated_at, version) VALUES (?, ?, ?, 'user', ?, ?, 1, ?, ?, 1)"));
    const qint64 now = Clock::nowMs();
    QRandomGenerator rng(14);
    const char *kinds[] = {"sponsor", "club", "agency", "whatsapp"};
    int written = 0;
    for (int i = 0; i < kConversations; ++i) {
        const QString id = uuid();
        const QString other = uuid();
        const int count = i == 0 ? kBigThread : (kMessages - kBigThread) / (kConversations - 1);
        qint64 at = now - qint64(count) * 600000 - qint64(i) * 1000;
        QString last;
        QString lastId;
        QString lastSender;
        for (int k = 0; k < count && written < kMessages; ++k, ++written) {
            const bool mine = k % 2 == 1;
            last = QStringLiteral("Message %1 : %2 %3 pour le %4, on en parle %5 ?")
                       .arg(k)
                       .arg(QString::fromLatin1(kWords[rng.bounded(16)]), QString::fromLatin1(kWords[rng.bounded(16)]),
                            QString::fromLatin1(kWords[rng.bounded(16)]), QString::fromLatin1(kWords[rng.bounded(16)]));
            lastId = uuid();
            lastSender = mine ? QStringLiteral("me") : other;
            at += 600000;
            m.addBindValue(lastId);
            m.addBindValue(id);
            m.addBindValue(lastSender);
            m.addBindValue(mine ? QStringLiteral("Claire") : QStringLiteral("Partenaire %1").arg(i));
            m.addBindValue(last);
            m.addBindValue(at);
            m.addBindValue(at);
            if (!m.exec())
                return false;
        }
        c.addBindValue(id);
        c.addBindValue(QString::fromLatin1(kinds[i % 4]));
        c.addBindValue(other);
        c.addBindValue(QStringLiteral("Partenaire %1").arg(i));
        c.addBindValue(QStringLiteral("Saison 2027 — %1").arg(QString::fromLatin1(kWords[i % 16])));
        c.addBindValue(at);
        c.addBindValue(lastId);
        c.addBindValue(last.left(200));
        c.addBindValue(lastSender);
        c.addBindValue(i % 7 == 0 ? 2 : 0);
        c.addBindValue(at);
        c.addBindValue(at);
        if (!c.exec())
            return false;
        *conversationIds << id;
        if (i == 0) {
            *bigId = id;
            *bigParticipant = other;
        }
    }
    return tx.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ui::Theme::apply(ui::Theme::Mode::Light);
    const int runs = argc > 1 ? std::max(5, atoi(argv[1])) : 40;
    QTemporaryDir dir;
    store::StoreError error;
    auto store = store::Store::open(dir.filePath(QStringLiteral("pitchside.sqlite")), &error);
    QStringList ids;
    QString bigId, bigParticipant;
    QElapsedTimer seeding;
    seeding.start();
    if (!store || !seed(*store, &ids, &bigId, &bigParticipant)) {
        std::fprintf(stderr, "cannot seed the store\n");
        return 1;
    }
    std::printf("%d conversations, %d messages seeded in %lld ms\n", kConversations, kMessages,
                static_cast<long long>(seeding.elapsed()));

    // 1. Opening a thread (the model's first page), against the bare SELECT.
    ThreadModel model(*store);
    int i = 0;
    const auto open = [&] { model.open(ids.at(1 + (i++ * 7919) % (kConversations - 1)), QStringLiteral("x"), {}); };
    open();
    const double opened = bench::median(bench::measure(runs, open));
    QSqlQuery bare(store->database().sql());
    bare.setForwardOnly(true);
    bare.prepare(QStringLiteral("SELECT * FROM messages WHERE deleted = 0 AND conversation_id = ? "
                                "ORDER BY created_at DESC, rowid DESC LIMIT 201"));
    const auto select = [&] {
        bare.addBindValue(ids.at(1 + (i++ * 7919) % (kConversations - 1)));
        bare.exec();
        while (bare.next()) {
        }
    };
    select();
    const double selected = bench::median(bench::measure(runs, select));
    bench::report("opening a thread (first page, with delivery states)", opened, selected, 30);
    i = 0;
    const auto openBig = [&] { model.open(bigId, bigParticipant, {}); };
    std::printf("(the 10,000-message thread opens in %.2f ms median)\n", bench::median(bench::measure(runs, openBig)));

    // 2. Searching: the conversation list filtered by words of messages, against bare FTS5.
    const QStringList queries = {QStringLiteral("maillot tribune"), QStringLiteral("devis samedi"),
                                 QStringLiteral("logo contrat"), QStringLiteral("buvette tournoi"),
                                 QStringLiteral("photo affiche"), QStringLiteral("calendrier seniors")};
    int found = 0;
    const auto search = [&] {
        store::ConversationQuery q;
        q.search = queries.at(i++ % queries.size());
        found = int(store->inbox().conversations(q).size());
    };
    search();
    const double searched = bench::median(bench::measure(runs, search));
    QSqlQuery fts(store->database().sql());
    fts.setForwardOnly(true);
    fts.prepare(QStringLiteral("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? LIMIT 200"));
    const auto ftsOnly = [&] {
        fts.addBindValue(store::ftsQueryFromUserText(queries.at(i++ % queries.size())));
        fts.exec();
        while (fts.next()) {
        }
    };
    ftsOnly();
    const double ftsFloor = bench::median(bench::measure(runs, ftsOnly));
    std::printf("search \"%s\": %d conversations\n", qPrintable(queries.first()), found);
    bench::report("searching 200,000 messages (the conversation list)", searched, ftsFloor, 20);

    // 3. Scrolling the 10,000-message thread, every page loaded: one frame
    // per 120 px step, painted into an image, against a plain list.
    model.open(bigId, bigParticipant, {});
    while (model.canLoadEarlier())
        model.loadEarlier();
    ui::ThreadView view(model);
    view.resize(760, 620);
    view.show();
    view.scrollToBottom();
    QApplication::processEvents();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int step = 0;
    const auto scrollFrame = [&] {
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->maximum() - (++step * 120) % qMax(1, bar->maximum()));
        QApplication::processEvents();
        QPainter p(&frame);
        view.viewport()->render(&p);
    };
    scrollFrame();
    const double scrolled = bench::median(bench::measure(runs * 3, scrollFrame));
    QStringList lines;
    for (int k = 0; k < kBigThread; ++k)
        lines << QStringLiteral("Message %1 : maillot sponsor pour le match, on en parle samedi ?").arg(k);
    QStringListModel plainModel(lines);
    QListView plain;
    plain.setModel(&plainModel);
    plain.setUniformItemSizes(true);
    plain.resize(760, 620);
    plain.show();
    QApplication::processEvents();
    const auto plainFrame = [&] {
        QScrollBar *bar = plain.verticalScrollBar();
        bar->setValue(bar->maximum() - (++step * 5) % qMax(1, bar->maximum()));
        QApplication::processEvents();
        QPainter p(&frame);
        plain.viewport()->render(&p);
    };
    plainFrame();
    const double plainMs = bench::median(bench::measure(runs * 3, plainFrame));
    bench::report("a frame scrolling the 10,000-message thread", scrolled, plainMs, 16);

    // 4. A message the sync writes, until the open thread has painted it.
    view.scrollToBottom();
    QApplication::processEvents();
    QVector<double> arrivals;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        t.start();
        QSqlQuery in(store->database().sql());
        const QString id = uuid();
        in.prepare(QStringLiteral("INSERT INTO messages (id, conversation_id, sender_id, sender_type, sender_name, "
                                  "content, created_at, updated_at, version) VALUES (?, ?, ?, 'user', 'Partenaire', "
                                  "?, ?, ?, 1)"));
        const qint64 at = Clock::nowMs() + k;
        in.addBindValue(id);
        in.addBindValue(bigId);
        in.addBindValue(bigParticipant);
        in.addBindValue(QStringLiteral("Nouveau message %1").arg(k));
        in.addBindValue(at);
        in.addBindValue(at);
        in.exec();
        store->hub().notify(store::EntityType::Message, {id});
        QApplication::processEvents();
        QPainter p(&frame);
        view.viewport()->render(&p);
        arrivals << double(t.nsecsElapsed()) / 1e6;
    }
    QVector<double> repaint = bench::measure(runs, [&] {
        QPainter p(&frame);
        view.viewport()->render(&p);
    });
    bench::report("a message written by the sync, painted in the open thread", bench::median(arrivals),
                  bench::median(repaint), 100);
    return 0;
}
