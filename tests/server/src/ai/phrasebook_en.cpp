#include "phrasebook.h"

namespace ai {

const Phrasebook &english()
{
    static const Phrasebook book = [] {
        Phrasebook b;
        b.defaultContext = QStringLiteral("club life");
        b.defaultThemes = {QStringLiteral("matchday"), QStringLiteral("youth academy"),
                           QStringLiteral("sponsors"), QStringLiteral("volunteers")};
        b.ideaTitles = {
            QStringLiteral("3 days to kick-off: the %1 countdown"),
            QStringLiteral("Behind the scenes at training: %1"),
            QStringLiteral("Volunteer spotlight: the people behind %1"),
            QStringLiteral("Top 3 goals of the month (%1)"),
            QStringLiteral("The coach's word before the weekend: %1"),
            QStringLiteral("Thank you to the partners who back %1"),
            QStringLiteral("Volunteers wanted for the tournament: %1"),
            QStringLiteral("Sunday's match in pictures: %1"),
            QStringLiteral("Quiz: how well do you know the club's history? (%1)"),
            QStringLiteral("Youth academy open day: %1"),
            QStringLiteral("Nutrition tips for our young players: %1"),
            QStringLiteral("Tickets are on sale: come and support %1"),
            QStringLiteral("This weekend's line-up revealed: %1"),
            QStringLiteral("Holiday camp: registrations open (%1)"),
            QStringLiteral("Post-match interview: %1"),
            QStringLiteral("Player of the month, voted by the fans: %1"),
            QStringLiteral("A day with our U13s: %1"),
            QStringLiteral("We're recruiting coaches (%1)"),
        };
        b.ideaDescriptions = {
            QStringLiteral("A 3-slide carousel about “%1”, written for %2, ending with a question to get supporters talking."),
            QStringLiteral("A short vertical video about “%1”: 20 seconds of atmosphere, pitch-side sound and a caption, ideal to talk about %2."),
            QStringLiteral("A personal post about “%1” that shows the club's values (respect, solidarity, fun) around %2."),
            QStringLiteral("One strong photo and a short caption about “%1”, with time, place and a call to come along for %2."),
            QStringLiteral("A before/after post about “%1” that shows the season's work and lets players speak about %2."),
        };
        b.hooksProfessional = {QStringLiteral("⚽ %1"), QStringLiteral("📣 %1: what you need to know."),
                               QStringLiteral("🏟️ %1 — a club update.")};
        b.hooksCasual = {QStringLiteral("🔥 %1! Here's the story 👇"), QStringLiteral("😍 %1, and we can't wait!"),
                         QStringLiteral("👋 Club family, let's talk: %1")};
        b.hooksInspirational = {QStringLiteral("💙 %1: together we go further."),
                                QStringLiteral("✨ %1. Because football is more than a match."),
                                QStringLiteral("🙌 %1: proud of our colours, every weekend.")};
        b.bodies = {
            QStringLiteral("%1"),
            QStringLiteral("Players, coaches, volunteers and families: the whole club is behind this one."),
            QStringLiteral("See you at the ground — the clubhouse bar will be open."),
            QStringLiteral("Thank you to everyone who gives their time each week; none of this happens without you."),
            QStringLiteral("Our young players worked hard all week: now it's time to play and enjoy it."),
            QStringLiteral("Supporters, your voices in the stand always make the difference."),
            QStringLiteral("A good moment to remember what the club stands for: respect, solidarity and team spirit."),
        };
        b.linkedinBullets = {QStringLiteral("• A sports project built around youth development"),
                             QStringLiteral("• More than 40 volunteers involved all season"),
                             QStringLiteral("• Loyal local partners at our side"),
                             QStringLiteral("• A club open to everyone from age 5")};
        b.ctas = {QStringLiteral("👉 Tell us in the comments who'll be player of the match!"),
                  QStringLiteral("👉 Share to spread the word."),
                  QStringLiteral("👉 Details and sign-up: link in bio."),
                  QStringLiteral("👉 We're counting on you on Saturday — come along!")};
        b.closers = {QStringLiteral("Come on the club! 💙"), QStringLiteral("See you pitch-side."),
                     QStringLiteral("Stronger together.")};
        b.genericTags = {QStringLiteral("GrassrootsFootball"), QStringLiteral("ClubLife"), QStringLiteral("MatchDay"),
                         QStringLiteral("UpTheClub"), QStringLiteral("FootballCommunity"),
                         QStringLiteral("YouthFootball"), QStringLiteral("TeamSpirit")};
        b.casualPrefix = QStringLiteral("Hey club family! 👋 ");
        b.formalPrefix = QStringLiteral("Dear supporters and partners, ");
        b.variantCtas = {QStringLiteral("👉 Book your seat now, link in bio!"),
                         QStringLiteral("👉 Sign up with the club office before Friday."),
                         QStringLiteral("👉 Follow us so you don't miss a moment of the season!")};
        b.longerParagraph = QStringLiteral("This season the club keeps growing thanks to everyone's commitment: qualified coaches, parents at every away game, loyal partners. Thank you all — we're writing this story together.");
        b.emojis = {QStringLiteral("⚽"), QStringLiteral("💪"), QStringLiteral("🔥"), QStringLiteral("🏆"),
                    QStringLiteral("👏"), QStringLiteral("💙")};
        return b;
    }();
    return book;
}

} // namespace ai
