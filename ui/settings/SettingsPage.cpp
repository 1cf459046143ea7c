#include "SettingsPage.h"

#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"
#include "models/Notification.h"
#include "models/NotificationAlerts.h"
#include "models/Preferences.h"
#include "sync/BackendUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

SettingsPage::SettingsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_server(new QLineEdit(this)), m_serverMessage(new QLabel(this)),
      m_applyServer(new QPushButton(tr("Apply"), this)), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_theme(new QComboBox(this)), m_interval(new QComboBox(this))
{
    Preferences &prefs = m_context.preferences;
    auto *header = new PageHeader(this);
    header->setTitle(title());

    // Server.
    m_server->setText(prefs.backendUrl());
    m_server->setPlaceholderText(QStringLiteral("https://api.monclub.fr"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setMinimumWidth(320);
    m_serverMessage->setWordWrap(true);
    m_serverMessage->setObjectName(QStringLiteral("PageSubtitle"));
    connect(m_server, &QLineEdit::textChanged, this, &SettingsPage::validateServerUrl);
    connect(m_server, &QLineEdit::returnPressed, this, &SettingsPage::applyServerUrl);
    connect(m_applyServer, &QPushButton::clicked, this, &SettingsPage::applyServerUrl);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(m_applyServer);
    auto *serverBox = new QVBoxLayout;
    serverBox->addLayout(serverRow);
    serverBox->addWidget(m_serverMessage);

    // Language: applied at the next start (every window is built in one language).
    m_language->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(prefs.language())));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setObjectName(QStringLiteral("PageSubtitle"));
    m_languageNote->setWordWrap(true);
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_context.preferences.setLanguage(m_language->currentData().toString());
        m_languageNote->setText(tr("Pitchside will use this language the next time it starts."));
        m_languageNote->show();
    });
    auto *languageBox = new QVBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(m_languageNote);

    // Theme: applied at once.
    m_theme->addItem(tr("Same as the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(prefs.theme())));
    m_theme->setAccessibleName(tr("Theme"));
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_context.preferences.setTheme(m_theme->currentData().toString()); });

    // Sync interval.
    m_interval->addItem(tr("Every minute"), 1);
    m_interval->addItem(tr("Every 5 minutes"), 5);
    m_interval->addItem(tr("Every 15 minutes"), 15);
    m_interval->addItem(tr("Every hour"), 60);
    m_interval->addItem(tr("Only when I ask (Ctrl+R)"), 0);
    const int current = m_interval->findData(prefs.syncIntervalMinutes());
    m_interval->setCurrentIndex(current >= 0 ? current : 1);
    m_interval->setAccessibleName(tr("Sync interval"));
    connect(m_interval, &QComboBox::currentIndexChanged, this,
            [this] { m_context.preferences.setSyncIntervalMinutes(m_interval->currentData().toInt()); });

    // Desktop notifications, each type on or off.
    auto *alertsBox = new QVBoxLayout;
    auto *alertsNote = new QLabel(tr("Shown on the desktop when Pitchside is in the background. The bell keeps them "
                                     "all."),
                                  this);
    alertsNote->setObjectName(QStringLiteral("PageSubtitle"));
    alertsNote->setWordWrap(true);
    auto *alertsGrid = new QGridLayout;
    alertsGrid->setHorizontalSpacing(Theme::spacing * 3);
    alertsGrid->setVerticalSpacing(Theme::spacing);
    const QStringList types = notificationTypes();
    for (int i = 0; i < types.size(); ++i) {
        const QString type = types.at(i);
        auto *toggle = new QCheckBox(notificationTypeText(type), this);
        toggle->setObjectName(QStringLiteral("desktop-notification-") + type);
        toggle->setChecked(NotificationAlerts::wanted(prefs, type));
        connect(toggle, &QCheckBox::toggled, this,
                [this, type](bool on) { NotificationAlerts::setWanted(m_context.preferences, type, on); });
        alertsGrid->addWidget(toggle, i / 2, i % 2);
    }
    alertsBox->addWidget(alertsNote);
    alertsBox->addLayout(alertsGrid);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(Theme::spacing * 2);
    form->setVerticalSpacing(Theme::spacing * 2);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Pitchside server"), serverBox);
    form->addRow(tr("Language"), languageBox);
    form->addRow(tr("Appearance"), m_theme);
    form->addRow(tr("Sync"), m_interval);
    form->addRow(tr("Notifications"), alertsBox);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("Card"));
    card->setMaximumWidth(760);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(Theme::spacing * 3, Theme::spacing * 3, Theme::spacing * 3, Theme::spacing * 3);
    cardLayout->addLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(Theme::spacing * 3, Theme::spacing, Theme::spacing * 3, Theme::spacing * 2);
    body->addWidget(card);
    body->addStretch(1);
    layout->addLayout(body, 1);

    validateServerUrl();
}

void SettingsPage::validateServerUrl()
{
    const QString text = m_server->text();
    const auto problem = sync::BackendUrl::check(text);
    const bool ok = problem == sync::BackendUrl::Problem::None;
    m_applyServer->setEnabled(ok && text.trimmed() != m_context.preferences.backendUrl());
    if (ok) {
        m_serverMessage->setStyleSheet({});
        m_serverMessage->setText(tr("The address of the Pitchside server your account is on."));
    } else {
        m_serverMessage->setStyleSheet(QStringLiteral("color: %1").arg(Theme::danger().name()));
        m_serverMessage->setText(sync::BackendUrl::explain(problem, text.trimmed()));
    }
}

bool SettingsPage::applyServerUrl()
{
    QUrl normalized;
    if (sync::BackendUrl::check(m_server->text(), &normalized) != sync::BackendUrl::Problem::None) {
        validateServerUrl();
        return false;
    }
    m_context.preferences.setBackendUrl(normalized.toString());
    m_server->setText(normalized.toString());
    m_serverMessage->setStyleSheet(QStringLiteral("color: %1").arg(Theme::success().name()));
    m_serverMessage->setText(tr("Saved. Pitchside will use this server from now on."));
    m_applyServer->setEnabled(false);
    return true;
}

QString SettingsPage::serverError() const
{
    const auto problem = sync::BackendUrl::check(m_server->text());
    return problem == sync::BackendUrl::Problem::None ? QString() : m_serverMessage->text();
}

} // namespace pitchside::ui
