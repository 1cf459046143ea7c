#pragma once

#include "../Page.h"
#include "../UiContext.h"
#include "models/Platform.h"

#include <QMap>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace pitchside {
class PostListModel;
}

namespace pitchside::ui {

// Write posts. The list shows every post (newest change first, searchable);
// the composer saves what is typed to the local store about a second after
// the last keystroke, so nothing typed is ever only in memory for long.
class EditorPage : public Page
{
    Q_OBJECT
public:
    explicit EditorPage(UiContext &context, QWidget *parent = nullptr);
    ~EditorPage() override;

    QString title() const override { return tr("Editor"); }
    QString iconName() const override { return QStringLiteral("square-pen"); }

    void newPost();
    void openPost(const QString &id);
    void focusSearch();
    QString currentPostId() const { return m_postId; }
    // Saves now what the debounce would save a moment later.
    void flush();

private:
    void scheduleSave();
    void save();
    void updateCounters();
    Platforms selectedPlatforms() const;
    void setSelectedPlatforms(Platforms platforms);

    UiContext &m_context;
    PostListModel *m_model;
    QListView *m_list;
    QLineEdit *m_search;
    QPlainTextEdit *m_text;
    QMap<Platform, QToolButton *> m_platformButtons;
    QMap<Platform, QLabel *> m_counters;
    QLabel *m_saveState;
    QTimer *m_saveTimer;
    QString m_postId;
    bool m_loading = false;
};

} // namespace pitchside::ui
