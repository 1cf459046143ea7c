#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

namespace pitchside {

// The user's settings, over QSettings: native storage normally, an INI file
// in the data directory when one is given (--data-dir), so that a test or a
// second profile never touches the user's own settings.
class Preferences : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(std::unique_ptr<QSettings> settings, QObject *parent = nullptr);

    // Native QSettings, or <dataDir>/settings.ini when dataDir is not empty.
    static std::unique_ptr<QSettings> makeSettings(const QString &dataDir);

    QString backendUrl() const;
    void setBackendUrl(const QString &url);

    QString language() const; // "system", "fr" or "en"
    void setLanguage(const QString &language);

    QString theme() const; // "system", "light" or "dark"
    void setTheme(const QString &theme);

    int syncIntervalMinutes() const; // 0 = only when asked
    void setSyncIntervalMinutes(int minutes);

    QString lastPage() const;
    void setLastPage(const QString &page);

    // The first-run welcome was answered (signed in, or "work without an
    // account"): it is not offered again; Fichier > Se connecter… stays.
    bool welcomeAnswered() const;
    void setWelcomeAnswered(bool answered);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

    QSettings &settings() { return *m_settings; }

Q_SIGNALS:
    void backendUrlChanged(const QString &url);
    void languageChanged(const QString &language);
    void themeChanged(const QString &theme);
    void syncIntervalChanged(int minutes);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pitchside
