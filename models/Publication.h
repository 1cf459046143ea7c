#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace pitchside {

// A post as it went out on one network (API.md §4 and §9): made by the
// backend when it publishes, never edited here. A post planned for two
// networks has two.
struct Publication
{
    QString id;
    QString postId;     // the Pitchside post, when it came from one
    QString platform;   // linkedin, facebook, instagram
    QString accountId;  // the social account it went through
    QString status;     // pending, scheduled, published, failed
    QString platformPostId;
    QString postUrl;    // as the server sent it: see safePostUrl()
    QString errorCode;  // why the network refused it (no_social_account, needs_reconnect, …)
    QString errorMessage; // the provider's own words (English)
    QDateTime scheduledAt;
    QDateTime publishedAt;
    int attempts = 0;
    qint64 reach = 0;
    qint64 impressions = 0;
    qint64 likes = 0;
    qint64 comments = 0;
    qint64 shares = 0;
    qint64 saves = 0;
    qint64 clicks = 0;
    QDateTime metricsUpdatedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;

    bool isPublished() const { return status == QLatin1String("published"); }
    bool isFailed() const { return status == QLatin1String("failed"); }
};

// The address of the post on its network, only when it is an https link to
// that network's own site (it comes from the server: never open anything
// else, such as a file: or javascript: URL, from a click in the editor).
QUrl safePostUrl(const Publication &p);

// Why the network refused it and what to do, in the user's language (from
// error_code; the provider's own words are only a fallback).
QString failureText(const Publication &p);
// "Published", "Failed", "Waiting"… (translated)
QString publicationStatusText(const Publication &p);

} // namespace pitchside
