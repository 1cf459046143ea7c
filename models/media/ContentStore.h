#pragma once

#include "MediaFormat.h"
#include "StructureCheck.h"

#include <QString>

#include <atomic>

namespace pitchside::media {

// The library's own copies of imported files, named by their SHA-256:
// <account dir>/media/ab/cdef….jpg. Moving or deleting the original changes
// nothing, the same bytes are stored once, and the name is the checksum the
// server verifies, so a damaged copy is caught before it is uploaded.
class ContentStore
{
public:
    // `root` is <account dir>/media.
    explicit ContentStore(QString root) : m_root(std::move(root)) {}
    static QString rootFor(const QString &accountDir);

    QString root() const { return m_root; }
    QString pathFor(const QString &sha256, const QString &extension) const;

    struct Ingested
    {
        enum class Outcome {
            Stored,
            Unreadable,  // cannot open or read the source (detail: the system's reason)
            Empty,       // zero bytes
            Unsupported, // not PNG, JPEG, WebP, MP4 or MOV (format.otherName may say what)
            TooLarge,    // over the limit of its type
            Incomplete,  // StructureCheck::Problem
            WriteFailed, // the library folder cannot be written (disk full…)
            Cancelled,
        };
        Outcome outcome = Outcome::Unreadable;
        StructureCheck::Problem problem = StructureCheck::Problem::None;
        Format format;
        QString detail;
        qint64 size = 0;
        QString sha256; // lower-case hex
        QString path;   // the stored copy
        bool alreadyStored = false;
        VideoInfo video;
    };

    // Copies `source` into the store while hashing and checking it: one read
    // of the file. `cancel` is polled between blocks.
    Ingested ingest(const QString &source, const std::atomic_bool *cancel = nullptr) const;

    // SHA-256 of a file, or an empty string if it cannot be read.
    static QString hashFile(const QString &path, const std::atomic_bool *cancel = nullptr);

private:
    QString m_root;
};

} // namespace pitchside::media
