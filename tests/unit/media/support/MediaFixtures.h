#pragma once

// Test fixtures for the media library: realistic generated photos (match
// days: pitch, stands, floodlights, scoreboards, players) and MP4/MOV files
// with real box structure. Used by the unit, UI and integration tests, the
// benchmarks and the documentation screenshots — never by the product.
#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace fixtures {

// A match-day picture, different for each seed.
QImage photo(int seed, QSize size = QSize(1080, 1350));
// Encodes an image: "jpg", "png" or "webp".
QByteArray encode(const QImage &image, const char *format, int quality = 88);
// Writes bytes to a file (creating folders); false on failure.
bool write(const QString &path, const QByteArray &bytes);

struct Movie
{
    QByteArray brand = "isom";   // ftyp major brand ("qt  " for MOV); empty: no ftyp (old QuickTime)
    quint32 timescale = 600;
    quint64 duration = 600 * 42; // in timescale units
    bool version1 = false;       // 64-bit mvhd/tkhd
    int width = 1920;
    int height = 1080;
    bool rotate90 = false;       // a portrait phone video
    bool moovFirst = false;      // "fast start"
    qint64 mediaBytes = 200000;  // size of the mdat payload
    bool largeSizeMdat = false;  // mdat with a 64-bit size
    int seed = 1;
};
// A structurally valid MP4/MOV (no playable samples: nothing here decodes video).
QByteArray movie(const Movie &m);

} // namespace fixtures
