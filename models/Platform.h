#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace pitchside {

// The social networks a post can go to. Stored as a bit mask in SQLite.
enum class Platform : int {
    LinkedIn = 1,
    Instagram = 2,
    Facebook = 4,
};
Q_DECLARE_FLAGS(Platforms, Platform)
Q_DECLARE_OPERATORS_FOR_FLAGS(Platforms)

inline constexpr Platform AllPlatforms[] = {Platform::LinkedIn, Platform::Instagram, Platform::Facebook};

// Wire names: "linkedin", "instagram", "facebook".
QString platformKey(Platform platform);
bool platformFromKey(const QString &key, Platform *platform);
QStringList platformKeys(Platforms platforms);
Platforms platformsFromKeys(const QStringList &keys, QStringList *unknown = nullptr);

// Display name (brand names are not translated).
QString platformName(Platform platform);
// The same from a wire name; an unknown key is shown as it is.
QString platformName(const QString &key);

} // namespace pitchside
