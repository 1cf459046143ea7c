#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <vector>

namespace pitchside::bench {

// The physical floor of a first sync on this machine (issue 12): the feed's
// pages already downloaded, each parsed with nlohmann_json, its posts, media
// and post_media rows inserted with the sqlite3 C API into a store of the
// same schema in one transaction, the FTS5 indexes built once at the end
// with 'rebuild' (their triggers dropped first, put back after).
struct FloorResult
{
    qint64 ms = 0;
    qint64 rows = 0;
};

// Every page of GET /api/sync/changes from 0 (limit=1000, gzip), in order.
std::vector<QByteArray> downloadFeed(const QUrl &server, const QString &token);
// `storePath` must not exist: it is made with the app's migrations first (untimed).
FloorResult firstSyncFloor(const std::vector<QByteArray> &pages, const QString &storePath);

} // namespace pitchside::bench
