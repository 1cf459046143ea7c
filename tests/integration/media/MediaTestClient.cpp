#include "MediaTestClient.h"

#include "models/media/ContentStore.h"
#include "models/media/MediaImporter.h"
#include "models/media/UploadStateRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>

namespace pitchside::test {

MediaClient::MediaClient(TestServer &server, const QString &dir) : SyncClient(server, dir), m_dir(dir)
{
    sync::uploads::UploadController::Config c;
    c.storePath = store().path();
    c.server = server.url();
    c.language = "en";
    c.tokens = &tokens();
    c.hub = &store().hub();
    m_uploads = std::make_unique<sync::uploads::UploadController>(c);
}

MediaClient::~MediaClient()
{
    m_uploads.reset();
}

QStringList MediaClient::import(const QStringList &paths)
{
    media::MediaImporter importer(store(), media::ContentStore::rootFor(m_dir));
    QSignalSpy done(&importer, &media::MediaImporter::finished);
    importer.start(paths);
    if (!done.wait(120000))
        return {};
    QStringList ids;
    for (const media::ImportOutcome &o : done.takeFirst().at(0).value<media::ImportReport>().outcomes)
        ids << o.mediaId;
    return ids;
}

sync::uploads::UploadController &MediaClient::uploads()
{
    return *m_uploads;
}

void MediaClient::startUploads()
{
    m_uploads->start();
}

void MediaClient::stopUploads()
{
    m_uploads->stop();
}

std::optional<media::UploadRecord> MediaClient::upload(const QString &mediaId)
{
    return media::UploadStateRepository(store().database().sql()).get(mediaId);
}

bool MediaClient::waitForUploads(int ms)
{
    return waitFor(
        [this] {
            QSqlQuery q(store().database().sql());
            return q.exec(QStringLiteral("SELECT count(*) FROM media_uploads WHERE state IN ('queued','uploading')"))
                   && q.next() && q.value(0).toInt() == 0;
        },
        ms);
}

json serverMedia(TestServer &server, const QString &token, const QString &id)
{
    return server.http().request("GET", QStringLiteral("/api/media/") + id, json(), token).data();
}

int serverMediaCount(TestServer &server, const QString &token)
{
    const HttpResult r = server.http().request("GET", QStringLiteral("/api/media?limit=100"), json(), token);
    return r.data().is_array() ? int(r.data().size()) : -1;
}

json uploadCounts(TestServer &server, const QString &uploadId)
{
    return server.http().request("GET", QStringLiteral("/api/test/uploads/") + uploadId).data();
}

int totalResends(const json &counts)
{
    int n = 0;
    const json resends = counts.value("resends", json::object());
    for (auto it = resends.begin(); it != resends.end(); ++it)
        n += it.value().get<int>();
    return n;
}

} // namespace pitchside::test
