#include "phone_numbers.h"

#include <phonenumbers/phonenumberutil.h>

namespace phone {

std::optional<Number> parse(const QString &text, const char *region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return std::nullopt;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber n;
    if (util->Parse(trimmed.toStdString(), region, &n) != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(n))
        return std::nullopt;
    std::string e164, national;
    util->Format(n, PhoneNumberUtil::E164, &e164);
    util->GetNationalSignificantNumber(n, &national);
    return Number{QString::fromStdString(e164), QString::number(n.country_code()), QString::fromStdString(national)};
}

} // namespace phone
