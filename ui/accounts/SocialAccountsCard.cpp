#include "SocialAccountsCard.h"

#include "../common/Icons.h"
#include "../common/RelativeTime.h"
#include "../common/Theme.h"
#include "models/Clock.h"
#include "models/Platform.h"
#include "models/SocialAccountHealth.h"
#include "models/SocialAccountListModel.h"
#include "models/store/Store.h"
#include "sync/auth/SocialConnect.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

const char *const kNetworks[] = {"facebook", "instagram", "linkedin"};

QColor healthColor(SocialAccountHealth::State s)
{
    switch (s) {
    case SocialAccountHealth::State::NeedsReconnect:
        return Theme::danger();
    case SocialAccountHealth::State::ExpiresSoon:
        return Theme::warning();
    case SocialAccountHealth::State::Healthy:
        break;
    }
    return Theme::success();
}

// What a scope lets Pitchside do, in words.
QString scopeWords(const QStringList &scopes)
{
    QStringList out;
    for (const QString &s : scopes) {
        if (s.contains(u"publish") || s.contains(u"manage_posts") || s.startsWith(u"w_"))
            out << SocialAccountsCard::tr("publish");
        else if (s.contains(u"insights") || s.contains(u"engagement") || s.startsWith(u"r_"))
            out << SocialAccountsCard::tr("read statistics");
    }
    out.removeDuplicates();
    return out.join(QStringLiteral(", "));
}

} // namespace

SocialAccountsCard::SocialAccountsCard(store::Store &store, QWidget *parent)
    : QFrame(parent), m_store(store),
      m_model(new SocialAccountListModel(store.socialAccounts(), store.hub(), this)), m_rows(new QVBoxLayout),
      m_status(new QLabel(this)), m_stop(new QPushButton(tr("Stop waiting"), this))
{
    setObjectName(QStringLiteral("Card"));
    setMaximumWidth(820);
    auto *title = new QLabel(tr("Social networks"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *intro = new QLabel(tr("Pitchside publishes through these accounts. The server keeps their authorisations: "
                                "no password or key of theirs is stored on this computer."),
                             this);
    intro->setObjectName(QStringLiteral("PageSubtitle"));
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->hide();
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_connect)
            m_connect->cancel();
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop, 0, Qt::AlignTop);
    m_rows->setSpacing(Theme::spacing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    layout->setSpacing(Theme::spacing);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(m_rows);
    layout->addLayout(statusRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SocialAccountsCard::rebuild);
    rebuild();
}

void SocialAccountsCard::setSocialConnect(sync::auth::SocialConnect *connect)
{
    m_connect = connect;
    if (connect) {
        QObject::connect(connect, &sync::auth::SocialConnect::waitingForBrowser, this, [this](const QString &name) {
            say(tr("Finish in your web browser: allow Pitchside to use your %1 account. Waiting…").arg(name), false);
            m_stop->show();
        });
    }
    rebuild();
}

void SocialAccountsCard::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const char *network : kNetworks)
        m_rows->addWidget(rowFor(QString::fromLatin1(network)));
}

QWidget *SocialAccountsCard::rowFor(const QString &platform)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("SocialAccountRow_") + platform);
    auto *icon = new QLabel(row);
    Platform p{};
    if (platformFromKey(platform, &p))
        icon->setPixmap(Icons::platformPixmap(p, 28));
    auto *name = new QLabel(row);
    auto *detail = new QLabel(row);
    detail->setObjectName(QStringLiteral("PageSubtitle"));
    detail->setWordWrap(true);
    auto *health = new QLabel(row);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(name);
    text->addWidget(detail);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Theme::spacing);
    const bool canAsk = m_connect != nullptr;
    const QString notSignedIn = tr("Sign in to your Pitchside account to connect a network.");

    const SocialAccount *account = m_model->forPlatform(platform);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    if (!account) {
        name->setText(platformName(platform));
        detail->setText(tr("Not connected"));
        auto *connectButton = new QPushButton(Icons::ui(QStringLiteral("link")), tr("Connect"), row);
        connectButton->setAccessibleName(tr("Connect %1").arg(platformName(platform)));
        connectButton->setEnabled(canAsk);
        connectButton->setToolTip(canAsk ? tr("Opens %1 in your web browser").arg(platformName(platform)) : notSignedIn);
        connect(connectButton, &QPushButton::clicked, this, [this, platform] { startConnect(platform); });
        buttons->addWidget(connectButton);
    } else {
        const SocialAccountHealth h = SocialAccountHealth::of(*account, Clock::nowUtc());
        name->setText(QStringLiteral("%1 · %2").arg(platformName(platform), account->profileName));
        QStringList lines;
        if (const QString can = scopeWords(account->scopes); !can.isEmpty())
            lines << tr("May %1").arg(can);
        lines << (account->lastUsedAt.isValid() ? tr("last used %1").arg(RelativeTime::describe(account->lastUsedAt.toLocalTime()))
                                                : tr("not used yet"));
        detail->setText(lines.join(QStringLiteral(" · ")));
        health->setText(h.text());
        health->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(healthColor(h.state).name()));
        health->setToolTip(account->expiresAt.isValid()
                               ? tr("The authorisation ends on %1.")
                                     .arg(QLocale().toString(account->expiresAt.toLocalTime(), QLocale::LongFormat))
                               : QString());
        text->addWidget(health);
        const QString id = account->id;
        if (h.state == SocialAccountHealth::State::NeedsReconnect) {
            auto *again = new QPushButton(Icons::ui(QStringLiteral("refresh-cw")), tr("Reconnect"), row);
            again->setEnabled(canAsk);
            again->setToolTip(canAsk ? tr("Opens %1 in your web browser").arg(platformName(platform)) : notSignedIn);
            connect(again, &QPushButton::clicked, this, [this, platform] { startConnect(platform); });
            buttons->addWidget(again);
        } else if (h.state == SocialAccountHealth::State::ExpiresSoon) {
            auto *renewButton = new QPushButton(Icons::ui(QStringLiteral("refresh-cw")), tr("Renew"), row);
            renewButton->setEnabled(canAsk);
            renewButton->setToolTip(canAsk ? tr("Extends the authorisation without leaving Pitchside") : notSignedIn);
            connect(renewButton, &QPushButton::clicked, this, [this, id, platform] { renew(id, platform); });
            buttons->addWidget(renewButton);
        }
        auto *off = new QPushButton(Icons::ui(QStringLiteral("log-out")), tr("Disconnect"), row);
        off->setAccessibleName(tr("Disconnect %1").arg(platformName(platform)));
        const QString shown = name->text();
        connect(off, &QPushButton::clicked, this, [this, id, shown] { disconnectAccount(id, shown); });
        buttons->addWidget(off);
    }
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, Theme::spacing / 2, 0, Theme::spacing / 2);
    layout->setSpacing(Theme::spacing * 2);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);
    return row;
}

void SocialAccountsCard::startConnect(const QString &platform)
{
    if (!m_connect)
        return;
    say(tr("Opening %1 in your web browser…").arg(platformName(platform)), false);
    m_connect->connectAccount(
        platform, [](const QUrl &url) { return QDesktopServices::openUrl(url); },
        [this, platform](const sync::auth::SocialConnect::Result &r) {
            m_stop->hide();
            if (r.ok()) {
                say(tr("%1 is connected.").arg(platformName(platform)), false);
                Q_EMIT syncRequested();
            } else if (r.problem == sync::auth::SocialConnect::Result::Problem::Cancelled) {
                m_status->hide();
            } else {
                say(r.message, true);
            }
        });
}

void SocialAccountsCard::renew(const QString &id, const QString &platform)
{
    if (!m_connect)
        return;
    say(tr("Renewing the %1 authorisation…").arg(platformName(platform)), false);
    m_connect->renew(id, platform, [this, platform](const sync::auth::SocialConnect::Result &r) {
        if (r.ok()) {
            say(tr("The %1 authorisation is renewed.").arg(platformName(platform)), false);
            Q_EMIT syncRequested();
        } else {
            say(r.message, true);
        }
    });
}

void SocialAccountsCard::disconnectAccount(const QString &id, const QString &name)
{
    QMessageBox box(QMessageBox::Question, tr("Disconnect %1?").arg(name),
                    tr("Pitchside will no longer publish to %1. Scheduled posts for this network will fail until "
                       "you connect it again.")
                        .arg(name),
                    QMessageBox::Cancel, this);
    QPushButton *yes = box.addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    if (const store::StoreError e = m_store.socialAccounts().disconnect(id)) {
        say(tr("The account could not be disconnected: %1").arg(e.detail), true);
        return;
    }
    say(tr("%1 is disconnected. The server forgets its authorisation at the next sync.").arg(name), false);
    Q_EMIT syncRequested();
}

void SocialAccountsCard::say(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(Theme::danger().name()) : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace pitchside::ui
