// PostRules: counting as the networks count, the rules of docs/api/README.md
// and the sentences people read, in English and French.
#include "models/Clock.h"
#include "models/PostRules.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace pitchside;

namespace {

Post post(const QString &content, Platforms platforms)
{
    Post p;
    p.content = content;
    p.platforms = platforms;
    return p;
}

QStringList rules(const QVector<RuleViolation> &violations)
{
    QStringList out;
    for (const RuleViolation &v : violations)
        out << v.rule;
    return out;
}

} // namespace

class TestPostRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void countsCodePoints()
    {
        QCOMPARE(PostRules::codePointCount(u"abc"), 3);
        // An emoji outside the BMP is two UTF-16 units and one character.
        QCOMPARE(PostRules::codePointCount(QStringLiteral("⚽🏆")), 2);
        QCOMPARE(QStringLiteral("⚽🏆").size(), 3);
        QCOMPARE(PostRules::codePointCount(QStringLiteral("é")), 1);
        QCOMPARE(PostRules::codePointCount(u""), 0);
    }

    void findsHashtagsAsTheServerDoes()
    {
        QCOMPARE(PostRules::hashtagsIn(u"Allez #OM! #U17 et #Victoire"),
                 (QStringList{QStringLiteral("OM"), QStringLiteral("U17"), QStringLiteral("Victoire")}));
        // Not a hashtag: glued to a word, an HTML entity, a double '#'.
        QCOMPARE(PostRules::hashtagsIn(u"abc#def &#39; ##x"), QStringList{});
        QCOMPARE(PostRules::hashtagsIn(QStringLiteral("#équipe")), QStringList{QStringLiteral("équipe")});
    }

    void captionAddsOnlyNewHashtags()
    {
        const QStringList tags{QStringLiteral("derby"), QStringLiteral("OM"), QStringLiteral("Victoire")};
        const QString content = QStringLiteral("Quel match ! #om");
        QCOMPARE(PostRules::caption(content, tags), QStringLiteral("Quel match ! #om\n\n#derby #Victoire"));
        QCOMPARE(PostRules::captionLength(content, tags), PostRules::codePointCount(PostRules::caption(content, tags)));
        QCOMPARE(PostRules::caption(content, {}), content);
        QCOMPARE(PostRules::captionLength(QStringLiteral("🏆"), {QStringLiteral("⚽")}), 1 + 2 + 2);
        QCOMPARE(PostRules::hashtagCount(content, tags), 3);
    }

    void parsesTheHashtagField()
    {
        QCOMPARE(PostRules::parseHashtagField(QStringLiteral("#derby, victoire  #U17 ;Derby")),
                 (QStringList{QStringLiteral("derby"), QStringLiteral("victoire"), QStringLiteral("U17")}));
        QCOMPARE(PostRules::parseHashtagField(QStringLiteral("  # ,")), QStringList{});
    }

    void countersTurnAmberAtNinetyPercentAndRedPastTheLimit()
    {
        QCOMPARE(PostRules::levelFor(1979, 2200), PostRules::Counter::Level::Ok);
        QCOMPARE(PostRules::levelFor(1980, 2200), PostRules::Counter::Level::Near);
        QCOMPARE(PostRules::levelFor(2200, 2200), PostRules::Counter::Level::Near);
        QCOMPARE(PostRules::levelFor(2201, 2200), PostRules::Counter::Level::Over);
        const auto c = PostRules::counters(QString(2500, u'a'), {}, Platform::LinkedIn | Platform::Instagram);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].platform, Platform::LinkedIn);
        QCOMPARE(c[0].limit, 3000);
        QCOMPARE(c[0].level, PostRules::Counter::Level::Ok);
        QCOMPARE(c[1].platform, Platform::Instagram);
        QCOMPARE(c[1].level, PostRules::Counter::Level::Over);
    }

    void limitsPerPlatform()
    {
        QCOMPARE(rules(PostRules::check(post(QString(3000, u'x'), Platform::LinkedIn))), QStringList{});
        const auto tooLong = PostRules::check(post(QString(3214, u'x'), Platform::LinkedIn | Platform::Facebook));
        QCOMPARE(rules(tooLong), QStringList{QStringLiteral("caption_too_long")});
        QCOMPARE(tooLong[0].platform, Platform::LinkedIn);
        QCOMPARE(tooLong[0].limit, 3000);
        QCOMPARE(tooLong[0].actual, 3214);
        QCOMPARE(tooLong[0].field, QStringLiteral("content"));
        QCOMPARE(rules(PostRules::check(post(QString(63206, u'x'), Platform::Facebook))), QStringList{});
        QCOMPARE(rules(PostRules::check(post(QString(63207, u'x'), Platform::Facebook))),
                 QStringList{QStringLiteral("caption_too_long")});
        // Hashtags count towards the caption.
        Post p = post(QString(2195, u'x'), Platform::Instagram);
        p.mediaIds = {QStringLiteral("m1")};
        QVERIFY(PostRules::check(p).isEmpty());
        p.hashtags = {QStringLiteral("derby")}; // + "\n\n#derby" = 8
        QCOMPARE(rules(PostRules::check(p)), QStringList{QStringLiteral("caption_too_long")});
    }

    void instagramRules()
    {
        Post p = post(QStringLiteral("Photo du match"), Platform::Instagram);
        QVERIFY2(PostRules::check(p).isEmpty(), "a draft needs its photo only when it is to go out");
        for (PostStatus s : {PostStatus::Scheduled, PostStatus::Publishing, PostStatus::Published}) {
            Post out = p;
            out.status = s;
            out.scheduledAt = out.publishedAt = Clock::nowUtc().addDays(1);
            QCOMPARE(rules(PostRules::check(out)), QStringList{QStringLiteral("instagram_needs_media")});
        }
        p.mediaIds = {QStringLiteral("m1")};
        QVERIFY(PostRules::check(p).isEmpty());
        for (int i = 0; i < 25; ++i)
            p.hashtags << QStringLiteral("tag%1").arg(i);
        p.content += QStringLiteral(" #a #b #c #d #e #tag1"); // 5 new + one already in the field
        QVERIFY(PostRules::check(p).isEmpty());
        p.content += QStringLiteral(" #f");
        const auto v = PostRules::check(p);
        QCOMPARE(rules(v), QStringList{QStringLiteral("too_many_hashtags")});
        QCOMPARE(v[0].actual, 31);
        // LinkedIn has no hashtag limit.
        p.platforms = Platform::LinkedIn;
        QVERIFY(PostRules::check(p).isEmpty());
    }

    void mediaAndScheduleRules()
    {
        Post p = post(QStringLiteral("Affiche"), Platform::Facebook);
        for (int i = 0; i < 11; ++i)
            p.mediaIds << QStringLiteral("m%1").arg(i);
        QCOMPARE(rules(PostRules::check(p)), QStringList{QStringLiteral("too_many_media")});
        p.mediaIds.resize(10);
        p.status = PostStatus::Scheduled;
        QCOMPARE(rules(PostRules::check(p)), QStringList{QStringLiteral("schedule_missing")});
        // New Year's Eve, 23:30 in New York: 04:30 on 1 January in UTC.
        const QDateTime now(QDate(2027, 1, 1), QTime(4, 30), Qt::UTC);
        p.scheduledAt = now.addSecs(-60);
        QVERIFY(PostRules::check(p, {now, false}).isEmpty()); // an old schedule nobody touches
        QCOMPARE(rules(PostRules::check(p, {now, true})), QStringList{QStringLiteral("schedule_in_past")});
        p.scheduledAt = now.addSecs(60);
        QVERIFY(PostRules::check(p, {now, true}).isEmpty());
        // Without a `now`, the rules ask the Clock.
        {
            Clock::TestOverride clock(now, true);
            PostRules::CheckOptions moved;
            moved.scheduleChanged = true;
            QVERIFY(PostRules::check(p, moved).isEmpty());
            p.scheduledAt = now.addSecs(-1);
            QCOMPARE(rules(PostRules::check(p, moved)), QStringList{QStringLiteral("schedule_in_past")});
        }
        p.platforms = {};
        QCOMPARE(rules(PostRules::check(p)), QStringList{QStringLiteral("platforms_missing")});
    }

    void publishedPostsStay()
    {
        Post p = post(QStringLiteral("Déjà en ligne"), Platform::Facebook);
        QVERIFY(PostRules::canDelete(p));
        p.status = PostStatus::Published;
        p.publishedAt = QDateTime(QDate(2026, 12, 2), QTime(18, 0), Qt::UTC);
        QString why;
        QVERIFY(!PostRules::canDelete(p, &why));
        QVERIFY(why.contains(QStringLiteral("published")));
        QVERIFY(!PostRules::canReschedule(p, &why));
    }

    void readsServerRefusals()
    {
        const QJsonObject details{{QStringLiteral("field"), QStringLiteral("content")},
                                  {QStringLiteral("platform"), QStringLiteral("linkedin")},
                                  {QStringLiteral("limit"), 3000},
                                  {QStringLiteral("length"), 3214}};
        const RuleViolation v = PostRules::fromServer(QStringLiteral("caption_too_long"), details);
        QCOMPARE(v.platform, Platform::LinkedIn);
        QCOMPARE(v.message(), QStringLiteral("LinkedIn refused the post: the text is longer than 3,000 characters "
                                             "(3,214). Shorten it by 214."));
        const RuleViolation media = PostRules::fromServer(
            QStringLiteral("unknown_media"), {{QStringLiteral("field"), QStringLiteral("media_ids[2]")}});
        QCOMPARE(media.field, QStringLiteral("media_ids"));
        // A parked change keeps the rule and the server's sentence.
        const auto parked = PostRules::fromParkedReason(QStringLiteral("BUSINESS_RULE/caption_too_long"),
                                                        QStringLiteral("Le texte dépasse 2 200 caractères."));
        QVERIFY(parked);
        QCOMPARE(parked->rule, QStringLiteral("caption_too_long"));
        QCOMPARE(parked->field, QStringLiteral("content"));
        QCOMPARE(parked->message(), QStringLiteral("Le texte dépasse 2 200 caractères."));
        QVERIFY(!PostRules::fromParkedReason(QStringLiteral("FORBIDDEN"), QStringLiteral("x")));
        // A rule this client does not know yet: the server's sentence.
        QCOMPARE(PostRules::fromServer(QStringLiteral("new_rule"), {}, QStringLiteral("Nouvelle règle")).message(),
                 QStringLiteral("Nouvelle règle"));
    }

    void messagesInEnglish()
    {
        const auto v = PostRules::check(post(QString(3214, u'x'), Platform::LinkedIn));
        QCOMPARE(v[0].message(), QStringLiteral("LinkedIn will refuse the post: the text is longer than 3,000 "
                                                "characters (3,214). Shorten it by 214."));
    }
};

QTEST_GUILESS_MAIN(TestPostRules)
#include "tst_post_rules.moc"
