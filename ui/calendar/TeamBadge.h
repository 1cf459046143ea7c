#pragma once

#include "models/Match.h"

#include <QPixmap>

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class MediaThumbnails;

// A team's logo as a round badge: the library picture its logo_url points
// to (/api/media/{id}/…) when this computer has it, otherwise the team's
// initials on a colour of its own, so two teams never look alike.
namespace TeamBadge {

QPixmap pixmap(const TeamInfo &team, int size, store::Store *store = nullptr, MediaThumbnails *thumbnails = nullptr);
QString initials(const QString &name); // "FC Vaulx-en-Velin" -> "FV"
// The media id a logo address names, or empty.
QString mediaIdOf(const QString &logoUrl);
QString logoUrlFor(const QString &mediaId);

} // namespace TeamBadge

} // namespace pitchside::ui
