// Word material for the offline AI endpoints, one book per language. The
// generator picks from it with a seed made from the request, so the same
// request always gets the same text.
#pragma once

#include <QString>
#include <QStringList>

namespace ai {

struct Phrasebook {
    // Idea titles; "%1" is a theme or the context.
    QStringList ideaTitles;
    // Idea descriptions; "%1" is the idea's subject, "%2" the context.
    QStringList ideaDescriptions;
    QString defaultContext;
    QStringList defaultThemes;

    // Post parts. Hooks per tone; "%1" is the idea title.
    QStringList hooksProfessional;
    QStringList hooksCasual;
    QStringList hooksInspirational;
    // Body sentences; "%1" is the idea description or title.
    QStringList bodies;
    QStringList linkedinBullets;
    QStringList ctas;
    QStringList closers;
    QStringList genericTags;

    // Variants.
    QString casualPrefix;
    QString formalPrefix;
    QStringList variantCtas;
    QString longerParagraph;
    QStringList emojis;
};

const Phrasebook &french();
const Phrasebook &english();

} // namespace ai
