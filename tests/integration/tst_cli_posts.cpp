// pitchside-cli posts create / edit against the planning rules the app
// applies (PostPlanner): a post the rules refuse is not saved, the command
// prints the app's own sentence and exits with 2; a valid schedule is
// saved scheduled; the text can come from a file or standard input
// (--content-file FILE|-), megabytes of it. No server: the local store.
#include "CliRunner.h"

#include "models/PostRules.h"
#include "models/store/AccountLocation.h"
#include "models/store/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace pitchside;
using namespace pitchside::test;

namespace {

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

// Tomorrow at 15:00 UTC: in the future whatever the time of the run.
QDateTime tomorrow()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(15, 0), Qt::UTC);
}

QString sentences(const Post &post)
{
    QStringList lines;
    for (const RuleViolation &v : PostRules::check(post, {QDateTime::currentDateTimeUtc(), true}))
        lines << v.message();
    return lines.join(u'\n');
}

} // namespace

class TstCliPosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    int m_run = 0;

    CliRunner cli() const { return CliRunner(m_data); }

    std::unique_ptr<store::Store> openStore() const
    {
        store::StoreError e;
        auto s = store::Store::open(store::AccountLocation::storePath(m_data, store::AccountLocation::localKey()), &e);
        if (!s)
            qWarning() << e.userMessage();
        return s;
    }
    int postCount() const
    {
        auto s = openStore();
        return s ? s->posts().count({}) : -1;
    }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }
    // Runs a command that must be refused: exit 2, the sentence on stderr, nothing saved.
    void expectRefused(const QStringList &args, const QString &sentence, const QByteArray &input = {})
    {
        const int before = postCount();
        const CliResult r = cli().run(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!sentence.isEmpty(), "no sentence to expect");
        for (const QString &line : sentence.split(u'\n'))
            QVERIFY2(QString::fromUtf8(r.err).contains(line), r.err.constData());
        QVERIFY(r.out.isEmpty()); // no id: nothing was saved
        QCOMPARE(postCount(), before);
    }

private Q_SLOTS:
    void init()
    {
        // A data folder per test: counts start from zero.
        m_data = m_dir.filePath(QStringLiteral("data%1").arg(++m_run));
    }

    void instagramWithoutMediaIsNotScheduled()
    {
        Post p;
        p.platforms = Platform::Instagram;
        p.content = QStringLiteral("Photo du match");
        p.status = PostStatus::Scheduled;
        p.scheduledAt = tomorrow();
        const QString sentence = sentences(p);
        QVERIFY(sentence.contains(QStringLiteral("Instagram needs at least one photo or video")));
        expectRefused({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                       QStringLiteral("instagram"), QStringLiteral("--content"), p.content, QStringLiteral("--schedule"),
                       iso(tomorrow())},
                      sentence);
        QCOMPARE(postCount(), 0);
    }

    void aTimeInThePastIsNotScheduled()
    {
        expectRefused({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                       QStringLiteral("facebook"), QStringLiteral("--content"), QStringLiteral("Trop tard"),
                       QStringLiteral("--schedule"), QStringLiteral("2020-01-01T10:00:00Z")},
                      QStringLiteral("This time has already passed. Pick a later date or time."));
        QCOMPARE(postCount(), 0);
    }

    void aTextTooLongIsNotScheduled()
    {
        // 130,000 characters still fit on a Linux command line (one argument < 128 kB).
        Post p;
        p.platforms = Platform::Facebook | Platform::LinkedIn;
        p.content = QString(130000, u'a');
        p.status = PostStatus::Scheduled;
        p.scheduledAt = tomorrow();
        const QString sentence = sentences(p);
        QCOMPARE(sentence.count(u'\n'), 1); // LinkedIn's limit, then Facebook's
        expectRefused({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                       QStringLiteral("facebook,linkedin"), QStringLiteral("--content"), p.content,
                       QStringLiteral("--schedule"), iso(tomorrow())},
                      sentence);
        QCOMPARE(postCount(), 0);
    }

    void aValidScheduleIsSaved()
    {
        const CliResult r = cli().run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                       QStringLiteral("facebook,linkedin"), QStringLiteral("--content"),
                                       QStringLiteral("Coup d'envoi samedi à 15 h ⚽"), QStringLiteral("--schedule"),
                                       iso(tomorrow())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("pitchside-cli:"), r.err.constData()); // nothing to say (the log may speak)
        const QString id = r.line();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(id).hasMatch());
        auto s = openStore();
        const std::optional<Post> p = s->posts().find(id);
        QVERIFY(p);
        QCOMPARE(p->status, PostStatus::Scheduled);
        QCOMPARE(p->scheduledAt, tomorrow());
        QCOMPARE(p->content, QStringLiteral("Coup d'envoi samedi à 15 h ⚽"));
        QCOMPARE(s->outbox().count(), 1); // its create, waiting for the server
    }

    void editSchedulesMovesAndUnschedulesByTheRules()
    {
        const CliResult created = cli().run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                             QStringLiteral("linkedin"), QStringLiteral("--content"),
                                             QStringLiteral("Brouillon")});
        QCOMPARE(created.exitCode, 0);
        const QString id = created.line();
        const auto post = [this, &id] { return *openStore()->posts().find(id); };

        // In the past: refused, the draft stays as it was (the new text too is not written).
        const QString newText = m_dir.filePath(QStringLiteral("edit.txt"));
        QVERIFY(!file(QStringLiteral("edit.txt"), "Nouveau texte\n").isEmpty());
        const CliResult past = cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--content-file"),
                                          newText, QStringLiteral("--schedule"), QStringLiteral("2021-06-01T08:00:00Z")});
        QCOMPARE(past.exitCode, 2);
        QVERIFY(past.err.contains("This time has already passed."));
        QCOMPARE(post().status, PostStatus::Draft);
        QCOMPARE(post().content, QStringLiteral("Brouillon"));

        // A text too long for LinkedIn with a valid time: refused by the rule, in one sentence.
        const QString longText = file(QStringLiteral("long.txt"), QByteArray(3001, 'x'));
        const CliResult tooLong = cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id,
                                             QStringLiteral("--content-file"), longText, QStringLiteral("--schedule"),
                                             iso(tomorrow())});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains("LinkedIn will refuse the post: the text is longer than"), tooLong.err.constData());
        QCOMPARE(post().status, PostStatus::Draft);

        // Valid: text and time in one write.
        QCOMPARE(cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--content-file"), newText,
                            QStringLiteral("--schedule"), iso(tomorrow())})
                     .exitCode,
                 0);
        QCOMPARE(post().status, PostStatus::Scheduled);
        QCOMPARE(post().scheduledAt, tomorrow());
        QCOMPARE(post().content, QStringLiteral("Nouveau texte")); // the file's last line break dropped

        // Moved a day later, then back to the drafts without a date.
        QCOMPARE(cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--schedule"),
                            iso(tomorrow().addDays(1))})
                     .exitCode,
                 0);
        QCOMPARE(post().scheduledAt, tomorrow().addDays(1));
        QCOMPARE(cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--unschedule")}).exitCode, 0);
        QCOMPARE(post().status, PostStatus::Draft);
        QVERIFY(!post().scheduledAt.isValid());

        // Options that contradict each other are usage errors; an unknown id too.
        QCOMPARE(cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id, QStringLiteral("--schedule"),
                            iso(tomorrow()), QStringLiteral("--unschedule")})
                     .exitCode,
                 2);
        QCOMPARE(cli().run({QStringLiteral("posts"), QStringLiteral("edit"), id}).exitCode, 2);
        const CliResult unknown = cli().run({QStringLiteral("posts"), QStringLiteral("edit"),
                                             QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                             QStringLiteral("--schedule"), iso(tomorrow())});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no post"));
    }

    void tenMegabytesFromAFile()
    {
        // UTF-8 with accents and emoji (4 bytes each), 10 MB: a draft, saved as it is.
        const QByteArray line = QStringLiteral("Allez les Bleus ⚽ été 2026, on y croit ! #U17\n").toUtf8();
        QByteArray bytes;
        bytes.reserve(10 * 1024 * 1024 + line.size());
        while (bytes.size() < 10 * 1024 * 1024)
            bytes += line;
        bytes += "fin"; // no final line break: the text is exactly the file
        const QString path = file(QStringLiteral("big.txt"), bytes);
        QVERIFY(!path.isEmpty());
        const CliResult r = cli().run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                       QStringLiteral("facebook"), QStringLiteral("--content-file"), path});
        QCOMPARE(r.exitCode, 0);
        // Saved, and told that Facebook will refuse it as it is.
        QVERIFY2(r.err.contains("saved, but: Facebook will refuse the post"), r.err.left(400).constData());
        const QString expected = QString::fromUtf8(bytes);
        auto s = openStore();
        const std::optional<Post> p = s->posts().find(r.line());
        QVERIFY(p);
        QCOMPARE(p->status, PostStatus::Draft);
        QCOMPARE(p->content.size(), expected.size());
        QVERIFY(p->content == expected);

        // The same from standard input.
        const CliResult piped = cli().run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                           QStringLiteral("facebook"), QStringLiteral("--content-file"), QStringLiteral("-")},
                                          bytes);
        QCOMPARE(piped.exitCode, 0);
        QVERIFY(openStore()->posts().find(piped.line())->content == expected);

        // Scheduling it is refused with the same sentence.
        const CliResult scheduled = cli().run({QStringLiteral("posts"), QStringLiteral("edit"), r.line(),
                                               QStringLiteral("--schedule"), iso(tomorrow())});
        QCOMPARE(scheduled.exitCode, 2);
        QVERIFY(scheduled.err.contains("Facebook will refuse the post: the text is longer than"));
        QCOMPARE(openStore()->posts().find(r.line())->status, PostStatus::Draft);
    }

    void textFromStandardInput()
    {
        const QByteArray text = QStringLiteral("Écrit dans un script ⚽\nDeuxième ligne\n").toUtf8();
        const CliResult r = cli().run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                       QStringLiteral("linkedin"), QStringLiteral("--content-file"), QStringLiteral("-"),
                                       QStringLiteral("--schedule"), iso(tomorrow())},
                                      text);
        QCOMPARE(r.exitCode, 0);
        const std::optional<Post> p = openStore()->posts().find(r.line());
        QVERIFY(p);
        QCOMPARE(p->content, QStringLiteral("Écrit dans un script ⚽\nDeuxième ligne"));
        QCOMPARE(p->status, PostStatus::Scheduled);

        // Refused from stdin too, with the rule's sentence.
        expectRefused({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                       QStringLiteral("linkedin"), QStringLiteral("--content-file"), QStringLiteral("-"),
                       QStringLiteral("--schedule"), iso(tomorrow())},
                      QStringLiteral("LinkedIn will refuse the post: the text is longer than"), QByteArray(3100, 'y'));
    }

    void aFileThatCannotBeUsedIsAUsageError()
    {
        const QStringList create{QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                                 QStringLiteral("facebook"), QStringLiteral("--content-file")};
        // Latin-1 "été" (0xE9) is not UTF-8: refused, not saved with replacement characters.
        const QString latin1 = file(QStringLiteral("latin1.txt"), QByteArray("Victoire en \xe9t\xe9 !"));
        CliResult r = cli().run(create + QStringList{latin1});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("latin1.txt is not UTF-8 text"), r.err.constData());
        r = cli().run(create + QStringList{QStringLiteral("-")}, QByteArray("\xff\xfe" "a\0b\0", 6));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("standard input is not UTF-8 text"), r.err.constData());
        // Missing, or a folder.
        r = cli().run(create + QStringList{m_dir.filePath(QStringLiteral("nowhere.txt"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot read") && r.err.contains("nowhere.txt"), r.err.constData());
        r = cli().run(create + QStringList{m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("cannot read"), r.err.constData());
        // --content and --content-file together.
        r = cli().run({QStringLiteral("posts"), QStringLiteral("create"), QStringLiteral("--platform"),
                       QStringLiteral("facebook"), QStringLiteral("--content"), QStringLiteral("x"),
                       QStringLiteral("--content-file"), latin1});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(postCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstCliPosts)
#include "tst_cli_posts.moc"
