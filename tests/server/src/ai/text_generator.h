// Deterministic, offline "AI" text for /api/ai/*: the same request always
// gives the same ideas, post and variants, in French or English.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ai {

enum class Language { French, English };

struct Idea {
    QString title;
    QString description;
    QString platform;
    QString engagement;
};

struct Post {
    QString content;
    QStringList hashtags;
};

quint64 seedOf(const QByteArray &material);

QList<Idea> ideas(const QString &context, const QStringList &themes, int count, Language lang, quint64 seed);
Post post(const QString &title, const QString &description, const QString &platform, const QString &tone,
          const QString &length, Language lang, quint64 seed);
QString variant(const QString &content, const QString &variation, Language lang, quint64 seed);
// Hashtag-friendly form of a phrase: "école de foot" -> "EcoleDeFoot".
QString tagOf(const QString &phrase);

} // namespace ai
