#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class Hunspell;

namespace pitchside::ui {

// Spelling with Hunspell and the system's dictionaries (hunspell-fr,
// hunspell-en-gb, hunspell-en-us), plus the person's own word list, kept
// in the data folder (one word per line) so club names and players'
// names stop being underlined once added. A dictionary takes a few hundred
// milliseconds to load: it loads on a worker thread and `ready` says when.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    // `personalFile`: <data dir>/dictionary.txt.
    explicit SpellChecker(QString personalFile, QObject *parent = nullptr);
    ~SpellChecker() override;

    // Languages with a dictionary on this computer: "fr", "en-GB", "en-US".
    static QStringList availableLanguages();
    static QString languageName(const QString &code); // "Français", "English (UK)"…
    // The language for the interface's: French, or English of the locale's country.
    static QString defaultLanguage();

    // Starts loading (once per language). isReady() is false until then.
    void load(const QString &language);
    bool isReady(const QString &language) const;

    // Whether a word is spelled right (true while the dictionary loads, so
    // nothing is underlined by mistake). Cached: a keystroke rechecks only
    // words it has not seen.
    bool isCorrect(const QString &language, const QString &word);
    QStringList suggestions(const QString &language, const QString &word, int max = 6);

    // Adds to the personal list (every language) and saves it.
    bool addToDictionary(const QString &word);
    QStringList personalWords() const { return m_personal; }
    // Ignores a word until the app quits.
    void ignore(const QString &word);

    // Words worth checking: not hashtags, mentions, links, numbers or short acronyms.
    static bool shouldCheck(QStringView word);

Q_SIGNALS:
    void ready(const QString &language);
    void dictionaryChanged(); // a word was added or ignored: rehighlight

private:
    struct Dictionary;
    void install(const QString &language, std::unique_ptr<Hunspell> hunspell);

    QString m_personalFile;
    QStringList m_personal;
    QSet<QString> m_ignored;
    QHash<QString, std::shared_ptr<Dictionary>> m_dictionaries;
    QSet<QString> m_loading;
};

} // namespace pitchside::ui
