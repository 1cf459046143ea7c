#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace pitchside::ui {

// A non-modal line above a page's content that says what happened and
// offers the action that follows (UX.md: errors sit in a banner with the
// action button; they never steal focus). Info banners fade out by
// themselves; warnings and errors stay until closed or replaced.
class MessageBanner : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows the message; `actionText` empty hides the button. Replaces any
    // message shown. Returns nothing: connect actionTriggered() once.
    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    void dismiss();

    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    // The person closed it (its close button).
    void closed();

private:
    void applyStyle();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QTimer *m_hideTimer;
};

} // namespace pitchside::ui
