// The demo's generated visuals: one QPainter poster per image key
// ("fixture:3:j3:club", "event:2", "club|theme:sponsor:1"), rendered on all
// cores, with their variants and blur hash.
#pragma once

#include "media/image_variants.h"
#include "seed/demo_world.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace demo {

struct RenderedImage {
    QString key;
    QString filename;
    QStringList tags;
    QString altText;
    QByteArray bytes;
    media::Processed processed;
};

QList<RenderedImage> renderImages(const QStringList &keys, const QList<Fixture> &fixtures,
                                  const QList<Event> &events);

} // namespace demo
