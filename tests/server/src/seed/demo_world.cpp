#include "demo_world.h"

#include <QTimeZone>

namespace demo {

const Club &riviere()
{
    static const Club c{QStringLiteral("US Rivière"), QStringLiteral("USRiviere"), QStringLiteral("les Bleus"),
                        QStringLiteral("stade municipal Jean-Moulin"), QColor(0x0b, 0x3d, 0x91),
                        QColor(0x4f, 0xc3, 0xf7), QStringLiteral("Boulangerie Lemoine")};
    return c;
}

const Club &montclair()
{
    static const Club c{QStringLiteral("AS Montclair"), QStringLiteral("ASMontclair"), QStringLiteral("les Rouge et Or"),
                        QStringLiteral("stade des Tilleuls"), QColor(0xb7, 0x1c, 0x1c), QColor(0xff, 0xd5, 0x4f),
                        QStringLiteral("Garage Perrin")};
    return c;
}

const Club &saintAubin()
{
    static const Club c{QStringLiteral("Olympique Saint-Aubin"), QStringLiteral("OSA"), QStringLiteral("les Verts"),
                        QStringLiteral("complexe sportif du Bocage"), QColor(0x1b, 0x5e, 0x20), QColor(0xc5, 0xe1, 0xa5),
                        QStringLiteral("Crédit du Bocage")};
    return c;
}

QStringList opponents()
{
    return {QStringLiteral("FC Val-d'Orge"), QStringLiteral("AS Beaulieu"), QStringLiteral("Stade Pontois"),
            QStringLiteral("ES Marnaval"), QStringLiteral("US Colombier"), QStringLiteral("Olympique Vernay"),
            QStringLiteral("FC Saint-Rémy"), QStringLiteral("AS Lavoisier"), QStringLiteral("Entente Sud Vallée"),
            QStringLiteral("RC Bellerive"), QStringLiteral("JS Montaigu"), QStringLiteral("FC Haut-Pays"),
            QStringLiteral("AS Pré-Vert"), QStringLiteral("US Fontenelle")};
}

QStringList firstNames()
{
    return {QStringLiteral("Lucas"), QStringLiteral("Enzo"), QStringLiteral("Hugo"), QStringLiteral("Nathan"),
            QStringLiteral("Yanis"), QStringLiteral("Mathis"), QStringLiteral("Rayan"), QStringLiteral("Théo"),
            QStringLiteral("Kylian"), QStringLiteral("Noah"), QStringLiteral("Sofiane"), QStringLiteral("Maël"),
            QStringLiteral("Bastien"), QStringLiteral("Ilyès"), QStringLiteral("Antoine"), QStringLiteral("Moussa")};
}

QStringList lastNames()
{
    return {QStringLiteral("Moreau"), QStringLiteral("Lefèvre"), QStringLiteral("Garnier"), QStringLiteral("Diallo"),
            QStringLiteral("Rousseau"), QStringLiteral("Benali"), QStringLiteral("Fournier"), QStringLiteral("Girard"),
            QStringLiteral("Mercier"), QStringLiteral("Traoré"), QStringLiteral("Lambert"), QStringLiteral("Fontaine"),
            QStringLiteral("Chevalier"), QStringLiteral("Da Silva")};
}

QStringList sponsors()
{
    return {QStringLiteral("Boulangerie Lemoine"), QStringLiteral("Intermarché de la Rivière"),
            QStringLiteral("Garage Moreau Automobiles"), QStringLiteral("Pharmacie du Pont"),
            QStringLiteral("Crédit Mutuel de la Vallée"), QStringLiteral("Bar-Tabac Le Central")};
}

QStringList volunteers()
{
    return {QStringLiteral("Monique, à la buvette depuis 22 ans"), QStringLiteral("Jean-Paul, notre traceur de lignes"),
            QStringLiteral("Sandrine, trésorière et maman de deux U11"), QStringLiteral("Karim, éducateur U9 bénévole"),
            QStringLiteral("Gérard, délégué du match depuis 1998"), QStringLiteral("Aurélie, secrétaire du club")};
}

QString playerName(std::mt19937 &rng)
{
    const QStringList f = firstNames();
    const QStringList l = lastNames();
    return f[int(rng() % f.size())] + QLatin1Char(' ') + l[int(rng() % l.size())];
}

QString frenchDate(const QDateTime &t)
{
    static const char *days[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    static const char *months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                   "août", "septembre", "octobre", "novembre", "décembre"};
    const QDate d = t.toTimeZone(QTimeZone("Europe/Paris")).date();
    return QStringLiteral("%1 %2 %3").arg(QString::fromUtf8(days[d.dayOfWeek() - 1])).arg(d.day())
        .arg(QString::fromUtf8(months[d.month() - 1]));
}

QString frenchTime(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone("Europe/Paris")).toString(QStringLiteral("HH'h'mm"));
}

QList<Fixture> fixtures(const QDateTime &today, std::mt19937 &rng)
{
    QList<Fixture> out;
    const QStringList opp = opponents();
    const QDate first = today.date().addDays(-45);
    int k = 0;
    for (QDate d = first; d <= today.date().addDays(45); d = d.addDays(1)) {
        const bool sunday = d.dayOfWeek() == 7;
        const bool saturday = d.dayOfWeek() == 6;
        if (!sunday && !saturday)
            continue;
        struct Team {
            const char *key;
            QString name;
            const Club *club;
            int hour;
        };
        QList<Team> teams;
        if (sunday) {
            teams << Team{"club", riviere().name, &riviere(), 14}
                  << Team{"montclair", montclair().name, &montclair(), 13}
                  << Team{"saint-aubin", saintAubin().name, &saintAubin(), 14};
        } else {
            teams << Team{"u17", riviere().name + QStringLiteral(" U17"), &riviere(), 9};
        }
        for (const Team &t : teams) {
            Fixture f;
            f.profileKey = QLatin1String(t.key);
            f.teamName = t.name;
            f.opponent = opp[(k * 5 + int(rng() % 3)) % opp.size()] + (f.profileKey == QLatin1String("u17") ? QStringLiteral(" U17") : QString());
            f.home = (k + out.size()) % 2 == 0;
            f.kickoff = QDateTime(d, QTime(t.hour, 30 * int(f.profileKey == QLatin1String("u17"))), Qt::UTC);
            const bool cup = k % 6 == 4;
            f.competition = cup ? QStringLiteral("Coupe de France — tour régional")
                                : f.profileKey == QLatin1String("u17") ? QStringLiteral("U17 Régional — Poule A")
                                                                       : QStringLiteral("Régional 2 — Poule B");
            f.venue = f.home ? t.club->stadium : QStringLiteral("stade de ") + f.opponent.section(QLatin1Char(' '), 1);
            f.played = f.kickoff < today;
            if (f.played) {
                f.goalsFor = int(rng() % 4);
                f.goalsAgainst = int(rng() % 3);
                for (int g = 0; g < f.goalsFor; ++g)
                    f.scorers << playerName(rng).section(QLatin1Char(' '), 1);
            }
            out << f;
        }
        ++k;
    }
    return out;
}

QList<Event> events(const QDateTime &today)
{
    auto at = [&](int days, int hour) { return QDateTime(today.date().addDays(days), QTime(hour, 0), Qt::UTC); };
    return {
        {QStringLiteral("Assemblée générale du club"), QStringLiteral("Bilan de la saison, vote du budget et élection du bureau. Pot de l'amitié à l'issue."),
         at(-30, 17), at(-30, 20), QStringLiteral("Salle des fêtes, place de la Mairie"), QStringLiteral("Rivière-sur-Orge"), 64, 80},
        {QStringLiteral("Loto du club"), QStringLiteral("Grand loto annuel : bons d'achat, maillot dédicacé, week-end en gîte. Buvette et crêpes."),
         at(-16, 18), at(-16, 23), QStringLiteral("Gymnase Pierre-de-Coubertin"), QStringLiteral("Rivière-sur-Orge"), 212, 250},
        {QStringLiteral("Stage U13 — vacances de printemps"), QStringLiteral("Trois jours de stage technique pour les U12-U13 : ateliers, matchs, sortie au stade. Autorisations parentales à signer."),
         at(-5, 8), at(-3, 16), QStringLiteral("Stade municipal Jean-Moulin, 12 rue du Stade"), QStringLiteral("Rivière-sur-Orge"), 38, 40},
        {QStringLiteral("Journée portes ouvertes football féminin"), QStringLiteral("Initiation pour les filles de 6 à 15 ans, encadrée par nos éducatrices diplômées."),
         at(4, 13), at(4, 17), QStringLiteral("Stade municipal Jean-Moulin, 12 rue du Stade"), QStringLiteral("Rivière-sur-Orge"), 17, 30},
        {QStringLiteral("Tournoi de Pâques U11-U13"), QStringLiteral("24 équipes de la région, remise des trophées à 17 h. Bénévoles bienvenus à la buvette !"),
         at(12, 8), at(12, 18), QStringLiteral("Complexe sportif du Bocage"), QStringLiteral("Saint-Aubin"), 19, 24},
        {QStringLiteral("Soirée des partenaires"), QStringLiteral("Remerciements aux partenaires de la saison, présentation des nouveaux maillots."),
         at(19, 18), at(19, 22), QStringLiteral("Club-house, 12 rue du Stade"), QStringLiteral("Rivière-sur-Orge"), 21, 35},
        {QStringLiteral("Fête de l'école de foot"), QStringLiteral("Matchs parents-enfants, remise des médailles aux U7-U9, barbecue géant."),
         at(33, 9), at(33, 17), QStringLiteral("Stade municipal Jean-Moulin, 12 rue du Stade"), QStringLiteral("Rivière-sur-Orge"), 52, 120},
        {QStringLiteral("Tournoi vétérans"), QStringLiteral("Tournoi à 7 des plus de 35 ans, inscriptions par équipe auprès du secrétariat."),
         at(41, 9), at(41, 18), QStringLiteral("Stade des Tilleuls"), QStringLiteral("Montclair"), 6, 16},
    };
}

} // namespace demo
