#pragma once

#include "models/Platform.h"

#include <QStringList>

namespace pitchside::media {

// What each network accepts in a post's photos and videos, kept in one
// place (NetworkMediaRules.cpp says where each figure comes from). The
// editor's pre-flight checks a post's media against them before it is
// scheduled, so that no post is refused for media a desktop could fix.
struct NetworkMediaRules
{
    Platform platform = Platform::Facebook;

    // Photos.
    double minAspect = 0; // width / height; 0: no lower limit
    double maxAspect = 0; // 0: no upper limit
    QStringList imageMimeTypes; // what the network takes (others are converted to JPEG)
    qint64 maxImageBytes = 0;
    qint64 maxImagePixels = 0; // 0: no limit
    int maxImageWidth = 0;     // wider is scaled down by the network (or by the fix); 0: none

    // Videos.
    qint64 minVideoMs = 0;
    qint64 maxVideoMs = 0;
    qint64 maxVideoBytes = 0;
    double minVideoAspect = 0;
    double maxVideoAspect = 0;
};

const NetworkMediaRules &rulesFor(Platform platform);

} // namespace pitchside::media
