#pragma once

#include "Platform.h"
#include "PostStatus.h"
#include "SyncFields.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pitchside {

// A planned social-media post (API.md §4). Times are UTC.
struct Post
{
    QString id;
    QString profileId;
    Platforms platforms;
    QString content;
    QStringList hashtags; // without '#'
    QString firstComment;
    PostStatus status = PostStatus::Draft;
    QDateTime scheduledAt;
    QDateTime publishedAt;
    QString errorMessage;
    QString ideaSource;
    bool aiGenerated = false;
    std::optional<int> rating;
    QString templateId;
    QStringList mediaIds; // ordered
    QJsonObject metadata;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

// The light view a list or a calendar cell needs.
struct PostSummary
{
    QString id;
    QString profileId;
    Platforms platforms;
    QString preview; // the first characters of the content, one line
    PostStatus status = PostStatus::Draft;
    qint64 scheduledAtMs = 0; // 0 = not scheduled
    qint64 updatedAtMs = 0;
    int mediaCount = 0;
    bool dirty = false;
    bool conflict = false;
};

} // namespace pitchside
