#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pitchside {

namespace store::EntityType {
inline const QString Contact = QStringLiteral("contact");
inline const QString ContactCategory = QStringLiteral("contact_category");
} // namespace store::EntityType

// Someone a club reaches on WhatsApp (docs/api/campaigns.md, seed W
// contacts): a number in E.164 and the categories it belongs to. Whether
// the number has WhatsApp is the server's answer to a check.
struct Contact
{
    enum class WhatsApp { Unchecked, Yes, No };

    QString id;
    QString firstName;
    QString lastName;
    QString fullNumber;  // E.164, "+33612345678": what the app writes
    QString countryCode; // "33": the server's reading of fullNumber
    QString phoneNumber; // "612345678": the national number, likewise
    bool whatsappVerified = false;
    QDateTime verifiedAt; // invalid: never checked
    QStringList categoryIds;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;

    WhatsApp whatsapp() const
    {
        return !verifiedAt.isValid() ? WhatsApp::Unchecked : whatsappVerified ? WhatsApp::Yes : WhatsApp::No;
    }
    // "Camille Martin", or the number when there is no name.
    QString displayName() const;
};

// A group of contacts (seed W categories): "Parents U11", with its colour.
struct ContactCategory
{
    QString id;
    QString name;
    QString color;        // "#RRGGBB"
    int contactCount = 0; // the server's count
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

} // namespace pitchside
