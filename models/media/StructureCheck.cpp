#include "StructureCheck.h"

#include <QtEndian>

#include <cstring>

namespace pitchside::media {

namespace {

constexpr qint64 kMaxMovieBox = 64LL * 1024 * 1024;

// JPEG parser states.
enum JpegState { JpegSoi, JpegMarkerStart, JpegMarkerCode, JpegLength, JpegSkip, JpegEntropy, JpegEntropyFF };
// PNG parser states.
enum PngState { PngSignature, PngChunkHeader, PngChunkBody };

} // namespace

void StructureCheck::feed(const char *data, qsizetype size)
{
    if (size <= 0 || m_damaged)
        return;
    switch (m_kind) {
    case Format::Kind::Jpeg:
        if (!m_done)
            feedJpeg(data, size);
        break;
    case Format::Kind::Png:
        if (!m_done)
            feedPng(data, size);
        break;
    case Format::Kind::Mp4:
    case Format::Kind::QuickTime:
        feedIsoBmff(data, size);
        break;
    case Format::Kind::WebP:
        if (m_header.size() < 12)
            m_header.append(data, qMin<qsizetype>(size, 12 - m_header.size()));
        break;
    case Format::Kind::Unknown:
        m_damaged = true;
        break;
    }
    m_total += size;
}

void StructureCheck::jpegMarker(quint8 code)
{
    if (code == 0xFF) {
        m_state = JpegMarkerCode; // fill byte
    } else if (code == 0xD9) {
        m_done = true; // end of image; whatever follows (some cameras pad) is ignored
    } else if ((code >= 0xD0 && code <= 0xD7) || code == 0x01) {
        m_state = JpegMarkerStart; // markers without a length
    } else if (code == 0x00 || code == 0xD8) {
        m_damaged = true;
    } else {
        m_sos = code == 0xDA;
        m_header.clear();
        m_state = JpegLength;
    }
}

void StructureCheck::feedJpeg(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const quint8 *>(data);
    const quint8 *end = p + size;
    while (p < end && !m_done && !m_damaged) {
        switch (m_state) {
        case JpegSoi:
            // The sniffer saw FF D8; count them off.
            m_header.append(char(*p++));
            if (m_header.size() == 2) {
                if (quint8(m_header.at(0)) != 0xFF || quint8(m_header.at(1)) != 0xD8)
                    m_damaged = true;
                m_state = JpegMarkerStart;
            }
            break;
        case JpegMarkerStart:
            // Decoders skip stray bytes before a marker; so do we.
            if (*p++ == 0xFF)
                m_state = JpegMarkerCode;
            break;
        case JpegMarkerCode:
            jpegMarker(*p++);
            break;
        case JpegLength:
            m_header.append(char(*p++));
            if (m_header.size() == 2) {
                const int length = (quint8(m_header.at(0)) << 8) | quint8(m_header.at(1));
                if (length < 2) {
                    m_damaged = true;
                    break;
                }
                m_skip = length - 2;
                m_state = JpegSkip;
            }
            break;
        case JpegSkip: {
            const qint64 take = qMin<qint64>(m_skip, end - p);
            p += take;
            m_skip -= take;
            if (m_skip == 0)
                m_state = m_sos ? JpegEntropy : JpegMarkerStart;
            break;
        }
        case JpegEntropy: {
            // Inside compressed data a 0xFF is always followed by 0x00 or a
            // restart marker; anything else is the next segment.
            const void *ff = std::memchr(p, 0xFF, size_t(end - p));
            if (!ff) {
                p = end;
                break;
            }
            p = static_cast<const quint8 *>(ff) + 1;
            m_state = JpegEntropyFF;
            break;
        }
        case JpegEntropyFF: {
            const quint8 c = *p++;
            if (c == 0x00 || (c >= 0xD0 && c <= 0xD7))
                m_state = JpegEntropy;
            else if (c != 0xFF)
                jpegMarker(c);
            break;
        }
        }
    }
}

void StructureCheck::feedPng(const char *data, qsizetype size)
{
    const char *p = data;
    const char *end = data + size;
    while (p < end && !m_done && !m_damaged) {
        switch (m_state) {
        case PngSignature: {
            const qint64 take = qMin<qint64>(8 - m_total - (p - data), end - p);
            p += take;
            if (m_total + (p - data) >= 8)
                m_state = PngChunkHeader;
            break;
        }
        case PngChunkHeader: {
            const qsizetype take = qMin<qsizetype>(8 - m_header.size(), end - p);
            m_header.append(p, take);
            p += take;
            if (m_header.size() < 8)
                break;
            const quint32 length = qFromBigEndian<quint32>(m_header.constData());
            const QByteArray type = m_header.mid(4, 4);
            const bool first = m_total + (p - data) == 16;
            if (length > 0x7FFFFFFFu || (first && type != "IHDR")) {
                m_damaged = true;
                break;
            }
            m_sos = type == "IEND"; // reuse: "this chunk ends the file"
            m_skip = qint64(length) + 4; // data and CRC
            m_header.clear();
            m_state = PngChunkBody;
            break;
        }
        case PngChunkBody: {
            const qint64 take = qMin<qint64>(m_skip, end - p);
            p += take;
            m_skip -= take;
            if (m_skip == 0) {
                m_done = m_sos;
                m_state = PngChunkHeader;
            }
            break;
        }
        }
    }
}

void StructureCheck::feedIsoBmff(const char *data, qsizetype size)
{
    const char *p = data;
    const char *end = data + size;
    qint64 pos = m_total;
    while (p < end && !m_damaged) {
        if (pos < m_boxEnd || m_toEnd) {
            const qint64 take = m_toEnd ? end - p : qMin<qint64>(m_boxEnd - pos, end - p);
            if (m_collecting)
                m_moov.append(p, take);
            p += take;
            pos += take;
            if (m_collecting && pos == m_boxEnd) {
                m_video = parseMovieBox(m_moov);
                m_moov.clear();
                m_collecting = false;
            }
            continue;
        }
        // At a box boundary: assemble its header (8 bytes, 16 with a 64-bit size).
        const qsizetype want = m_header.size() >= 8 && qFromBigEndian<quint32>(m_header.constData()) == 1 ? 16 : 8;
        const qsizetype take = qMin<qsizetype>(want - m_header.size(), end - p);
        m_header.append(p, take);
        p += take;
        pos += take;
        if (m_header.size() < 8)
            continue;
        quint64 boxSize = qFromBigEndian<quint32>(m_header.constData());
        if (boxSize == 1) {
            if (m_header.size() < 16)
                continue;
            boxSize = qFromBigEndian<quint64>(m_header.constData() + 8);
        }
        const qint64 headerSize = m_header.size();
        const qint64 boxStart = pos - headerSize;
        const QByteArray type = m_header.mid(4, 4);
        m_header.clear();
        if (boxSize == 0) {
            m_toEnd = true; // "until the end of the file"
        } else if (boxSize < quint64(headerSize) || boxSize > quint64(1) << 40) {
            m_damaged = true;
            break;
        } else {
            m_boxEnd = boxStart + qint64(boxSize);
        }
        if (type == "moov") {
            m_moovSeen = true;
            if (m_toEnd || qint64(boxSize) - headerSize > kMaxMovieBox) {
                m_damaged = true;
                break;
            }
            m_collecting = true;
            m_moov.reserve(qsizetype(boxSize) - qsizetype(headerSize));
            if (pos == m_boxEnd) { // an empty moov
                m_video = parseMovieBox({});
                m_collecting = false;
            }
        }
    }
}

StructureCheck::Problem StructureCheck::finish()
{
    if (m_damaged)
        return Problem::Damaged;
    switch (m_kind) {
    case Format::Kind::Jpeg:
    case Format::Kind::Png:
        return m_done ? Problem::None : Problem::Truncated;
    case Format::Kind::WebP: {
        if (m_header.size() < 12)
            return Problem::Truncated;
        const quint32 riff = qFromLittleEndian<quint32>(m_header.constData() + 4);
        return m_total >= qint64(riff) + 8 ? Problem::None : Problem::Truncated;
    }
    case Format::Kind::Mp4:
    case Format::Kind::QuickTime:
        if (!m_toEnd && (m_total != m_boxEnd || !m_header.isEmpty()))
            return Problem::Truncated;
        if (!m_moovSeen || m_collecting || !m_video.hasMovieHeader)
            return Problem::NoVideoIndex;
        return Problem::None;
    case Format::Kind::Unknown:
        break;
    }
    return Problem::Damaged;
}

} // namespace pitchside::media
