#include "PostPreview.h"

#include "PreviewCard.h"
#include "../common/MediaThumbnails.h"
#include "../common/Theme.h"
#include "models/PostRules.h"
#include "models/store/Store.h"

#include <QHBoxLayout>

namespace pitchside::ui {

PostPreview::PostPreview(store::Store &store, MediaThumbnails &thumbnails, QWidget *parent)
    : QScrollArea(parent), m_store(store), m_thumbnails(thumbnails)
{
    setAccessibleName(tr("Preview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(this);
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::spacing * 2);
    for (Platform p : AllPlatforms) {
        auto *card = new PreviewCard(p, inner);
        m_cards.insert(p, card);
        row->addWidget(card, 0, Qt::AlignTop);
    }
    row->addStretch(1);
    setWidget(inner);
    connect(&m_thumbnails, &MediaThumbnails::ready, this, [this](const QString &id) {
        if (m_input.mediaIds.value(0) == id) {
            m_picturesFor.clear();
            setInput(m_input);
        }
    });
}

void PostPreview::refreshPictures()
{
    // The first picture leads every network's preview; only it is loaded.
    const QString first = m_input.mediaIds.value(0);
    if (m_picturesFor == QStringList{first})
        return;
    m_pictures.clear();
    if (!first.isEmpty()) {
        if (const auto media = m_store.media().find(first)) {
            const QPixmap pixmap = m_thumbnails.thumbnail(*media, 600);
            if (!pixmap.isNull())
                m_pictures << pixmap;
        }
    }
    m_picturesFor = m_pictures.isEmpty() ? QStringList() : QStringList{first};
}

void PostPreview::setInput(const Input &input)
{
    m_input = input;
    refreshPictures();
    PreviewCard::Content content;
    content.profileName = input.profileName;
    content.caption = PostRules::caption(input.content, input.hashtags);
    content.firstComment = input.firstComment;
    content.pictures = m_pictures;
    content.mediaCount = int(input.mediaIds.size());
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        const bool shown = input.platforms.testFlag(it.key());
        it.value()->setVisible(shown);
        if (shown)
            it.value()->setContent(content);
    }
}

} // namespace pitchside::ui
