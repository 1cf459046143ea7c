#include "MediaTexts.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace pitchside::ui {

using Outcome = media::ContentStore::Ingested::Outcome;
using Problem = media::StructureCheck::Problem;

QString MediaTexts::typeName(const QString &mimeType)
{
    if (mimeType == u"image/png")
        return tr("PNG image");
    if (mimeType == u"image/jpeg")
        return tr("JPEG photo");
    if (mimeType == u"image/webp")
        return tr("WebP image");
    if (mimeType == u"video/mp4")
        return tr("MP4 video");
    if (mimeType == u"video/quicktime")
        return tr("MOV video");
    return mimeType;
}

QString MediaTexts::outcome(const media::ImportOutcome &o)
{
    switch (o.kind) {
    case media::ImportOutcome::Kind::Imported:
        if (o.renamed)
            return tr("Imported as a %1 (its name says otherwise, its content decides)").arg(typeName(o.format.mimeType()));
        return tr("Imported");
    case media::ImportOutcome::Kind::Duplicate:
        return tr("Already in the library: kept once");
    case media::ImportOutcome::Kind::Refused:
        break;
    }
    switch (o.reason) {
    case Outcome::Empty:
        return tr("Refused: the file is empty (0 bytes)");
    case Outcome::Unsupported:
        if (!o.format.otherName.isEmpty())
            return tr("Refused: %1 files are not supported. Use PNG, JPEG or WebP photos, MP4 or MOV videos.")
                .arg(o.format.otherName);
        return tr("Refused: not a photo or video Pitchside can use (PNG, JPEG, WebP, MP4, MOV)");
    case Outcome::TooLarge:
        if (o.format.type() == Media::Type::Video)
            return tr("Refused: videos can be up to %1, this one is %2")
                .arg(MediaTexts::size(media::kVideoLimitBytes), MediaTexts::size(o.size));
        return tr("Refused: photos can be up to %1, this one is %2. Export it smaller and import it again.")
            .arg(MediaTexts::size(media::kImageLimitBytes), MediaTexts::size(o.size));
    case Outcome::Incomplete:
        if (o.problem == Problem::Truncated)
            return tr("Refused: the file is incomplete (cut off before its end); copy it again from the camera or phone");
        if (o.problem == Problem::NoVideoIndex)
            return tr("Refused: the video has no index (it was not finished recording or copying)");
        return tr("Refused: the file is damaged and cannot be read");
    case Outcome::Unreadable:
        return tr("Refused: the file cannot be read (%1)").arg(o.detail);
    case Outcome::WriteFailed:
        return tr("Not imported: the library folder cannot be written (%1)").arg(o.detail);
    case Outcome::Cancelled:
        return tr("Not imported: the import was cancelled");
    case Outcome::Stored:
        break;
    }
    return tr("Refused");
}

QString MediaTexts::summary(const media::ImportReport &report)
{
    if (report.storeError)
        return tr("Nothing was imported: %1").arg(report.storeError.userMessage());
    const int imported = report.count(media::ImportOutcome::Kind::Imported);
    const int duplicates = report.count(media::ImportOutcome::Kind::Duplicate);
    const int refused = report.count(media::ImportOutcome::Kind::Refused);
    QStringList parts;
    parts << tr("%Ln imported", nullptr, imported);
    if (duplicates > 0)
        parts << tr("%Ln already in the library", nullptr, duplicates);
    if (refused > 0)
        parts << tr("%Ln refused", nullptr, refused);
    QString text = parts.join(QStringLiteral(", "));
    if (report.cancelled)
        text = tr("Import cancelled: %1").arg(text);
    return text + u'.';
}

QString MediaTexts::uploadError(const QString &code, const QString &detail)
{
    const QLocale locale;
    if (code == u"PAYLOAD_TOO_LARGE")
        return tr("The server refused the file: it is larger than it accepts. The file stays in your library on this computer.");
    if (code == u"STORAGE_QUOTA") {
        const QJsonObject d = QJsonDocument::fromJson(detail.toUtf8()).object();
        const qint64 limit = d.value(QStringLiteral("limit")).toInteger();
        if (limit > 0)
            return tr("Your Pitchside storage is full (%1 of %2 used). Delete media you no longer need, then retry.")
                .arg(MediaTexts::size(d.value(QStringLiteral("used")).toInteger()),
                     MediaTexts::size(limit));
        return tr("Your Pitchside storage is full. Delete media you no longer need, then retry.");
    }
    if (code.startsWith(u"VALIDATION_ERROR"))
        return tr("The server refused this file as it is (%1). The file stays in your library on this computer.")
            .arg(detail.isEmpty() ? code : detail);
    if (code == u"CHECKSUM_MISMATCH")
        return tr("The file arrived damaged twice (its checksum did not match). Check the network, then retry.");
    if (code == u"LOCAL_DAMAGED")
        return tr("The library's copy of this file was changed or damaged on this computer, so it was not sent. "
                  "Import the original again.");
    if (code == u"LOCAL_MISSING")
        return tr("The library's copy of this file is missing on this computer, so it cannot be sent. "
                  "Import the original again.");
    if (code == u"FORBIDDEN")
        return tr("Your account may not upload media. Ask the club's administrator.");
    if (code == u"NETWORK")
        return tr("The server cannot be reached; the upload resumes by itself.");
    if (code == u"SERVER")
        return tr("The server had a problem; the upload resumes by itself.");
    return detail.isEmpty() ? code : detail;
}

QString MediaTexts::uploadState(const media::UploadRecord &u)
{
    const QLocale locale;
    switch (u.state) {
    case media::UploadRecord::State::Queued:
        if (!u.errorCode.isEmpty() && u.errorCode != u"CHECKSUM_RESTARTED")
            return uploadError(u.errorCode, u.error);
        return tr("Waiting to upload");
    case media::UploadRecord::State::Uploading:
        if (u.errorCode == u"NETWORK" || u.errorCode == u"SERVER")
            return uploadError(u.errorCode, u.error);
        return tr("Uploading: %1 of %2")
            .arg(MediaTexts::size(u.bytesReceived()), MediaTexts::size(u.sizeBytes));
    case media::UploadRecord::State::Paused:
        return tr("Upload paused at %1 of %2")
            .arg(MediaTexts::size(u.bytesReceived()), MediaTexts::size(u.sizeBytes));
    case media::UploadRecord::State::Done:
        return tr("On your Pitchside account");
    case media::UploadRecord::State::Failed:
        return uploadError(u.errorCode, u.error);
    case media::UploadRecord::State::Cancelled:
        return tr("Upload cancelled: only on this computer");
    }
    return {};
}

QString MediaTexts::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

QString MediaTexts::duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace pitchside::ui
