#pragma once

#include <QString>

namespace pitchside::campaigns {

// A phone number as people type it ("06 12 34 56 78", "+33 6…", "0033…"),
// read with libphonenumber into E.164, the form the server and WhatsApp use.
struct PhoneNumber
{
    enum class Problem { None, Empty, NotANumber, BadCountry, TooShort, TooLong, Invalid };

    Problem problem = Problem::Empty;
    QString e164;        // "+33612345678"
    QString countryCode; // "33"
    QString national;    // "612345678"

    bool isValid() const { return problem == Problem::None; }
};

// `defaultRegion`: where a number without a country code is from (ISO
// 3166 code, "FR"). Thread-safe.
PhoneNumber readPhoneNumber(const QString &typed, const QString &defaultRegion = QStringLiteral("FR"));

// "+33 6 12 34 56 78": an E.164 number as people read it (the number itself when unreadable).
QString displayPhoneNumber(const QString &e164);

// Why a number was refused, for people ("This is not a phone number").
QString phoneProblemText(PhoneNumber::Problem problem);

} // namespace pitchside::campaigns
