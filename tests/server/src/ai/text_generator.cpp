#include "text_generator.h"

#include "ai/phrasebook.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <algorithm>
#include <numeric>
#include <random>

namespace ai {

namespace {

const Phrasebook &book(Language lang) { return lang == Language::English ? english() : french(); }

const QString &pick(const QStringList &list, std::mt19937_64 &rng)
{
    return list[int(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(rng))];
}

QStringList sentences(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<=[.!?…])\\s+"));
    return text.split(re, Qt::SkipEmptyParts);
}

} // namespace

quint64 seedOf(const QByteArray &material)
{
    const QByteArray h = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | quint8(h[i]);
    return seed;
}

QString tagOf(const QString &phrase)
{
    QString out;
    const QStringList words = phrase.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        // Short lower-case words are articles ("de", "la", "of"); "FC" or "3" stay.
        if (raw.size() <= 2 && raw == raw.toLower() && !raw.front().isDigit())
            continue;
        QString word;
        for (const QChar c : raw.normalized(QString::NormalizationForm_D))
            if (c.category() != QChar::Mark_NonSpacing)
                word += c;
        out += word.left(1).toUpper() + word.mid(1);
    }
    return out.left(40);
}

QList<Idea> ideas(const QString &context, const QStringList &themes, int count, Language lang, quint64 seed)
{
    const Phrasebook &b = book(lang);
    std::mt19937_64 rng(seed);
    const QString ctx = context.trimmed().isEmpty() ? b.defaultContext : context.trimmed();
    const QStringList subjects = themes.isEmpty() ? b.defaultThemes : themes;
    QList<int> order(b.ideaTitles.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    static const char *platforms[] = {"instagram", "facebook", "linkedin", "instagram"};
    static const char *levels[] = {"high", "medium", "high", "low", "medium"};
    QList<Idea> out;
    for (int i = 0; i < count; ++i) {
        const QString subject = subjects[i % subjects.size()];
        Idea idea;
        idea.title = b.ideaTitles[order[i % order.size()]].arg(subject);
        idea.description = pick(b.ideaDescriptions, rng).arg(subject, ctx);
        idea.platform = QLatin1String(platforms[std::uniform_int_distribution<int>(0, 3)(rng)]);
        idea.engagement = QLatin1String(levels[std::uniform_int_distribution<int>(0, 4)(rng)]);
        out << idea;
    }
    return out;
}

Post post(const QString &title, const QString &description, const QString &platform, const QString &tone,
          const QString &length, Language lang, quint64 seed)
{
    const Phrasebook &b = book(lang);
    std::mt19937_64 rng(seed);
    const QStringList &hooks = tone == QLatin1String("casual") ? b.hooksCasual
        : tone == QLatin1String("inspirational")               ? b.hooksInspirational
                                                               : b.hooksProfessional;
    const int bodyCount = length == QLatin1String("short") ? 1 : length == QLatin1String("long") ? 4 : 2;
    QStringList parts;
    parts << pick(hooks, rng).arg(title.trimmed());
    QStringList body;
    if (!description.trimmed().isEmpty())
        body << description.trimmed();
    QStringList pool = b.bodies.mid(1);
    std::shuffle(pool.begin(), pool.end(), rng);
    for (int i = 0; body.size() < bodyCount && i < pool.size(); ++i)
        body << pool[i];
    parts << body.join(QLatin1Char(' '));
    if (platform == QLatin1String("linkedin")) {
        QStringList bullets = b.linkedinBullets;
        std::shuffle(bullets.begin(), bullets.end(), rng);
        parts << bullets.mid(0, length == QLatin1String("short") ? 2 : 3).join(QLatin1Char('\n'));
    }
    parts << pick(b.ctas, rng);
    if (platform != QLatin1String("instagram"))
        parts << pick(b.closers, rng);

    Post p;
    p.content = parts.join(QStringLiteral("\n\n"));
    const QString fromTitle = tagOf(title);
    if (!fromTitle.isEmpty())
        p.hashtags << fromTitle;
    QStringList generic = b.genericTags;
    std::shuffle(generic.begin(), generic.end(), rng);
    const int wanted = platform == QLatin1String("instagram") ? 8 : platform == QLatin1String("linkedin") ? 4 : 3;
    for (const QString &t : generic)
        if (p.hashtags.size() < wanted && !p.hashtags.contains(t))
            p.hashtags << t;
    return p;
}

QString variant(const QString &content, const QString &variation, Language lang, quint64 seed)
{
    const Phrasebook &b = book(lang);
    std::mt19937_64 rng(seed);
    const QString text = content.trimmed();
    if (variation == QLatin1String("shorter")) {
        const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        const QStringList first = sentences(paragraphs.value(0));
        QString out = first.mid(0, 2).join(QLatin1Char(' '));
        if (paragraphs.size() > 1)
            out += QStringLiteral("\n\n") + sentences(paragraphs.value(1)).value(0);
        return out;
    }
    if (variation == QLatin1String("longer"))
        return text + QStringLiteral("\n\n") + b.longerParagraph;
    if (variation == QLatin1String("more_casual"))
        return b.casualPrefix + text;
    if (variation == QLatin1String("more_formal")) {
        static const QRegularExpression emoji(QStringLiteral("[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]\\x{FE0F}?\\s?"));
        QString plain = text;
        plain.remove(emoji);
        return b.formalPrefix + plain.left(1).toLower() + plain.mid(1);
    }
    if (variation == QLatin1String("with_emojis")) {
        QStringList parts = sentences(text);
        for (QString &s : parts)
            s += QLatin1Char(' ') + pick(b.emojis, rng);
        return parts.join(QLatin1Char(' '));
    }
    // with_cta
    return text + QStringLiteral("\n\n") + pick(b.variantCtas, rng);
}

} // namespace ai
