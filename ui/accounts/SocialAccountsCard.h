#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace pitchside {
class SocialAccountListModel;
namespace store {
class Store;
}
namespace sync::auth {
class SocialConnect;
}
} // namespace pitchside

namespace pitchside::ui {

// "Social networks" on the Accounts page: LinkedIn, Facebook and Instagram,
// each connected (its name, how long its authorisation lasts, what it may
// do, when it was last used) or not, with Connect, Renew, Reconnect and
// Disconnect. Connecting goes through the browser (SocialConnect); the
// list itself is the store's, so it shows offline too.
class SocialAccountsCard : public QFrame
{
    Q_OBJECT
public:
    SocialAccountsCard(store::Store &store, QWidget *parent = nullptr);

    // Null while signed out or on the local store: the buttons say why.
    void setSocialConnect(sync::auth::SocialConnect *connect);

Q_SIGNALS:
    void syncRequested(); // after a connection: bring the new account

private:
    void rebuild();
    QWidget *rowFor(const QString &platform);
    void startConnect(const QString &platform);
    void renew(const QString &id, const QString &platform);
    void disconnectAccount(const QString &id, const QString &name);
    void say(const QString &text, bool problem);

    store::Store &m_store;
    SocialAccountListModel *m_model;
    QPointer<sync::auth::SocialConnect> m_connect;
    QVBoxLayout *m_rows;
    QLabel *m_status;
    QPushButton *m_stop;
};

} // namespace pitchside::ui
