#pragma once

#include "models/Platform.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace pitchside::ui {

// Interface icons (Lucide, resources/icons/ui) drawn in a colour of the
// current palette, and the platforms' brand marks (Simple Icons) in their
// brand colours. Rendered once per name, colour and size.
namespace Icons {

QIcon ui(const QString &name, const QColor &color = {});
QPixmap uiPixmap(const QString &name, int size, const QColor &color = {});
QIcon platform(Platform platform);
// A sign-in provider's mark in its colour: google, meta, linkedin.
QIcon provider(const QString &key);
QPixmap platformPixmap(Platform platform, int size);
QColor platformColor(Platform platform);
QIcon appIcon();

} // namespace Icons

} // namespace pitchside::ui
