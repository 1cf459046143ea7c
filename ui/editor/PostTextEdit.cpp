#include "PostTextEdit.h"

#include "SpellChecker.h"
#include "SpellHighlighter.h"
#include "../common/Icons.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>

namespace pitchside::ui {

PostTextEdit::PostTextEdit(SpellChecker &checker, QWidget *parent)
    : QPlainTextEdit(parent), m_checker(checker), m_highlighter(new SpellHighlighter(checker, document()))
{
    setObjectName(QStringLiteral("PostText"));
    setTabChangesFocus(true);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
}

void PostTextEdit::setSpellLanguage(const QString &language)
{
    m_highlighter->setLanguage(language);
}

QString PostTextEdit::spellLanguage() const
{
    return m_highlighter->language();
}

QString PostTextEdit::misspelledWordAt(int position, int *start) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const QString text = block.text();
    const int offset = position - block.position();
    for (const SpellHighlighter::Word &w : SpellHighlighter::words(text)) {
        if (offset < w.start || offset > w.start + w.length)
            continue;
        const QString word = text.mid(w.start, w.length);
        const QChar before = w.start > 0 ? text.at(w.start - 1) : QChar();
        if (before == u'#' || before == u'@' || !SpellChecker::shouldCheck(word))
            return {};
        if (m_checker.isCorrect(spellLanguage(), word))
            return {};
        if (start)
            *start = block.position() + w.start;
        return word;
    }
    return {};
}

QStringList PostTextEdit::suggestionsAt(int position) const
{
    const QString word = misspelledWordAt(position);
    return word.isEmpty() ? QStringList() : m_checker.suggestions(spellLanguage(), word);
}

void PostTextEdit::replaceWordAt(int position, const QString &replacement)
{
    int start = 0;
    const QString word = misspelledWordAt(position, &start);
    if (word.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(start + int(word.size()), QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
}

void PostTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const int position = cursorForPosition(event->pos()).position();
    const QString word = misspelledWordAt(position);
    if (!word.isEmpty()) {
        QAction *first = menu->actions().value(0);
        const QStringList suggestions = m_checker.suggestions(spellLanguage(), word);
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No suggestion"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString &s : suggestions) {
            auto *a = new QAction(s, menu.get());
            QFont bold = a->font();
            bold.setBold(true);
            a->setFont(bold);
            connect(a, &QAction::triggered, this, [this, position, s] { replaceWordAt(position, s); });
            menu->insertAction(first, a);
        }
        auto *add = new QAction(Icons::ui(QStringLiteral("plus")), tr("Add “%1” to the dictionary").arg(word), menu.get());
        connect(add, &QAction::triggered, this, [this, word] { m_checker.addToDictionary(word); });
        auto *ignore = new QAction(tr("Ignore “%1”").arg(word), menu.get());
        connect(ignore, &QAction::triggered, this, [this, word] { m_checker.ignore(word); });
        menu->insertAction(first, add);
        menu->insertAction(first, ignore);
        menu->insertSeparator(first);
    }
    menu->exec(event->globalPos());
}

} // namespace pitchside::ui
