#pragma once

#include "models/Platform.h"

#include <QMap>
#include <QScrollArea>

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class MediaThumbnails;
class PreviewCard;

// The post as each chosen network will show it, side by side (scrolling
// sideways when the window is narrow).
class PostPreview : public QScrollArea
{
    Q_OBJECT
public:
    PostPreview(store::Store &store, MediaThumbnails &thumbnails, QWidget *parent = nullptr);

    struct Input
    {
        QString profileName;
        QString content;
        QStringList hashtags;
        QString firstComment;
        QStringList mediaIds;
        Platforms platforms;
    };
    void setInput(const Input &input);
    PreviewCard *card(Platform platform) const { return m_cards.value(platform); }

private:
    void refreshPictures();

    store::Store &m_store;
    MediaThumbnails &m_thumbnails;
    QMap<Platform, PreviewCard *> m_cards;
    Input m_input;
    QStringList m_picturesFor;
    QList<QPixmap> m_pictures;
};

} // namespace pitchside::ui
