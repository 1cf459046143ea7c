#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pitchside::ui {

// Server address, language, theme and how often to sync.
class SettingsPage : public Page
{
    Q_OBJECT
public:
    explicit SettingsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Settings"); }
    QString iconName() const override { return QStringLiteral("settings"); }

    // Validates and stores the server address; false (with the reason shown
    // under the field) when it is refused.
    bool applyServerUrl();
    QString serverError() const;

private:
    void validateServerUrl();

    UiContext &m_context;
    QLineEdit *m_server;
    QLabel *m_serverMessage;
    QPushButton *m_applyServer;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_theme;
    QComboBox *m_interval;
};

} // namespace pitchside::ui
