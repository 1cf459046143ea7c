#pragma once

// A signed-in client with a media library: the app's store, importer and
// upload queue (on its own thread, as in the app), plus plain-REST helpers
// for what the server holds.
#include "../SyncFixture.h"
#include "models/media/UploadRecord.h"
#include "sync/uploads/UploadController.h"

#include <memory>

namespace pitchside::test {

class MediaClient : public SyncClient
{
public:
    MediaClient(TestServer &server, const QString &dir);
    ~MediaClient();

    // Imports files into the library (synchronously); returns the media ids
    // (of the new item, or of the item a duplicate repeats).
    QStringList import(const QStringList &paths);
    sync::uploads::UploadController &uploads();
    void startUploads();
    void stopUploads();
    std::optional<media::UploadRecord> upload(const QString &mediaId);
    // Waits until every upload is done or failed.
    bool waitForUploads(int ms = 60000);
    QString accountDir() const { return m_dir; }

private:
    QString m_dir;
    std::unique_ptr<sync::uploads::UploadController> m_uploads;
};

// What the server says about one of the user's media items (GET /api/media/{id}).
json serverMedia(TestServer &server, const QString &token, const QString &id);
int serverMediaCount(TestServer &server, const QString &token);
// The test-mode view of an upload: chunks stored and re-sent.
json uploadCounts(TestServer &server, const QString &uploadId);
int totalResends(const json &counts);

} // namespace pitchside::test
