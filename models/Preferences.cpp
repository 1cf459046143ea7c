#include "Preferences.h"

#include "PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#include <QDir>

namespace pitchside {

namespace {
const QString kBackendUrl = QStringLiteral("backend/url");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kSyncInterval = QStringLiteral("sync/intervalMinutes");
const QString kLastPage = QStringLiteral("ui/lastPage");
const QString kWelcomeAnswered = QStringLiteral("ui/welcomeAnswered");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kState = QStringLiteral("ui/windowState");
} // namespace

Preferences::Preferences(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
}

std::unique_ptr<QSettings> Preferences::makeSettings(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return std::make_unique<QSettings>();
    // Made 0600 before QSettings writes it: its atomic saves keep the
    // permissions of the file they replace (email, server and user id).
    PrivateFiles::makeDir(dataDir);
    const QString path = QDir(dataDir).filePath(QStringLiteral("settings.ini"));
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.close();
    }
    PrivateFiles::restrict(path);
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

QString Preferences::backendUrl() const
{
    return m_settings->value(kBackendUrl, QStringLiteral("http://127.0.0.1:8765")).toString();
}

void Preferences::setBackendUrl(const QString &url)
{
    if (url == backendUrl())
        return;
    m_settings->setValue(kBackendUrl, url);
    Q_EMIT backendUrlChanged(url);
}

QString Preferences::language() const
{
    const QString value = m_settings->value(kLanguage, QStringLiteral("system")).toString();
    return value == u"fr" || value == u"en" ? value : QStringLiteral("system");
}

void Preferences::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(kLanguage, language);
    Q_EMIT languageChanged(language);
}

QString Preferences::theme() const
{
    const QString value = m_settings->value(kTheme, QStringLiteral("system")).toString();
    return value == u"light" || value == u"dark" ? value : QStringLiteral("system");
}

void Preferences::setTheme(const QString &theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(kTheme, theme);
    Q_EMIT themeChanged(theme);
}

int Preferences::syncIntervalMinutes() const
{
    return qBound(0, m_settings->value(kSyncInterval, 5).toInt(), 24 * 60);
}

void Preferences::setSyncIntervalMinutes(int minutes)
{
    if (minutes == syncIntervalMinutes())
        return;
    m_settings->setValue(kSyncInterval, minutes);
    Q_EMIT syncIntervalChanged(minutes);
}

QString Preferences::lastPage() const
{
    return m_settings->value(kLastPage, QStringLiteral("calendar")).toString();
}

bool Preferences::welcomeAnswered() const
{
    return m_settings->value(kWelcomeAnswered, false).toBool();
}

void Preferences::setWelcomeAnswered(bool answered)
{
    m_settings->setValue(kWelcomeAnswered, answered);
}

void Preferences::setLastPage(const QString &page)
{
    m_settings->setValue(kLastPage, page);
}

QByteArray Preferences::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Preferences::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue(kGeometry, geometry);
    m_settings->setValue(kState, state);
}

QVariant Preferences::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Preferences::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

} // namespace pitchside
