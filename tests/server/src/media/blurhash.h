// BlurHash encoder (https://blurha.sh, algorithm by Wolt): a short string a
// client decodes into a blurred placeholder while the image loads.
#pragma once

#include <QImage>
#include <QString>

namespace blurhash {

// xComponents and yComponents in 1..9; the image is downscaled first.
QString encode(const QImage &image, int xComponents = 4, int yComponents = 3);

} // namespace blurhash
