#include "Platform.h"

namespace pitchside {

QString platformKey(Platform platform)
{
    switch (platform) {
    case Platform::LinkedIn:
        return QStringLiteral("linkedin");
    case Platform::Instagram:
        return QStringLiteral("instagram");
    case Platform::Facebook:
        return QStringLiteral("facebook");
    }
    return {};
}

QString platformName(const QString &key)
{
    Platform p;
    return platformFromKey(key, &p) ? platformName(p) : key;
}

bool platformFromKey(const QString &key, Platform *platform)
{
    for (Platform p : AllPlatforms) {
        if (platformKey(p) == key) {
            *platform = p;
            return true;
        }
    }
    return false;
}

QStringList platformKeys(Platforms platforms)
{
    QStringList keys;
    for (Platform p : AllPlatforms) {
        if (platforms.testFlag(p))
            keys << platformKey(p);
    }
    return keys;
}

Platforms platformsFromKeys(const QStringList &keys, QStringList *unknown)
{
    Platforms result;
    for (const QString &key : keys) {
        Platform p;
        if (platformFromKey(key, &p))
            result |= p;
        else if (unknown)
            *unknown << key;
    }
    return result;
}

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::LinkedIn:
        return QStringLiteral("LinkedIn");
    case Platform::Instagram:
        return QStringLiteral("Instagram");
    case Platform::Facebook:
        return QStringLiteral("Facebook");
    }
    return {};
}

} // namespace pitchside
