#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTreeWidget;

namespace pitchside::ui {

// Aide > Raccourcis clavier: every shortcut of the window, read from its
// actions (menus, pages, toolbars) when the dialog opens, so the list cannot
// go stale; plus the keys widgets handle themselves (the calendar's arrows),
// which the pages describe.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group; // the menu or page it belongs to
        QString action;
        QString keys; // in the platform's words ("Ctrl+N")
    };

    ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    // Every action with a shortcut under `root` (menus included), grouped by
    // the menu that shows it, else by `fallbackGroup`.
    static QList<Entry> collect(QWidget *root, const QString &fallbackGroup);
    const QList<Entry> &entries() const { return m_entries; }
    QTreeWidget *list() const { return m_list; }

private:
    QList<Entry> m_entries;
    QTreeWidget *m_list;
};

} // namespace pitchside::ui
