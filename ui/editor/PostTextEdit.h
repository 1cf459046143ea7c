#pragma once

#include <QPlainTextEdit>

namespace pitchside::ui {

class SpellChecker;
class SpellHighlighter;

// Where the post is written: spelling underlined as you type, suggestions,
// "Add to dictionary" and "Ignore" in the right-click menu.
class PostTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    PostTextEdit(SpellChecker &checker, QWidget *parent = nullptr);

    SpellHighlighter *highlighter() const { return m_highlighter; }
    void setSpellLanguage(const QString &language);
    QString spellLanguage() const;

    // The misspelled word at a text position and its suggestions (the
    // context menu shows these; tests read them).
    QString misspelledWordAt(int position, int *start = nullptr) const;
    QStringList suggestionsAt(int position) const;
    // Replaces the word at `position` (one undo step).
    void replaceWordAt(int position, const QString &replacement);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    SpellChecker &m_checker;
    SpellHighlighter *m_highlighter;
};

} // namespace pitchside::ui
