#include "NetworkMediaRules.h"

namespace pitchside::media {

namespace {

NetworkMediaRules instagram()
{
    NetworkMediaRules r;
    r.platform = Platform::Instagram;
    // Instagram Graph API, Content Publishing, "Image specifications"
    // (developers.facebook.com/docs/instagram-platform/content-publishing):
    // JPEG only, 8 MB at most, aspect ratio 4:5 to 1.91:1, 320 to 1440 px
    // wide (wider is scaled down).
    r.minAspect = 4.0 / 5.0;
    r.maxAspect = 1.91;
    r.imageMimeTypes = {QStringLiteral("image/jpeg")};
    r.maxImageBytes = 8LL * 1024 * 1024;
    r.maxImageWidth = 1440;
    // Same page, "Reel specifications": MOV or MP4, 3 s to 15 min, 300 MB
    // at most, aspect ratio 0.01:1 to 10:1 (9:16 recommended).
    r.minVideoMs = 3000;
    r.maxVideoMs = 15LL * 60 * 1000;
    r.maxVideoBytes = 300LL * 1024 * 1024;
    r.minVideoAspect = 0.01;
    r.maxVideoAspect = 10.0;
    return r;
}

NetworkMediaRules facebook()
{
    NetworkMediaRules r;
    r.platform = Platform::Facebook;
    // Graph API, Page photos (developers.facebook.com/docs/graph-api/
    // reference/page/photos): "less than 4 MB", JPEG, PNG, GIF, TIFF, HEIF
    // or WebP; no aspect-ratio limit.
    r.imageMimeTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/webp")};
    r.maxImageBytes = 4LL * 1024 * 1024;
    // Video API, "Video publishing": up to 10 GB and 240 minutes, at
    // least 1 s (the library's own 100 MB limit is lower).
    r.minVideoMs = 1000;
    r.maxVideoMs = 240LL * 60 * 1000;
    r.maxVideoBytes = 10LL * 1024 * 1024 * 1024;
    return r;
}

NetworkMediaRules linkedIn()
{
    NetworkMediaRules r;
    r.platform = Platform::LinkedIn;
    // LinkedIn Marketing API, Images API (learn.microsoft.com/linkedin/
    // marketing/community-management/shares/images-api): JPG, GIF or PNG,
    // at most 36,152,320 pixels; no aspect-ratio limit for a feed image.
    r.imageMimeTypes = {QStringLiteral("image/jpeg"), QStringLiteral("image/png")};
    r.maxImageBytes = 8LL * 1024 * 1024 * 1024; // no byte limit stated: the pixel limit applies
    r.maxImagePixels = 36152320;
    // Videos API (…/shares/videos-api): MP4, 3 s to 30 min, 75 KB to
    // 500 MB, aspect ratio 1:2.4 to 2.4:1.
    r.minVideoMs = 3000;
    r.maxVideoMs = 30LL * 60 * 1000;
    r.maxVideoBytes = 500LL * 1024 * 1024;
    r.minVideoAspect = 1.0 / 2.4;
    r.maxVideoAspect = 2.4;
    return r;
}

} // namespace

const NetworkMediaRules &rulesFor(Platform platform)
{
    static const NetworkMediaRules kInstagram = instagram();
    static const NetworkMediaRules kFacebook = facebook();
    static const NetworkMediaRules kLinkedIn = linkedIn();
    switch (platform) {
    case Platform::Instagram:
        return kInstagram;
    case Platform::LinkedIn:
        return kLinkedIn;
    case Platform::Facebook:
        break;
    }
    return kFacebook;
}

} // namespace pitchside::media
