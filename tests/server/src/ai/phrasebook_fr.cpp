#include "phrasebook.h"

namespace ai {

const Phrasebook &french()
{
    static const Phrasebook book = [] {
        Phrasebook b;
        b.defaultContext = QStringLiteral("la vie du club");
        b.defaultThemes = {QStringLiteral("jour de match"), QStringLiteral("école de foot"),
                           QStringLiteral("partenaires"), QStringLiteral("bénévoles")};
        b.ideaTitles = {
            QStringLiteral("J-3 avant le match : le compte à rebours %1"),
            QStringLiteral("Dans les coulisses de l'entraînement : %1"),
            QStringLiteral("Portrait de bénévole : ceux qui font vivre %1"),
            QStringLiteral("Top 3 des plus beaux buts du mois (%1)"),
            QStringLiteral("Le mot du coach avant le week-end : %1"),
            QStringLiteral("Merci à nos partenaires qui soutiennent %1"),
            QStringLiteral("Appel aux bénévoles pour le tournoi : %1"),
            QStringLiteral("Retour en images sur le match de dimanche : %1"),
            QStringLiteral("Quiz : connaissez-vous l'histoire du club ? (%1)"),
            QStringLiteral("Portes ouvertes de l'école de foot : %1"),
            QStringLiteral("Conseils nutrition pour nos jeunes joueurs : %1"),
            QStringLiteral("Billetterie ouverte : venez supporter %1"),
            QStringLiteral("La composition du week-end dévoilée : %1"),
            QStringLiteral("Stage des vacances : inscriptions ouvertes (%1)"),
            QStringLiteral("Interview d'après-match : %1"),
            QStringLiteral("Le joueur du mois, élu par les supporters : %1"),
            QStringLiteral("Un jour avec nos U13 : %1"),
            QStringLiteral("Recrutement : le club cherche des éducateurs (%1)"),
        };
        b.ideaDescriptions = {
            QStringLiteral("Un carrousel de 3 visuels sur « %1 », pensé pour %2, avec une question en fin de post pour faire réagir les supporters."),
            QStringLiteral("Une courte vidéo verticale sur « %1 » : 20 secondes d'ambiance, le son du terrain et un sous-titre, idéal pour parler de %2."),
            QStringLiteral("Un texte personnel sur « %1 » qui met en avant les valeurs du club (respect, solidarité, plaisir) autour de %2."),
            QStringLiteral("Une photo forte et une légende courte sur « %1 », avec l'heure, le lieu et un appel à venir nombreux pour %2."),
            QStringLiteral("Un post « avant / après » sur « %1 » qui montre le travail de la saison et donne la parole aux joueurs sur %2."),
        };
        b.hooksProfessional = {
            QStringLiteral("⚽ %1"),
            QStringLiteral("📣 %1 : ce qu'il faut savoir."),
            QStringLiteral("🏟️ %1 — le point du club."),
        };
        b.hooksCasual = {
            QStringLiteral("🔥 %1 ! On vous raconte tout 👇"),
            QStringLiteral("😍 %1, et on est déjà impatients !"),
            QStringLiteral("👋 La famille, parlons de ça : %1"),
        };
        b.hooksInspirational = {
            QStringLiteral("💙 %1 : c'est ensemble qu'on avance."),
            QStringLiteral("✨ %1. Parce que le foot, c'est bien plus qu'un match."),
            QStringLiteral("🙌 %1 : fiers de nos couleurs, chaque week-end."),
        };
        b.bodies = {
            QStringLiteral("%1"),
            QStringLiteral("Joueurs, éducateurs, bénévoles et familles : tout le club est mobilisé pour que ce rendez-vous soit une réussite."),
            QStringLiteral("Rendez-vous au stade municipal, buvette et bonne humeur assurées."),
            QStringLiteral("Merci à toutes celles et ceux qui donnent de leur temps chaque semaine, sans vous rien ne serait possible."),
            QStringLiteral("Nos jeunes ont travaillé dur toute la semaine : place au jeu et au plaisir."),
            QStringLiteral("Supporters, votre présence en tribune fait toujours la différence."),
            QStringLiteral("Une belle occasion de rappeler les valeurs du club : respect, solidarité et esprit d'équipe."),
        };
        b.linkedinBullets = {
            QStringLiteral("• Un projet sportif tourné vers la formation des jeunes"),
            QStringLiteral("• Plus de 40 bénévoles engagés toute la saison"),
            QStringLiteral("• Des partenaires locaux fidèles à nos côtés"),
            QStringLiteral("• Un club ouvert à toutes et à tous, dès 5 ans"),
        };
        b.ctas = {
            QStringLiteral("👉 Dites-nous en commentaire qui sera l'homme ou la femme du match !"),
            QStringLiteral("👉 Partagez pour faire passer le mot autour de vous."),
            QStringLiteral("👉 Infos et inscriptions : lien en bio."),
            QStringLiteral("👉 On compte sur vous samedi, venez nombreux !"),
        };
        b.closers = {QStringLiteral("Allez le club ! 💙"), QStringLiteral("À très vite au bord du terrain."),
                     QStringLiteral("Ensemble, plus forts.")};
        b.genericTags = {QStringLiteral("FootAmateur"), QStringLiteral("ViveLeFoot"), QStringLiteral("EspritClub"),
                         QStringLiteral("JourDeMatch"), QStringLiteral("FiersDeNosCouleurs"),
                         QStringLiteral("FootballClub"), QStringLiteral("EcoleDeFoot")};
        b.casualPrefix = QStringLiteral("Salut la famille ! 👋 ");
        b.formalPrefix = QStringLiteral("Chers supporters, chers partenaires, ");
        b.variantCtas = {QStringLiteral("👉 Réservez votre place dès maintenant, lien en bio !"),
                         QStringLiteral("👉 Inscrivez-vous avant vendredi auprès du secrétariat du club."),
                         QStringLiteral("👉 Abonnez-vous pour ne rien manquer de la saison !")};
        b.longerParagraph = QStringLiteral("Cette saison, le club continue de grandir grâce à l'engagement de chacun : éducateurs diplômés, parents présents à chaque déplacement, partenaires fidèles. Merci à vous tous, on écrit cette histoire ensemble.");
        b.emojis = {QStringLiteral("⚽"), QStringLiteral("💪"), QStringLiteral("🔥"), QStringLiteral("🏆"),
                    QStringLiteral("👏"), QStringLiteral("💙")};
        return b;
    }();
    return book;
}

} // namespace ai
