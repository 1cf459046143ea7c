#include "AccountDirectory.h"

#include "Clock.h"
#include "Preferences.h"

#include <QDateTime>
#include <QSettings>

#include <algorithm>

namespace pitchside {

namespace {
const QString kGroup = QStringLiteral("accounts");
const QString kActive = QStringLiteral("accountsActive");
} // namespace

AccountDirectory::AccountDirectory(Preferences &preferences, QObject *parent)
    : QObject(parent), m_preferences(preferences)
{
}

void AccountDirectory::reload()
{
    m_preferences.settings().sync();
}

QVector<AccountInfo> AccountDirectory::accounts() const
{
    QSettings &s = m_preferences.settings();
    QVector<AccountInfo> out;
    s.beginGroup(kGroup);
    for (const QString &key : s.childGroups()) {
        s.beginGroup(key);
        AccountInfo a;
        a.key = key;
        a.server = s.value(QStringLiteral("server")).toString();
        a.userId = s.value(QStringLiteral("userId")).toString();
        a.email = s.value(QStringLiteral("email")).toString();
        a.name = s.value(QStringLiteral("name")).toString();
        a.addedAtMs = s.value(QStringLiteral("addedAt")).toLongLong();
        s.endGroup();
        if (!a.server.isEmpty() && !a.userId.isEmpty())
            out.push_back(a);
    }
    s.endGroup();
    std::sort(out.begin(), out.end(), [](const AccountInfo &a, const AccountInfo &b) {
        return a.addedAtMs != b.addedAtMs ? a.addedAtMs < b.addedAtMs : a.key < b.key;
    });
    return out;
}

std::optional<AccountInfo> AccountDirectory::find(const QString &key) const
{
    for (const AccountInfo &a : accounts()) {
        if (a.key == key)
            return a;
    }
    return std::nullopt;
}

std::optional<AccountInfo> AccountDirectory::findByLogin(const QString &server, const QString &email) const
{
    for (const AccountInfo &a : accounts()) {
        if (a.server == server && a.email.compare(email, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

void AccountDirectory::save(const AccountInfo &account)
{
    QSettings &s = m_preferences.settings();
    s.beginGroup(kGroup + QLatin1Char('/') + account.key);
    s.setValue(QStringLiteral("server"), account.server);
    s.setValue(QStringLiteral("userId"), account.userId);
    s.setValue(QStringLiteral("email"), account.email);
    s.setValue(QStringLiteral("name"), account.name);
    const qint64 added = s.value(QStringLiteral("addedAt")).toLongLong();
    s.setValue(QStringLiteral("addedAt"),
               added ? added : (account.addedAtMs ? account.addedAtMs : Clock::nowMs()));
    s.endGroup();
    s.sync();
    Q_EMIT changed();
}

void AccountDirectory::remove(const QString &key)
{
    QSettings &s = m_preferences.settings();
    s.remove(kGroup + QLatin1Char('/') + key);
    if (s.value(kActive).toString() == key)
        s.remove(kActive);
    s.sync();
    Q_EMIT changed();
}

QString AccountDirectory::activeKey() const
{
    const QString key = m_preferences.settings().value(kActive).toString();
    return find(key) ? key : QString();
}

std::optional<AccountInfo> AccountDirectory::active() const
{
    return find(m_preferences.settings().value(kActive).toString());
}

void AccountDirectory::setActive(const QString &key)
{
    QSettings &s = m_preferences.settings();
    if (key.isEmpty())
        s.remove(kActive);
    else
        s.setValue(kActive, key);
    s.sync();
    Q_EMIT changed();
}

} // namespace pitchside
