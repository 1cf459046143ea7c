// The text/event-stream parser, fed in awkward pieces.
#include "sync/live/SseParser.h"

#include <QTest>

using namespace pitchside::sync::live;

class TstSyncSse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeStream()
    {
        SseParser p;
        const auto events = p.feed("retry: 3000\nevent: change\ndata: {\"last_seq\":42}\n\n: keep-alive\n\n"
                                   "event: post.status\ndata: {\"id\":\"a\",\ndata: \"status\":\"published\"}\n\n");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].name, QByteArray("change"));
        QCOMPARE(events[0].data, QByteArray("{\"last_seq\":42}"));
        QCOMPARE(events[1].name, QByteArray("post.status"));
        QCOMPARE(p.retryMs(), 3000);
    }

    void byteByByteWithCrLf()
    {
        SseParser p;
        const QByteArray stream = "event: change\r\ndata: {\"last_seq\":7}\r\n\r\ndata: a\r\ndata: b\r\n\r\n";
        QVector<SseParser::Event> all;
        for (char c : stream)
            all += p.feed(QByteArray(1, c));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].data, QByteArray("{\"last_seq\":7}"));
        QCOMPARE(all[1].name, QByteArray("message"));
        QCOMPARE(all[1].data, QByteArray("a\nb"));
    }

    void commentsAndEmptyEventsDispatchNothing()
    {
        SseParser p;
        QVERIFY(p.feed(": keep-alive\n\n\n\nevent: change\n\n").isEmpty());
        QCOMPARE(p.feed("data:x\n\n").size(), 1);
    }

    void incompleteEventWaits()
    {
        SseParser p;
        QVERIFY(p.feed("event: change\ndata: {\"last").isEmpty());
        const auto events = p.feed("_seq\":1}\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QByteArray("{\"last_seq\":1}"));
    }
};

QTEST_GUILESS_MAIN(TstSyncSse)
#include "tst_sync_sse.moc"
