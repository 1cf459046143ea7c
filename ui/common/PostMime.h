#pragma once

#include <QString>

class QMimeData;

namespace pitchside::ui::PostMime {

// Dragging a post (from the calendar, the drafts tray or the editor's list)
// carries its id under this type.
QString type(); // application/x-pitchside-post-id
QMimeData *make(const QString &postId);
QString postId(const QMimeData *data); // empty when it carries no post

// Media dragged from the library (issue 6's MediaGridModel makes it): a JSON
// array of media ids.
QString mediaType(); // application/x-pitchside-media-ids
QStringList mediaIds(const QMimeData *data);

} // namespace pitchside::ui::PostMime
