#pragma once

#include "models/Platform.h"
#include "sync/ai/AiAssistant.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace pitchside::ui {

// AI help beside the text: ideas for the club, a post written from an idea
// (tone, length), three variants of what is written. Each result can be
// inserted at the cursor or replace the text. The month's quota is shown,
// and when the server cannot help (offline, signed out, quota used up, too
// many requests) the disabled buttons say why.
class AiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AiPanel(QWidget *parent = nullptr);

    void setAssistant(sync::ai::AiAssistant *assistant); // null: no account to ask
    sync::ai::AiAssistant *assistant() const { return m_assistant; }
    // What the panel needs from the editor.
    void setContext(const QString &defaultTopic, Platforms platforms);
    void setCurrentText(const QString &text) { m_currentText = text; }

    QPushButton *ideasButton() const { return m_ideasButton; }
    QPushButton *writeButton() const { return m_writeButton; }
    QPushButton *variantsButton() const { return m_variantsButton; }
    QLabel *explanation() const { return m_explanation; }
    QLabel *quotaLabel() const { return m_quotaLabel; }
    QListWidget *ideas() const { return m_ideas; }
    int resultCount() const;

Q_SIGNALS:
    // The person chose a result: put it in the post.
    void insertRequested(const QString &text, const QStringList &hashtags);
    void replaceRequested(const QString &text, const QStringList &hashtags, const QString &ideaSource);

private:
    void refreshState();
    void showIdeas(const QVector<sync::ai::Idea> &ideas);
    void addResult(const QString &title, const QString &text, const QStringList &hashtags, const QString &ideaSource);
    void clearResults();

    QPointer<sync::ai::AiAssistant> m_assistant;
    QString m_currentText;
    QString m_defaultTopic;
    Platforms m_platforms;
    QLabel *m_quotaLabel;
    QProgressBar *m_quotaBar;
    QLabel *m_explanation;
    QLineEdit *m_topic;
    QPushButton *m_ideasButton;
    QListWidget *m_ideas;
    QComboBox *m_tone;
    QComboBox *m_length;
    QPushButton *m_writeButton;
    QPushButton *m_variantsButton;
    QLabel *m_busy;
    QWidget *m_results;
    QVBoxLayout *m_resultsLayout;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace pitchside::ui
