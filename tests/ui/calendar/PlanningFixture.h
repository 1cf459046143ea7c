#pragma once

// A club's month of planning written through the store's own commands (the
// repositories the app uses): profiles and events as a sync would bring
// them, posts in every status, matches with scores, templates and a few
// library pictures. Used by the calendar and editor tests, their
// screenshots and the benchmarks. Dates are relative to Clock::today(): the
// day a test sets (near a month's start, the weeks before today are in the
// previous month), or the real one for the benchmarks.
#include "models/Publication.h"
#include "models/store/Store.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace fixture {

struct Ids
{
    QString club;
    QString u17;
    QString sponsor;
    QStringList posts;
    QStringList drafts; // without a date
    QStringList matches;
    QStringList templates;
    QStringList media;
};

// Writes a profile as the sync would (profiles are the server's).
QString addProfile(pitchside::store::Store &store, const QString &type, const QString &name, int position);
// Writes an event as the sync would (events are read-only on the client).
QString addEvent(pitchside::store::Store &store, const QString &name, const QDateTime &start, const QDateTime &end,
                 const QString &address);
// A connected network account and a post's publication, written as the
// sync would (both are the server's to make).
QString addSocialAccount(pitchside::store::Store &store, const QString &platform, const QString &name,
                         const QDateTime &expiresAt, bool needsReconnect = false);
QString addPublication(pitchside::store::Store &store, pitchside::Publication publication);
// A picture in the library with its local copy under `dir` (a painted poster).
QString addPicture(pitchside::store::Store &store, const QString &dir, const QString &title, const QColor &colour,
                   const QString &altText);

// The whole month. `dir` receives the pictures' files.
Ids populate(pitchside::store::Store &store, const QString &dir);

// `count` scheduled posts spread over the month of `month` (benchmarks).
void addBulkPosts(pitchside::store::Store &store, QDate month, int count);

} // namespace fixture
