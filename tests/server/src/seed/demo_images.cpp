#include "demo_images.h"

#include "media/poster_painter.h"
#include "seed/demo_posts.h"

#include <QtConcurrent/QtConcurrentMap>

namespace demo {

namespace {

struct Job {
    QString key;
    poster::Spec spec;
    QString filename;
    QStringList tags;
};

struct Theme {
    const char *name;
    const char *headline;
    const char *subline;
};

constexpr Theme kThemes[] = {
    {"entrainement", "Au travail !", "Séance du mardi soir"},
    {"ecole", "École de foot", "Tous les mercredis, de 5 à 12 ans"},
    {"sponsor", "Merci à nos partenaires", "Ils font vivre le club"},
    {"benevole", "Merci les bénévoles", "Le cœur du club"},
    {"billetterie", "Billetterie ouverte", "Prévente au club-house"},
    {"anniversaire", "Joyeux anniversaire !", "Tout le club pense à toi"},
    {"recrutement", "Le club recrute", "Éducateurs et éducatrices U9-U13"},
    {"conseil", "Le conseil du coach", "Chaque jeudi"},
    {"boutique", "Boutique du club", "Le samedi de 10 h à 12 h"},
};

Job jobFor(const QString &key, const QList<Fixture> &fixtures, const QList<Event> &events)
{
    Job j;
    j.key = key;
    j.spec.seed = quint32(qHash(key));
    j.spec.style = int(j.spec.seed % 5);
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.value(0) == QLatin1String("fixture")) {
        const Fixture &f = fixtures[parts.value(1).toInt()];
        const Club &c = clubOf(f.profileKey);
        const QString home = f.home ? f.teamName : f.opponent;
        const QString away = f.home ? f.opponent : f.teamName;
        j.spec.primary = c.primary;
        j.spec.secondary = c.secondary;
        j.spec.footer = c.name;
        if (parts.value(2) == QLatin1String("result")) {
            j.spec.kicker = QStringLiteral("Résultat");
            j.spec.headline = (f.goalsFor > f.goalsAgainst ? QStringLiteral("Victoire %1-%2")
                               : f.goalsFor == f.goalsAgainst ? QStringLiteral("Match nul %1-%2")
                                                              : QStringLiteral("Défaite %1-%2"))
                                  .arg(f.goalsFor).arg(f.goalsAgainst);
            j.spec.subline = home + QStringLiteral(" – ") + away;
            j.tags = {QStringLiteral("resultat"), QStringLiteral("match")};
        } else {
            j.spec.size = QSize(1080, 1350);
            j.spec.kicker = f.competition;
            j.spec.headline = QStringLiteral("J-3");
            j.spec.subline = home + QStringLiteral(" – ") + away + QLatin1Char('\n') + frenchDate(f.kickoff)
                + QStringLiteral(" · ") + frenchTime(f.kickoff);
            j.tags = {QStringLiteral("affiche"), QStringLiteral("match")};
        }
        j.filename = QStringLiteral("%1-%2.jpg").arg(parts.value(2), f.opponent.toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
        return j;
    }
    if (parts.value(0) == QLatin1String("event")) {
        const Event &e = events[parts.value(1).toInt()];
        j.spec.size = QSize(1080, 1350);
        j.spec.primary = riviere().primary;
        j.spec.secondary = riviere().secondary;
        j.spec.kicker = frenchDate(e.start);
        j.spec.headline = e.name;
        j.spec.subline = e.city;
        j.spec.footer = riviere().name;
        j.filename = QStringLiteral("evenement-%1.jpg").arg(parts.value(1));
        j.tags = {QStringLiteral("evenement")};
        return j;
    }
    // "<profile>|theme:<name>:<n>"
    const QString profile = key.section(QLatin1Char('|'), 0, 0);
    const QString name = key.section(QLatin1Char('|'), 1).section(QLatin1Char(':'), 1, 1);
    const Club &c = clubOf(profile);
    j.spec.primary = c.primary;
    j.spec.secondary = c.secondary;
    j.spec.footer = c.name;
    for (const Theme &t : kThemes) {
        if (name == QLatin1String(t.name)) {
            j.spec.headline = QString::fromUtf8(t.headline);
            j.spec.subline = QString::fromUtf8(t.subline);
        }
    }
    j.spec.kicker = c.name;
    j.filename = QStringLiteral("%1-%2.jpg").arg(name).arg(key.section(QLatin1Char(':'), 2, 2));
    j.tags = {name};
    return j;
}

} // namespace

QList<RenderedImage> renderImages(const QStringList &keys, const QList<Fixture> &fixtures,
                                  const QList<Event> &events)
{
    QList<Job> jobs;
    for (const QString &k : keys)
        jobs << jobFor(k, fixtures, events);
    // QImage and QPainter on QImage are thread-safe; fonts are loaded once.
    return QtConcurrent::blockingMapped<QList<RenderedImage>>(jobs, [](const Job &j) {
        RenderedImage r;
        r.key = j.key;
        r.filename = j.filename;
        r.tags = j.tags;
        r.altText = j.spec.headline + QStringLiteral(" — ") + j.spec.subline.section(QLatin1Char('\n'), 0, 0);
        r.bytes = poster::jpeg(poster::paint(j.spec));
        r.processed = media::process(r.bytes, QStringLiteral("image/jpeg"));
        return r;
    });
}

} // namespace demo
