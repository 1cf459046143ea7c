// WhatsApp numbers as libphonenumber reads them (docs/api/campaigns.md):
// E.164 for storage and duplicates, the country calling code and the
// national significant number beside it.
#pragma once

#include <QString>
#include <optional>

namespace phone {

struct Number {
    QString e164;        // "+33612345678"
    QString countryCode; // "33"
    QString national;    // "612345678"
};

// Any way a person writes a number ("06 12 34 56 78", "+33 6…", "0033…");
// numbers without a country prefix are read in `region`. Nullopt unless
// libphonenumber holds it valid.
std::optional<Number> parse(const QString &text, const char *region = "FR");

// The simulated WhatsApp (campaigns.md): a number whose last digit is 0
// has no WhatsApp.
inline bool onWhatsApp(const QString &e164) { return !e164.endsWith(QLatin1Char('0')); }

} // namespace phone
