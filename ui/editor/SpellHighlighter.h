#pragma once

#include <QSyntaxHighlighter>

namespace pitchside::ui {

class SpellChecker;

// Underlines misspelled words (red wavy line) and colours #hashtags and
// @mentions in the post text. Only the paragraph typed in is rechecked, and
// the checker caches words, so a keystroke costs microseconds.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(SpellChecker &checker, QTextDocument *document);

    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setEnabled(bool enabled);

    struct Word
    {
        int start = 0;
        int length = 0;
    };
    // Words of a text as the highlighter sees them (apostrophes and inner
    // hyphens belong to words: "l'équipe", "Vaulx-en-Velin").
    static QVector<Word> words(QStringView text);

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker &m_checker;
    QString m_language;
    bool m_enabled = true;
};

} // namespace pitchside::ui
