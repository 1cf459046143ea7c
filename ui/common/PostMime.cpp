#include "PostMime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QStringList>

namespace pitchside::ui::PostMime {

QString type()
{
    return QStringLiteral("application/x-pitchside-post-id");
}

QMimeData *make(const QString &postId)
{
    auto *data = new QMimeData;
    data->setData(type(), postId.toUtf8());
    return data;
}

QString postId(const QMimeData *data)
{
    if (!data || !data->hasFormat(type()))
        return {};
    return QString::fromUtf8(data->data(type())).trimmed();
}

QString mediaType()
{
    return QStringLiteral("application/x-pitchside-media-ids");
}

QStringList mediaIds(const QMimeData *data)
{
    QStringList ids;
    if (!data || !data->hasFormat(mediaType()))
        return ids;
    for (const auto &v : QJsonDocument::fromJson(data->data(mediaType())).array()) {
        if (v.isString() && !v.toString().isEmpty())
            ids << v.toString();
    }
    return ids;
}

} // namespace pitchside::ui::PostMime
