#include "MediaFormat.h"

#include <QtEndian>

#include <array>

namespace pitchside::media {

namespace {

using Kind = Format::Kind;

bool startsWith(const QByteArray &head, const char *magic, qsizetype size)
{
    return head.size() >= size && memcmp(head.constData(), magic, size_t(size)) == 0;
}

// ISO base media files: brands of the ftyp box. The major brand says what
// the file wants to be; compatible brands rescue unusual major brands
// written by phones and editors.
Format sniffIsoBmff(const QByteArray &head)
{
    const quint32 boxSize = qFromBigEndian<quint32>(head.constData());
    const qsizetype end = qMin<qsizetype>(head.size(), boxSize >= 16 ? qsizetype(boxSize) : 16);
    QList<QByteArray> brands{head.mid(8, 4)};
    for (qsizetype at = 16; at + 4 <= end; at += 4)
        brands << head.mid(at, 4);

    // Still images (HEIF, AVIF) and audio share the container: refuse them by
    // their major brand, or by HEIF's structural brands when the major brand
    // is not a video one.
    static const std::array<const char *, 7> stills{"heic", "heix", "mif1", "msf1", "avif", "avis", "heim"};
    for (const char *b : stills) {
        if (brands.constFirst() == b)
            return {Kind::Unknown, QStringLiteral("HEIC/AVIF")};
    }
    if (brands.constFirst() == "M4A " || brands.constFirst() == "M4B ")
        return {Kind::Unknown, QStringLiteral("M4A")};
    if (brands.constFirst().startsWith("3g"))
        return {Kind::Unknown, QStringLiteral("3GP")};
    if (brands.constFirst() == "qt  ")
        return {Kind::QuickTime, {}};
    if ((brands.contains("mif1") || brands.contains("msf1")) && brands.constFirst() != "isom"
        && brands.constFirst() != "mp42" && brands.constFirst() != "qt  ")
        return {Kind::Unknown, QStringLiteral("HEIC/AVIF")};
    static const std::array<const char *, 16> mp4{"isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso8", "mp41",
                                                  "mp42", "avc1", "M4V ", "M4VP", "MSNV", "dash", "mmp4", "f4v "};
    for (const char *b : mp4) {
        if (brands.contains(b))
            return {Kind::Mp4, {}};
    }
    if (brands.contains("qt  "))
        return {Kind::QuickTime, {}};
    return {Kind::Unknown, QStringLiteral("ISO media (%1)").arg(QString::fromLatin1(brands.constFirst()).trimmed())};
}

} // namespace

Media::Type Format::type() const
{
    return kind == Kind::Mp4 || kind == Kind::QuickTime ? Media::Type::Video : Media::Type::Image;
}

QString Format::mimeType() const
{
    switch (kind) {
    case Kind::Png:
        return QStringLiteral("image/png");
    case Kind::Jpeg:
        return QStringLiteral("image/jpeg");
    case Kind::WebP:
        return QStringLiteral("image/webp");
    case Kind::Mp4:
        return QStringLiteral("video/mp4");
    case Kind::QuickTime:
        return QStringLiteral("video/quicktime");
    case Kind::Unknown:
        break;
    }
    return {};
}

QString Format::extension() const
{
    switch (kind) {
    case Kind::Png:
        return QStringLiteral("png");
    case Kind::Jpeg:
        return QStringLiteral("jpg");
    case Kind::WebP:
        return QStringLiteral("webp");
    case Kind::Mp4:
        return QStringLiteral("mp4");
    case Kind::QuickTime:
        return QStringLiteral("mov");
    case Kind::Unknown:
        break;
    }
    return {};
}

Format sniffFormat(const QByteArray &head)
{
    if (startsWith(head, "\x89PNG\r\n\x1a\n", 8))
        return {Kind::Png, {}};
    if (startsWith(head, "\xFF\xD8\xFF", 3))
        return {Kind::Jpeg, {}};
    if (head.size() >= 12 && startsWith(head, "RIFF", 4) && head.mid(8, 4) == "WEBP")
        return {Kind::WebP, {}};
    if (head.size() >= 12 && head.mid(4, 4) == "ftyp")
        return sniffIsoBmff(head);
    // QuickTime files from before ftyp existed begin with one of these atoms.
    if (head.size() >= 8) {
        const QByteArray atom = head.mid(4, 4);
        if (atom == "moov" || atom == "mdat" || atom == "wide" || atom == "pnot")
            return {Kind::QuickTime, {}};
    }

    // Recognised but refused: name it, so the message can say what it was.
    struct Known
    {
        const char *magic;
        qsizetype size;
        const char *name;
    };
    static const std::array<Known, 10> known{{{"GIF87a", 6, "GIF"},
                                              {"GIF89a", 6, "GIF"},
                                              {"%PDF", 4, "PDF"},
                                              {"PK\x03\x04", 4, "ZIP"},
                                              {"BM", 2, "BMP"},
                                              {"II*\0", 4, "TIFF"},
                                              {"MM\0*", 4, "TIFF"},
                                              {"\x1A\x45\xDF\xA3", 4, "WebM/MKV"},
                                              {"ID3", 3, "MP3"},
                                              {"8BPS", 4, "PSD"}}};
    for (const Known &k : known) {
        if (startsWith(head, k.magic, k.size))
            return {Kind::Unknown, QString::fromLatin1(k.name)};
    }
    if (head.size() >= 12 && startsWith(head, "RIFF", 4))
        return {Kind::Unknown, QString::fromLatin1(head.mid(8, 4)).trimmed()};
    return {};
}

qint64 sizeLimit(Media::Type type)
{
    return type == Media::Type::Video ? kVideoLimitBytes : kImageLimitBytes;
}

Format formatFromMime(const QString &mimeType)
{
    for (Kind k : {Kind::Png, Kind::Jpeg, Kind::WebP, Kind::Mp4, Kind::QuickTime}) {
        if (Format{k, {}}.mimeType() == mimeType)
            return {k, {}};
    }
    return {};
}

} // namespace pitchside::media
