#include "SpellHighlighter.h"

#include "SpellChecker.h"
#include "../common/Theme.h"

namespace pitchside::ui {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-';
}

} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker &checker, QTextDocument *document)
    : QSyntaxHighlighter(document), m_checker(checker)
{
    connect(&m_checker, &SpellChecker::ready, this, [this](const QString &language) {
        if (language == m_language)
            rehighlight();
    });
    connect(&m_checker, &SpellChecker::dictionaryChanged, this, &SpellHighlighter::rehighlight);
}

void SpellHighlighter::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_checker.load(language);
    rehighlight();
}

void SpellHighlighter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    rehighlight();
}

QVector<SpellHighlighter::Word> SpellHighlighter::words(QStringView text)
{
    QVector<Word> out;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && (isWordChar(text[i]) || (isJoiner(text[i]) && i + 1 < n && isWordChar(text[i + 1])
                                                 && i > start)))
            ++i;
        out.push_back({start, i - start});
    }
    return out;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat tag;
    tag.setForeground(Theme::accent());
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(Theme::danger());

    for (const Word &w : words(text)) {
        const QChar before = w.start > 0 ? text.at(w.start - 1) : QChar();
        if (before == u'#' || before == u'@') {
            setFormat(w.start - 1, w.length + 1, tag);
            continue;
        }
        if (!m_enabled || m_language.isEmpty())
            continue;
        // Links are not prose.
        if (before == u'/' || before == u'.' || (w.start + w.length < text.size() && text.at(w.start + w.length) == u'/'))
            continue;
        const QStringView word = QStringView(text).mid(w.start, w.length);
        if (!SpellChecker::shouldCheck(word))
            continue;
        if (!m_checker.isCorrect(m_language, word.toString()))
            setFormat(w.start, w.length, wrong);
    }
}

} // namespace pitchside::ui
