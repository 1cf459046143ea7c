#include "demo_posts.h"

namespace demo {

namespace {

QString pick(const QStringList &l, std::mt19937 &rng) { return l[int(rng() % l.size())]; }

QStringList platformsFor(const QString &kind, std::mt19937 &rng)
{
    if (kind == QLatin1String("recrutement") || kind == QLatin1String("sponsor") || kind == QLatin1String("event"))
        return rng() % 2 ? QStringList{QStringLiteral("facebook"), QStringLiteral("linkedin")}
                         : QStringList{QStringLiteral("linkedin")};
    switch (rng() % 4) {
    case 0: return {QStringLiteral("facebook"), QStringLiteral("instagram")};
    case 1: return {QStringLiteral("instagram")};
    case 2: return {QStringLiteral("facebook")};
    default: return {QStringLiteral("facebook"), QStringLiteral("instagram"), QStringLiteral("linkedin")};
    }
}

QString fixtureImage(const Fixture &f, int index, const char *which)
{
    return QStringLiteral("fixture:%1:%2").arg(index).arg(QLatin1String(which)) + QLatin1Char(':') + f.profileKey;
}

void addFixturePosts(QList<PostPlan> &out, const Fixture &f, int index, std::mt19937 &rng)
{
    const Club &c = clubOf(f.profileKey);
    const bool u17 = f.profileKey == QLatin1String("u17");
    const QString team = u17 ? QStringLiteral("nos U17") : QStringLiteral("nos ") + c.nickname;
    const QStringList tags = {c.shortTag, u17 ? QStringLiteral("U17") : QStringLiteral("Regional2"),
                              QStringLiteral("FootAmateur")};
    PostPlan j3;
    j3.profileKey = f.profileKey;
    j3.kind = QStringLiteral("annonce");
    j3.when = f.kickoff.addDays(-3).addSecs(3 * 3600);
    j3.content = f.home
        ? QStringLiteral("⏳ J-3 avant la réception de %1 !\n\n%2 à %3, %4 accueillent %1 au %5 (%6).\n"
                         "On compte sur vous en tribune : entrée gratuite pour les moins de 12 ans. 💙")
              .arg(f.opponent, frenchDate(f.kickoff), frenchTime(f.kickoff), team, f.venue, f.competition)
        : QStringLiteral("⏳ J-3 : déplacement au %1 !\n\n%2 affrontent %3 %4 à %5 (%6).\n"
                         "Covoiturage au départ du club-house deux heures avant le coup d'envoi. 🚗")
              .arg(f.venue, team, f.opponent, frenchDate(f.kickoff), frenchTime(f.kickoff), f.competition);
    j3.hashtags = tags + QStringList{QStringLiteral("J3")};
    j3.platforms = platformsFor(j3.kind, rng);
    j3.imageKey = fixtureImage(f, index, "j3");
    out << j3;

    PostPlan day = j3;
    day.kind = QStringLiteral("jour_de_match");
    day.when = f.kickoff.addSecs(-5 * 3600);
    day.content = QStringLiteral("⚽ JOUR DE MATCH ⚽\n\n🆚 %1\n🕒 %2\n📍 %3\n🏆 %4\n\nAllez %5 ! 💙")
                      .arg(f.opponent, frenchTime(f.kickoff), f.venue, f.competition, u17 ? c.name + QStringLiteral(" U17") : c.name);
    day.hashtags = tags + QStringList{QStringLiteral("JourDeMatch")};
    day.platforms = platformsFor(day.kind, rng);
    out << day;

    if (!f.played)
        return;
    PostPlan res = j3;
    res.kind = QStringLiteral("resultat");
    res.when = f.kickoff.addSecs(2 * 3600 + 1800);
    const QString score = QStringLiteral("%1-%2").arg(f.goalsFor).arg(f.goalsAgainst);
    const QString scorers = f.scorers.isEmpty() ? QString() : QStringLiteral("\n⚽ Buts : %1.").arg(f.scorers.join(QStringLiteral(", ")));
    if (f.goalsFor > f.goalsAgainst)
        res.content = QStringLiteral("✅ VICTOIRE %1 face à %2 !%3\n\nBravo à tout le groupe pour cette belle prestation, "
                                     "et merci aux supporters présents. On savoure et on remet ça la semaine prochaine ! 💪")
                          .arg(score, f.opponent, scorers);
    else if (f.goalsFor == f.goalsAgainst)
        res.content = QStringLiteral("🤝 Match nul %1 face à %2.%3\n\nUn point pris dans un match disputé jusqu'au bout. "
                                     "Merci pour vos encouragements !").arg(score, f.opponent, scorers);
    else
        res.content = QStringLiteral("❌ Défaite %1 face à %2.%3\n\nPas le résultat espéré, mais le groupe reste soudé. "
                                     "On relève la tête dès l'entraînement de mardi. 💙").arg(score, f.opponent, scorers);
    res.hashtags = tags + QStringList{QStringLiteral("Resultat")};
    res.platforms = platformsFor(res.kind, rng);
    res.imageKey = fixtureImage(f, index, "result");
    out << res;
}

void addEventPosts(QList<PostPlan> &out, const Event &e, int index, const QDateTime &today, std::mt19937 &rng)
{
    const Club &c = riviere();
    PostPlan a;
    a.profileKey = QStringLiteral("club");
    a.kind = QStringLiteral("event");
    a.when = e.start.addDays(-10).addSecs(4 * 3600);
    a.content = QStringLiteral("📅 %1 — %2\n\n%3\n📍 %4, %5\n\nRéservez la date !")
                    .arg(e.name, frenchDate(e.start), e.description, e.street, e.city);
    a.hashtags = {c.shortTag, QStringLiteral("VieDuClub")};
    a.platforms = platformsFor(a.kind, rng);
    a.imageKey = QStringLiteral("event:%1").arg(index);
    out << a;
    PostPlan r = a;
    r.kind = QStringLiteral("rappel");
    r.when = e.start.addDays(-1).addSecs(2 * 3600);
    r.content = QStringLiteral("⏰ C'est demain : %1 ! Rendez-vous à %2, %3. Il reste quelques places, "
                               "inscriptions au secrétariat ou en message privé.").arg(e.name, frenchTime(e.start), e.street);
    r.platforms = {QStringLiteral("facebook"), QStringLiteral("instagram")};
    out << r;
    if (e.end < today) {
        PostPlan t = a;
        t.kind = QStringLiteral("merci");
        t.when = e.end.addDays(1).addSecs(3600);
        t.content = QStringLiteral("🙏 Merci à toutes et à tous pour %1 ! Vous étiez %2 : une belle réussite collective. "
                                   "Merci aux bénévoles qui ont tout préparé. Photos à venir dans l'album du club 📸")
                        .arg(e.name).arg(e.signatures);
        t.platforms = {QStringLiteral("facebook"), QStringLiteral("instagram")};
        out << t;
    }
}

PostPlan filler(const QString &profileKey, const QDateTime &when, int n, std::mt19937 &rng)
{
    const Club &c = clubOf(profileKey);
    static const QStringList tips = {
        QStringLiteral("hydratez-vous la veille du match, pas seulement le jour J."),
        QStringLiteral("le contrôle orienté, c'est la moitié de la passe suivante."),
        QStringLiteral("après l'entraînement, 10 minutes d'étirements évitent bien des blessures."),
        QStringLiteral("parlez sur le terrain : un « seul ! » ou un « homme ! » vaut une passe réussie."),
        QStringLiteral("dormez bien la semaine, pas seulement la nuit avant le match.")};
    PostPlan p;
    p.profileKey = profileKey;
    p.when = when;
    const QString sponsor = profileKey == QLatin1String("club") ? pick(sponsors(), rng) : c.sponsor;
    switch (n % 10) {
    case 0:
        p.kind = QStringLiteral("entrainement");
        p.content = QStringLiteral("💪 Séance intense ce soir pour %1 : pressing haut, transitions rapides et jeu à une touche. "
                                   "La préparation continue avant le match du week-end !").arg(c.nickname);
        p.hashtags = {c.shortTag, QStringLiteral("Entrainement")};
        p.imageKey = QStringLiteral("theme:entrainement:%1").arg(int(rng() % 3));
        break;
    case 1:
        p.kind = QStringLiteral("ecole_de_foot");
        p.content = QStringLiteral("👦👧 Mercredi, c'est école de foot ! Plus de 80 enfants de 5 à 12 ans sur le terrain "
                                   "cet après-midi, encadrés par nos éducateurs. Merci aux parents présents ! ⚽");
        p.hashtags = {c.shortTag, QStringLiteral("EcoleDeFoot"), QStringLiteral("FootAmateur")};
        p.imageKey = QStringLiteral("theme:ecole:%1").arg(int(rng() % 3));
        break;
    case 2:
        p.kind = QStringLiteral("sponsor");
        p.content = QStringLiteral("🤝 Merci à %1, partenaire fidèle du club ! Grâce à son soutien, nos U11 étrennent de "
                                   "nouveaux maillots cette saison. Pensez à nos partenaires pour vos achats 🙏").arg(sponsor);
        p.hashtags = {c.shortTag, QStringLiteral("Partenaires"), QStringLiteral("MerciPartenaire")};
        p.imageKey = QStringLiteral("theme:sponsor:%1").arg(int(rng() % 3));
        break;
    case 3:
        p.kind = QStringLiteral("benevole");
        p.content = QStringLiteral("💙 Portrait de bénévole : %1. Sans nos bénévoles, pas de club. Merci pour tout !")
                        .arg(pick(volunteers(), rng));
        p.hashtags = {c.shortTag, QStringLiteral("Benevoles")};
        p.imageKey = QStringLiteral("theme:benevole:%1").arg(int(rng() % 2));
        break;
    case 4:
        p.kind = QStringLiteral("billetterie");
        p.content = QStringLiteral("🎟️ Billetterie : 5 € en prévente au club-house, 7 € sur place, gratuit pour les moins "
                                   "de 12 ans et les licenciés. Buvette et frites maison à la mi-temps ! 🍟");
        p.hashtags = {c.shortTag, QStringLiteral("Billetterie")};
        p.imageKey = QStringLiteral("theme:billetterie:%1").arg(int(rng() % 2));
        break;
    case 5:
        p.kind = QStringLiteral("anniversaire");
        p.content = QStringLiteral("🎂 Joyeux anniversaire à %1 qui fête ses %2 ans aujourd'hui ! Tout le club te souhaite "
                                   "une belle journée ⚽🎉").arg(playerName(rng)).arg(16 + int(rng() % 18));
        p.hashtags = {c.shortTag, QStringLiteral("JoyeuxAnniversaire")};
        p.imageKey = QStringLiteral("theme:anniversaire:%1").arg(int(rng() % 2));
        break;
    case 6:
        p.kind = QStringLiteral("recrutement");
        p.content = QStringLiteral("📢 %1 recrute ! Nous cherchons des éducateurs et éducatrices pour nos catégories U9 à U13 "
                                   "la saison prochaine. Formation fédérale prise en charge par le club. Écrivez-nous en "
                                   "message privé ou passez au club-house le samedi matin.").arg(c.name);
        p.hashtags = {c.shortTag, QStringLiteral("Recrutement"), QStringLiteral("Educateur")};
        p.imageKey = QStringLiteral("theme:recrutement:%1").arg(int(rng() % 2));
        break;
    case 7:
        p.kind = QStringLiteral("conseil");
        p.content = QStringLiteral("🧠 Le conseil du coach : %1").arg(pick(tips, rng));
        p.hashtags = {c.shortTag, QStringLiteral("ConseilDuCoach")};
        p.imageKey = QStringLiteral("theme:conseil:%1").arg(int(rng() % 2));
        break;
    case 8:
        p.kind = QStringLiteral("boutique");
        p.content = QStringLiteral("🛍️ La boutique du club est ouverte le samedi de 10 h à 12 h : maillots, écharpes, sweats "
                                   "brodés aux couleurs de %1. Commandes aussi par message privé !").arg(c.name);
        p.hashtags = {c.shortTag, QStringLiteral("Boutique")};
        p.imageKey = QStringLiteral("theme:boutique:0");
        break;
    default:
        p.kind = QStringLiteral("souvenir");
        p.content = QStringLiteral("📸 Souvenir : la montée en Régional 2 en %1 ! Qui se reconnaît sur la photo ? 👀")
                        .arg(2015 + int(rng() % 8));
        p.hashtags = {c.shortTag, QStringLiteral("TBT"), QStringLiteral("Souvenirs")};
        p.imageKey = QStringLiteral("theme:entrainement:0");
        break;
    }
    p.platforms = platformsFor(p.kind, rng);
    return p;
}

} // namespace

const Club &clubOf(const QString &profileKey)
{
    if (profileKey == QLatin1String("montclair"))
        return montclair();
    if (profileKey == QLatin1String("saint-aubin"))
        return saintAubin();
    return riviere();
}

QList<PostPlan> plans(const QDateTime &today, const QList<Fixture> &fixtures, const QList<Event> &events,
                      const QStringList &profiles, int fillers, std::mt19937 &rng)
{
    QList<PostPlan> out;
    for (int i = 0; i < fixtures.size(); ++i)
        if (profiles.contains(fixtures[i].profileKey))
            addFixturePosts(out, fixtures[i], i, rng);
    if (profiles.contains(QStringLiteral("club")))
        for (int i = 0; i < events.size(); ++i)
            addEventPosts(out, events[i], i, today, rng);
    const QDateTime start = today.addDays(-45);
    for (const QString &profile : profiles) {
        if (profile == QLatin1String("u17"))
            continue;
        for (int n = 0; n < fillers; ++n) {
            const qint64 offset = qint64(n) * 90 * 24 * 3600 / fillers + qint64(rng() % 6) * 3600;
            QDateTime when = start.addSecs(offset);
            when.setTime(QTime(7 + int(rng() % 12), rng() % 2 ? 30 : 0));
            out << filler(profile, when, n + int(rng() % 3), rng);
        }
    }
    return out;
}

} // namespace demo
