#pragma once

#include "sync/ConflictResolver.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pitchside::ui {

// Items changed both here and on the server, one at a time: both versions
// side by side (text, schedule, networks, media…), differences marked, and
// three ways out: keep mine, take theirs, keep both. Nothing is decided
// without the user.
class ConflictResolverDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictResolverDialog(sync::ConflictResolver &resolver, QWidget *parent = nullptr);

    // Shows this conflict first (from a list elsewhere).
    void select(const QString &type, const QString &id);
    int remaining() const;

    // The buttons, for keyboard users and tests.
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *keepBothButton() const { return m_keepBoth; }
    QTableWidget *comparison() const { return m_table; }

Q_SIGNALS:
    // A conflict was settled: the caller syncs, so that the choice reaches the server.
    void resolved(const QString &type, const QString &id);

private:
    void reload();
    void showConflict(int row);
    void choose(sync::ConflictResolver::Choice choice);

    sync::ConflictResolver &m_resolver;
    QVector<store::ConflictRecord> m_conflicts;
    std::optional<sync::ConflictView> m_view;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_explain;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_keepBoth;
};

} // namespace pitchside::ui
