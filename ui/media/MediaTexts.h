#pragma once

#include "models/media/MediaImporter.h"
#include "models/media/UploadRecord.h"

#include <QObject>
#include <QString>

namespace pitchside::ui {

// The sentences the media library shows about imports and uploads: what
// happened, and what to do (UX.md principle 2).
class MediaTexts : public QObject
{
    Q_OBJECT
public:
    // One file of an import: "Imported", "Already in the library", or why not.
    static QString outcome(const media::ImportOutcome &outcome);
    // The import as a whole: "38 imported, 2 already in the library, 3 refused."
    static QString summary(const media::ImportReport &report);
    // Where an upload stands, and for a failed one why (and what to do).
    static QString uploadState(const media::UploadRecord &upload);
    static QString uploadError(const QString &code, const QString &detail);
    static QString duration(qint64 ms); // 0:42, 1:02:03
    // 2.1 MB, 840 kB (2,1 Mo in French): the units people know.
    static QString size(qint64 bytes);
    static QString typeName(const QString &mimeType);
};

} // namespace pitchside::ui
