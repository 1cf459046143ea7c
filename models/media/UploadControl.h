#pragma once

#include "UploadRecord.h"
#include "models/store/StoreError.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace pitchside::store {
class Store;
}

namespace pitchside::media {

// The person's side of uploads, over the UI's store: what the media page
// shows (one file, the unfinished ones, the totals) and what a person asks
// of them, as typed commands. The upload queue, on its own thread and
// connection, follows what the commands write in media_uploads.
class UploadControl
{
public:
    enum class Command {
        Pause,
        Resume, // also retries failed and cancelled uploads
        Cancel, // stops uploading; the files stay in the library
    };

    explicit UploadControl(store::Store &store);

    std::optional<UploadRecord> get(const QString &mediaId) const;
    // Every upload not done, failed ones first.
    QVector<UploadRecord> unfinished(int limit = 1000) const;
    UploadTotals totals() const;

    // Runs a command on the given uploads (empty = every unfinished one),
    // then tells the page's models. Returns why it failed.
    store::StoreError run(Command command, const QStringList &mediaIds = {});

    // The command a file's own button offers in its state (none once done).
    static std::optional<Command> offeredFor(const UploadRecord &record);

private:
    store::Store &m_store;
};

} // namespace pitchside::media
