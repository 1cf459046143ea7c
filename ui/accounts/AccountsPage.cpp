#include "AccountsPage.h"

#include "SocialAccountsCard.h"

#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/RelativeTime.h"
#include "../common/Theme.h"
#include "models/AccountListModel.h"
#include "models/store/Store.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace pitchside::ui {

namespace {

QFrame *card(QWidget *parent)
{
    auto *c = new QFrame(parent);
    c->setObjectName(QStringLiteral("Card"));
    c->setMaximumWidth(820);
    return c;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// Two lines per account, the active one marked.
class AccountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool active = index.data(AccountListModel::ActiveRole).toBool();
        option->text = index.data(Qt::DisplayRole).toString() + QChar(QChar::LineSeparator)
                       + QStringLiteral("%1 · %2").arg(index.data(AccountListModel::EmailRole).toString(),
                                                       QUrl(index.data(AccountListModel::ServerRole).toString()).host());
        option->icon = Icons::ui(active ? QStringLiteral("circle-check") : QStringLiteral("user-round"),
                                 active ? Theme::success() : Theme::mutedText());
        option->decorationSize = QSize(20, 20);
        option->features |= QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::WrapText;
        if (active)
            option->font.setBold(true);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(qMax(s.height() + Theme::spacing, 48));
        return s;
    }
};

} // namespace

AccountsPage::AccountsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_name(new QLabel(this)), m_detail(new QLabel(this)),
      m_storage(new QLabel(this)), m_counts(new QLabel(this)), m_sync(new QLabel(this)),
      m_keychainWarning(new QLabel(this)), m_list(new QListView(this)), m_listEmpty(new QLabel(this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("Each account keeps its own data on this computer; you can switch between them."));

    // The account this window works on.
    auto *current = card(this);
    auto *icon = new QLabel(current);
    icon->setPixmap(Icons::uiPixmap(QStringLiteral("user-round"), 40, Theme::accent()));
    QFont nameFont = font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    for (QLabel *l : {m_detail, m_storage, m_counts, m_sync, m_keychainWarning}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_storage->setObjectName(QStringLiteral("PageSubtitle"));
    m_detail->setObjectName(QStringLiteral("PageSubtitle"));
    m_keychainWarning->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::warning().name()));
    m_keychainWarning->setText(tr("No secure storage available on this computer: Pitchside cannot keep you signed in. "
                                  "You will be asked for your password at the next start; nothing is written to "
                                  "disk."));
    m_keychainWarning->hide();

    m_syncNow = new QPushButton(Icons::ui(QStringLiteral("refresh-cw")), tr("Sync now"), current);
    m_syncNow->setToolTip(tr("Send your changes and get the latest from the server (Ctrl+R)"));
    m_pending = new QPushButton(Icons::ui(QStringLiteral("list-checks")), tr("Pending changes…"), current);
    auto *openFolder = new QPushButton(Icons::ui(QStringLiteral("folder-open")), tr("Show data folder"), current);
    connect(m_syncNow, &QPushButton::clicked, this, &AccountsPage::syncRequested);
    connect(m_pending, &QPushButton::clicked, this, &AccountsPage::pendingRequested);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_context.store.path()).absolutePath()));
    });
    auto *actions = new QHBoxLayout;
    actions->setSpacing(Theme::spacing);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_pending);
    actions->addWidget(openFolder);
    actions->addStretch(1);

    auto *text = new QVBoxLayout;
    text->setSpacing(Theme::spacing / 2);
    text->addWidget(m_name);
    text->addWidget(m_detail);
    text->addWidget(m_counts);
    text->addWidget(m_sync);
    text->addWidget(m_storage);
    text->addWidget(m_keychainWarning);
    text->addSpacing(Theme::spacing);
    text->addLayout(actions);
    auto *currentLayout = new QHBoxLayout(current);
    currentLayout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    currentLayout->setSpacing(Theme::spacing * 2);
    currentLayout->addWidget(icon, 0, Qt::AlignTop);
    currentLayout->addLayout(text, 1);

    // The accounts of this computer.
    auto *others = card(this);
    m_list->setItemDelegate(new AccountDelegate(m_list));
    m_list->setAccessibleName(tr("Accounts on this computer"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setMaximumHeight(300);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setObjectName(QStringLiteral("PageSubtitle"));
    m_listEmpty->setText(tr("No account yet. Your posts are kept on this computer only until you sign in; then you "
                            "can move them into your account."));
    m_switch = new QPushButton(Icons::ui(QStringLiteral("arrow-up-down")), tr("Switch to"), others);
    m_signOut = new QPushButton(Icons::ui(QStringLiteral("log-out")), tr("Sign out"), others);
    m_add = new QPushButton(Icons::ui(QStringLiteral("user-plus")), tr("Add an account"), others);
    connect(m_switch, &QPushButton::clicked, this, [this] { Q_EMIT switchRequested(selectedKey()); });
    connect(m_signOut, &QPushButton::clicked, this, [this] { Q_EMIT signOutRequested(selectedKey()); });
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccountRequested);
    connect(m_list, &QListView::doubleClicked, this, [this] {
        if (m_switch->isEnabled())
            Q_EMIT switchRequested(selectedKey());
    });
    auto *listButtons = new QHBoxLayout;
    listButtons->setSpacing(Theme::spacing);
    listButtons->addWidget(m_switch);
    listButtons->addWidget(m_signOut);
    listButtons->addStretch(1);
    listButtons->addWidget(m_add);
    auto *othersLayout = new QVBoxLayout(others);
    othersLayout->setContentsMargins(Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2, Theme::spacing * 2);
    othersLayout->setSpacing(Theme::spacing);
    othersLayout->addWidget(heading(tr("Accounts on this computer"), others));
    othersLayout->addWidget(m_list);
    othersLayout->addWidget(m_listEmpty);
    othersLayout->addLayout(listButtons);

    // The networks Pitchside publishes to, for this account.
    m_social = new SocialAccountsCard(m_context.store, this);
    connect(m_social, &SocialAccountsCard::syncRequested, this, &AccountsPage::syncRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    // Three cards do not fit a 768-pixel-high laptop screen: they scroll.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *body = new QVBoxLayout(content);
    body->setContentsMargins(Theme::spacing * 3, Theme::spacing, Theme::spacing * 3, Theme::spacing * 2);
    body->setSpacing(Theme::spacing * 2);
    body->addWidget(current);
    body->addWidget(m_social);
    body->addWidget(others);
    body->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    // A sync announces several kinds of change at once: refresh once.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_context.store.hub(), &store::ChangeHub::changed, debounce, qOverload<>(&QTimer::start));
    setAccounts(nullptr, {});
}

void AccountsPage::setSocialConnect(sync::auth::SocialConnect *connect)
{
    m_social->setSocialConnect(connect);
}

void AccountsPage::setAccounts(AccountDirectory *directory, const QString &activeKey)
{
    m_directory = directory;
    m_activeKey = activeKey;
    if (directory && !m_model) {
        m_model = new AccountListModel(*directory, this);
        m_list->setModel(m_model);
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccountsPage::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::updateButtons);
    }
    refresh();
}

void AccountsPage::setSyncStatus(const sync::SyncStatus &status)
{
    m_status = status;
    refresh();
}

void AccountsPage::setSecureStorage(bool available)
{
    m_keychainWarning->setVisible(!available && !m_activeKey.isEmpty());
}

QString AccountsPage::selectedKey() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(AccountListModel::KeyRole).toString() : QString();
}

void AccountsPage::updateButtons()
{
    const QString key = selectedKey();
    m_switch->setEnabled(!key.isEmpty() && key != m_activeKey);
    m_signOut->setEnabled(!key.isEmpty());
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_listEmpty->setVisible(empty);
    m_switch->setVisible(!empty);
    m_signOut->setVisible(!empty);
    m_add->setText(empty ? tr("Sign in") : tr("Add an account"));
}

void AccountsPage::refresh()
{
    const int posts = m_context.store.livePostCount();
    const int pending = m_context.store.outbox().count();
    m_name->setText(m_context.accountName);
    const bool local = m_activeKey.isEmpty();
    if (local) {
        m_detail->setText(tr("Not signed in: everything stays on this computer."));
    } else if (m_directory) {
        if (const auto account = m_directory->find(m_activeKey))
            m_detail->setText(tr("%1 on %2").arg(account->email, account->server));
    }
    m_counts->setText(tr("%1 · %2 waiting to be sent to the server")
                          .arg(tr("%n post(s)", nullptr, posts), tr("%n change(s)", nullptr, pending)));
    QString syncText;
    switch (m_status.state) {
    case sync::SyncStatus::State::Syncing:
        syncText = tr("Syncing…");
        break;
    case sync::SyncStatus::State::Stopped:
        syncText = tr("Not connected to the server yet.");
        break;
    case sync::SyncStatus::State::Offline:
    case sync::SyncStatus::State::Error:
    case sync::SyncStatus::State::SignInRequired:
        syncText = m_status.message;
        break;
    case sync::SyncStatus::State::Idle:
        syncText = m_status.lastSyncAtMs
                       ? tr("Last synced %1").arg(RelativeTime::describe(QDateTime::fromMSecsSinceEpoch(m_status.lastSyncAtMs)))
                       : tr("Not synced yet.");
        break;
    }
    m_sync->setText(local ? QString() : syncText);
    m_sync->setVisible(!local && !syncText.isEmpty());
    m_syncNow->setVisible(!local);
    m_pending->setEnabled(pending > 0);
    m_storage->setText(tr("Stored in %1").arg(QDir::toNativeSeparators(m_context.store.path())));
    if (m_model) {
        const int rows = m_model->rowCount();
        for (int r = 0; r < rows && !m_list->currentIndex().isValid(); ++r) {
            if (m_model->index(r).data(AccountListModel::ActiveRole).toBool())
                m_list->setCurrentIndex(m_model->index(r));
        }
    }
    updateButtons();
}

} // namespace pitchside::ui
