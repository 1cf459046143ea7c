#pragma once

#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

namespace pitchside {

class Preferences;

// One account this computer knows: a user on a server. Its store lives in
// store::AccountLocation::accountDir(dataRoot, key); its tokens only in the
// OS keychain, never here.
struct AccountInfo
{
    QString key;    // store::AccountLocation::keyFor(server, userId)
    QString server; // normalised base URL
    QString userId;
    QString email;
    QString name;   // the user's display name
    qint64 addedAtMs = 0;

    QString displayName() const { return name.isEmpty() ? email : name; }
};

// The accounts and which one is active, kept in the preferences (the INI
// file of --data-dir, or native settings), so that the app and
// pitchside-cli on the same data directory agree on the active account.
class AccountDirectory : public QObject
{
    Q_OBJECT
public:
    explicit AccountDirectory(Preferences &preferences, QObject *parent = nullptr);

    QVector<AccountInfo> accounts() const;
    std::optional<AccountInfo> find(const QString &key) const;
    // The account whose server and email match, if any (sign-in of a known user).
    std::optional<AccountInfo> findByLogin(const QString &server, const QString &email) const;

    // Adds or updates an account.
    void save(const AccountInfo &account);
    void remove(const QString &key);

    // Empty when the local (not signed-in) store is in use.
    QString activeKey() const;
    std::optional<AccountInfo> active() const;
    void setActive(const QString &key);

    // Re-reads the settings file (another process may have changed it).
    void reload();

Q_SIGNALS:
    void changed();

private:
    Preferences &m_preferences;
};

} // namespace pitchside
