#include "SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include <hunspell.hxx>

namespace pitchside::ui {

namespace {

QStringList searchDirs()
{
    QStringList dirs;
    if (qEnvironmentVariableIsSet("PITCHSIDE_DICT_DIR"))
        dirs << qEnvironmentVariable("PITCHSIDE_DICT_DIR");
    dirs << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
         << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/local/share/hunspell");
    return dirs;
}

// The dictionary files for a language code, by preference.
QStringList candidates(const QString &language)
{
    if (language == u"fr")
        return {QStringLiteral("fr_FR"), QStringLiteral("fr")};
    if (language == u"en-GB")
        return {QStringLiteral("en_GB")};
    if (language == u"en-US")
        return {QStringLiteral("en_US")};
    return {};
}

QString dictionaryBase(const QString &language)
{
    for (const QString &dir : searchDirs()) {
        for (const QString &name : candidates(language)) {
            const QString base = QDir(dir).filePath(name);
            if (QFile::exists(base + QStringLiteral(".aff")) && QFile::exists(base + QStringLiteral(".dic")))
                return base;
        }
    }
    return {};
}

} // namespace

struct SpellChecker::Dictionary
{
    std::unique_ptr<Hunspell> hunspell;
    bool utf8 = true;
    QHash<QString, bool> cache; // the UI thread only
    QMutex mutex;               // Hunspell is not thread-safe

    std::string encode(const QString &s) const { return utf8 ? s.toStdString() : s.toLatin1().toStdString(); }
    QString decode(const std::string &s) const
    {
        return utf8 ? QString::fromStdString(s) : QString::fromLatin1(s.data(), qsizetype(s.size()));
    }
};

SpellChecker::SpellChecker(QString personalFile, QObject *parent)
    : QObject(parent), m_personalFile(std::move(personalFile))
{
    QFile file(m_personalFile);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty() && !m_personal.contains(word))
                m_personal << word;
        }
    }
}

SpellChecker::~SpellChecker()
{
    // Loads still running hold their own references; they find us gone.
}

QStringList SpellChecker::availableLanguages()
{
    QStringList out;
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("en-GB"), QStringLiteral("en-US")}) {
        if (!dictionaryBase(code).isEmpty())
            out << code;
    }
    return out;
}

QString SpellChecker::languageName(const QString &code)
{
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"en-GB")
        return QCoreApplication::translate("pitchside::ui::SpellChecker", "English (UK)");
    if (code == u"en-US")
        return QCoreApplication::translate("pitchside::ui::SpellChecker", "English (US)");
    return code;
}

QString SpellChecker::defaultLanguage()
{
    const QLocale locale;
    if (locale.language() == QLocale::French)
        return QStringLiteral("fr");
    return locale.territory() == QLocale::UnitedStates ? QStringLiteral("en-US") : QStringLiteral("en-GB");
}

void SpellChecker::load(const QString &language)
{
    if (m_dictionaries.contains(language) || m_loading.contains(language))
        return;
    const QString base = dictionaryBase(language);
    if (base.isEmpty())
        return;
    m_loading.insert(language);
    QPointer<SpellChecker> self(this);
    QThreadPool::globalInstance()->start([self, language, base] {
        // Owned by the queued call: freed with it if the app quits before
        // it runs (or the checker is gone), never leaked.
        auto hunspell = std::make_shared<std::unique_ptr<Hunspell>>(
            std::make_unique<Hunspell>((base + QStringLiteral(".aff")).toLocal8Bit().constData(),
                                       (base + QStringLiteral(".dic")).toLocal8Bit().constData()));
        QMetaObject::invokeMethod(qApp, [self, language, hunspell] {
            if (self)
                self->install(language, std::move(*hunspell));
        }, Qt::QueuedConnection);
    });
}

void SpellChecker::install(const QString &language, std::unique_ptr<Hunspell> owned)
{
    m_loading.remove(language);
    auto dictionary = std::make_shared<Dictionary>();
    Hunspell *hunspell = owned.get();
    dictionary->hunspell = std::move(owned);
    dictionary->utf8 = QByteArray(hunspell->get_dict_encoding().c_str()).toUpper().contains("UTF-8");
    for (const QString &word : std::as_const(m_personal))
        hunspell->add(dictionary->encode(word));
    m_dictionaries.insert(language, dictionary);
    Q_EMIT ready(language);
}

bool SpellChecker::isReady(const QString &language) const
{
    return m_dictionaries.contains(language);
}

bool SpellChecker::shouldCheck(QStringView word)
{
    if (word.size() < 2)
        return false;
    bool upper = true;
    for (QChar c : word) {
        if (c.isDigit())
            return false; // U17, 3-1, 2026
        if (c.isLower())
            upper = false;
    }
    return !(upper && word.size() <= 4); // FC, AS, USM: acronyms
}

bool SpellChecker::isCorrect(const QString &language, const QString &word)
{
    const auto dictionary = m_dictionaries.value(language);
    if (!dictionary || m_ignored.contains(word))
        return true;
    if (auto it = dictionary->cache.constFind(word); it != dictionary->cache.constEnd())
        return *it;
    QMutexLocker lock(&dictionary->mutex);
    const bool ok = dictionary->hunspell->spell(dictionary->encode(word));
    dictionary->cache.insert(word, ok);
    return ok;
}

QStringList SpellChecker::suggestions(const QString &language, const QString &word, int max)
{
    QStringList out;
    const auto dictionary = m_dictionaries.value(language);
    if (!dictionary)
        return out;
    QMutexLocker lock(&dictionary->mutex);
    for (const std::string &s : dictionary->hunspell->suggest(dictionary->encode(word))) {
        out << dictionary->decode(s);
        if (out.size() >= max)
            break;
    }
    return out;
}

bool SpellChecker::addToDictionary(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty() || m_personal.contains(w))
        return false;
    m_personal << w;
    for (const auto &dictionary : std::as_const(m_dictionaries)) {
        QMutexLocker lock(&dictionary->mutex);
        dictionary->hunspell->add(dictionary->encode(w));
        dictionary->cache.remove(w);
    }
    QDir().mkpath(QFileInfo(m_personalFile).absolutePath());
    QSaveFile file(m_personalFile);
    bool saved = file.open(QIODevice::WriteOnly | QIODevice::Text);
    if (saved) {
        file.write(m_personal.join(QLatin1Char('\n')).toUtf8() + '\n');
        saved = file.commit();
    }
    Q_EMIT dictionaryChanged();
    return saved;
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
    Q_EMIT dictionaryChanged();
}

} // namespace pitchside::ui
