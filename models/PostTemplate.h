#pragma once

#include "Platform.h"
#include "SyncFields.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pitchside {

// A reusable post with {{variables}} (API.md §4 templates).
struct PostTemplate
{
    QString id;
    QString profileId;
    QString name;
    QString description;
    QString category = QStringLiteral("autre"); // conseil, actualite, temoignage, etude_cas, promo, autre
    Platforms platforms;
    QString content;
    QStringList hashtags;
    QJsonObject variables; // name -> default value
    int usageCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

} // namespace pitchside
