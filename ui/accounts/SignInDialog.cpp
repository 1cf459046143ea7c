#include "SignInDialog.h"

#include "../common/Icons.h"
#include "../common/Theme.h"
#include "sync/BackendUrl.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFrame>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

using sync::auth::SignInResult;

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_serverHint(new QLabel(this)), m_server(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    m_status = new QLabel(this);
    m_openBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    setObjectName(QStringLiteral("SignInDialog"));
    setWindowTitle(tr("Sign in to Pitchside"));
    setMinimumWidth(480);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::uiPixmap(QStringLiteral("log-in"), 32, Theme::accent()));
    m_title->setText(tr("Sign in to your Pitchside account"));
    m_title->setObjectName(QStringLiteral("SignInTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("PageSubtitle"));
    m_intro->setText(tr("Your posts stay on this computer and are also kept on your club's server, so that you can "
                        "work from anywhere."));

    m_server->setPlaceholderText(QStringLiteral("https://api.monclub.fr"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setText(sync::BackendUrl::defaultUrl());
    // Said before it is wrong: people do not know what "server" means here.
    m_serverHint->setObjectName(QStringLiteral("SignInServerHint"));
    m_serverHint->setWordWrap(true);
    const QString example = QStringLiteral("https://api.monclub.fr");
    const QString hint = tr("The address your club or agency gave you with your account, for example %1.");
    m_serverHint->setTextFormat(Qt::RichText); // the example never breaks across lines
    m_serverHint->setText(hint.toHtmlEscaped().arg(QStringLiteral("<span style=\"white-space:nowrap\">%1</span>")
                                                      .arg(example)));
    m_serverHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_serverHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont hintFont = m_serverHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.92);
    m_serverHint->setFont(hintFont);
    QPalette hintPalette = m_serverHint->palette();
    hintPalette.setColor(QPalette::WindowText, Theme::mutedText());
    m_serverHint->setPalette(hintPalette);
    m_server->setToolTip(hint.arg(example));
    m_email->setPlaceholderText(tr("you@yourclub.fr"));
    m_email->setAccessibleName(tr("Email address"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    for (QLineEdit *e : {m_server, m_email, m_password}) {
        e->setMinimumHeight(32);
        connect(e, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    }

    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("SignInError"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_error->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();

    // Or with a provider account (API.md §2): the browser does the sign-in.
    auto *orLabel = new QLabel(tr("Or continue with"), this);
    orLabel->setObjectName(QStringLiteral("PageSubtitle"));
    auto *providers = new QHBoxLayout;
    providers->setSpacing(Theme::spacing);
    providers->addWidget(orLabel);
    for (const QString &key : {QStringLiteral("google"), QStringLiteral("meta"), QStringLiteral("linkedin")}) {
        auto *b = new QPushButton(Icons::provider(key), sync::auth::ProviderSignIn::providerName(key), this);
        b->setObjectName(QStringLiteral("ProviderSignIn-") + key);
        b->setProperty("provider", key);
        b->setAutoDefault(false);
        b->setToolTip(tr("Sign in with your %1 account, in your web browser.")
                          .arg(sync::auth::ProviderSignIn::providerName(key)));
        connect(b, &QPushButton::clicked, this, [this, key] { signInWith(key); });
        providers->addWidget(b);
        m_providerButtons << b;
    }
    providers->addStretch(1);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("SignInStatus"));
    m_status->hide();
    connect(&m_providerSignIn, &sync::auth::ProviderSignIn::waitingForBrowser, this, [this](const QString &name) {
        m_status->setText(tr("Finish signing in with %1 in the browser window that opened. Pitchside goes on by "
                             "itself as soon as you are done there.")
                              .arg(name));
        m_status->show();
        m_cancelText = m_cancel->text();
        m_cancel->setText(tr("Stop waiting"));
        fitContents();
    });

    m_submit = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_submit->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(Theme::spacing);
    form->setHorizontalSpacing(Theme::spacing * 2);
    auto *serverBox = new QVBoxLayout;
    serverBox->setSpacing(2);
    serverBox->addWidget(m_server);
    serverBox->addWidget(m_serverHint);
    form->addRow(tr("Server"), serverBox);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Password"), m_password);

    auto *head = new QHBoxLayout;
    head->setSpacing(Theme::spacing * 2);
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *headText = new QVBoxLayout;
    headText->addWidget(m_title);
    headText->addWidget(m_intro);
    head->addLayout(headText, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 3, Theme::spacing * 3, Theme::spacing * 3, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing * 2);
    layout->addLayout(head);
    layout->addLayout(form);
    layout->addLayout(providers);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    updateButton();
}

void SignInDialog::setWelcome(bool welcome)
{
    m_welcome = welcome;
    if (!welcome)
        return;
    setWindowTitle(tr("Welcome to Pitchside"));
    m_title->setText(tr("Welcome to Pitchside"));
    m_intro->setText(tr("Sign in with the account your club or agency gave you: your posts, photos and calendar are "
                        "then kept on the club's server too, and you find them on any computer. Or start right away "
                        "on this computer only; you can sign in later from File > Sign in…"));
    m_cancel->setText(tr("Work without an account"));
    m_cancel->setObjectName(QStringLiteral("WorkWithoutAccount"));
    m_cancel->setToolTip(tr("Everything stays on this computer. When you sign in later, Pitchside offers to bring "
                            "your drafts into the account."));
    fitContents();
}

void SignInDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void SignInDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
}

QString SignInDialog::server() const
{
    return m_server->text().trimmed();
}

QString SignInDialog::email() const
{
    return m_email->text().trimmed();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::updateButton()
{
    const bool running = m_signIn.isRunning() || m_providerSignIn.isRunning();
    m_submit->setEnabled(!running && !server().isEmpty() && !email().isEmpty() && !m_password->text().isEmpty());
    for (QPushButton *b : std::as_const(m_providerButtons))
        b->setEnabled(!running && !server().isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QLineEdit *e : {m_server, m_email, m_password})
        e->setEnabled(!busy);
    updateButton();
}

void SignInDialog::fitContents()
{
    // Word-wrapped labels need their height for the dialog's width: grow to
    // it rather than let the layout squash the fields.
    QLayout *l = layout();
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    setMinimumHeight(needed);
    if (height() < needed)
        resize(width(), needed);
}

void SignInDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    fitContents();
    if (focus) {
        focus->setFocus();
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
    }
}

void SignInDialog::submit()
{
    if (m_signIn.isRunning())
        return;
    // Checked here first: a clear sentence without a round trip.
    const auto problem = sync::BackendUrl::check(server());
    if (problem != sync::BackendUrl::Problem::None) {
        showError(sync::BackendUrl::explain(problem, server()), m_server);
        return;
    }
    if (!email().contains(QLatin1Char('@'))) {
        showError(tr("“%1” is not an email address.").arg(email()), m_email);
        return;
    }
    showError({}, nullptr);
    setBusy(true);
    m_signIn.start(server(), email(), m_password->text(), [this](const SignInResult &r) { onResult(r); });
    updateButton();
}

void SignInDialog::signInWith(const QString &provider)
{
    if (m_signIn.isRunning() || m_providerSignIn.isRunning())
        return;
    const auto problem = sync::BackendUrl::check(server());
    if (problem != sync::BackendUrl::Problem::None) {
        showError(sync::BackendUrl::explain(problem, server()), m_server);
        return;
    }
    showError({}, nullptr);
    setBusy(true);
    m_providerSignIn.start(server(), provider, m_openBrowser, [this](const SignInResult &r) { onResult(r); });
    updateButton();
}

QPushButton *SignInDialog::providerButton(const QString &provider) const
{
    for (QPushButton *b : m_providerButtons) {
        if (b->property("provider").toString() == provider)
            return b;
    }
    return nullptr;
}

QString SignInDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void SignInDialog::onResult(const SignInResult &result)
{
    m_result = result;
    m_status->hide();
    if (!m_cancelText.isEmpty())
        m_cancel->setText(std::exchange(m_cancelText, QString()));
    setBusy(false);
    if (result.problem == SignInResult::Problem::Cancelled) {
        fitContents();
        return;
    }
    if (result.ok()) {
        m_password->clear();
        Q_EMIT signedIn(result);
        accept();
        return;
    }
    QWidget *focus = m_password;
    switch (result.problem) {
    case SignInResult::Problem::BadAddress:
    case SignInResult::Problem::Unreachable:
    case SignInResult::Problem::NotPitchside:
    case SignInResult::Problem::Tls:
        focus = m_server;
        break;
    default:
        break;
    }
    showError(result.message, focus);
}

void SignInDialog::reject()
{
    // While waiting for the browser, Cancel stops waiting; the dialog stays.
    if (m_providerSignIn.isRunning()) {
        m_providerSignIn.cancel();
        return;
    }
    m_signIn.cancel();
    QDialog::reject();
}

} // namespace pitchside::ui
