#include "PhoneNumbers.h"

#include <QCoreApplication>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace pitchside::campaigns {

using i18n::phonenumbers::PhoneNumberUtil;
using LibNumber = i18n::phonenumbers::PhoneNumber;

namespace {

// The digits of a number written only with digits, spaces, dots, dashes,
// slashes and parentheses, with its leading "+" if any; empty otherwise.
std::string plainDigits(const QString &typed)
{
    std::string out;
    out.reserve(std::size_t(typed.size()));
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            out.push_back(char(c.unicode()));
        else if (c == u'+' && out.empty())
            out.push_back('+');
        else if (c != u' ' && c != u'.' && c != u'-' && c != u'/' && c != u'(' && c != u')' && c != QChar(0xA0))
            return {};
    }
    return out;
}

// The two shapes nearly every French contact list holds, "0X XX XX XX XX"
// and "+33 X XX XX XX XX" (or "0033…"), made into the library's number
// without its general parser (a few µs instead of 25: an import of 100,000
// lines). Validity is still the library's. Anything else goes to Parse.
bool readFrenchShape(const std::string &digits, const QString &region, LibNumber *number)
{
    std::string national;
    if (digits.size() == 10 && digits[0] == '0' && digits[1] != '0' && region == u"FR")
        national = digits.substr(1);
    else if (digits.size() == 12 && digits.compare(0, 3, "+33") == 0 && digits[3] != '0')
        national = digits.substr(3);
    else if (digits.size() == 13 && digits.compare(0, 4, "0033") == 0 && digits[4] != '0' && region == u"FR")
        national = digits.substr(4);
    else
        return false;
    number->set_country_code(33);
    number->set_national_number(std::stoull(national));
    return true;
}

PhoneNumber::Problem problemOf(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        return PhoneNumber::Problem::None;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::Problem::BadCountry;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumber::Problem::TooShort;
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumber::Problem::TooLong;
    default:
        return PhoneNumber::Problem::NotANumber;
    }
}

} // namespace

PhoneNumber readPhoneNumber(const QString &typed, const QString &defaultRegion)
{
    PhoneNumber out;
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return out; // Empty
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibNumber number;
    if (!readFrenchShape(plainDigits(trimmed), defaultRegion, &number)) {
        const PhoneNumberUtil::ErrorType error =
            util.Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number);
        out.problem = problemOf(error);
        if (!out.isValid())
            return out;
    }
    if (!util.IsValidNumber(number)) {
        switch (util.IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            out.problem = PhoneNumber::Problem::TooShort;
            break;
        case PhoneNumberUtil::TOO_LONG:
            out.problem = PhoneNumber::Problem::TooLong;
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            out.problem = PhoneNumber::Problem::BadCountry;
            break;
        default:
            out.problem = PhoneNumber::Problem::Invalid;
        }
        return out;
    }
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    out.problem = PhoneNumber::Problem::None;
    out.e164 = QString::fromStdString(e164);
    out.countryCode = QString::number(number.country_code());
    out.national = QString::fromStdString(national);
    return out;
}

QString displayPhoneNumber(const QString &e164)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    LibNumber number;
    if (util.Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}

QString phoneProblemText(PhoneNumber::Problem problem)
{
    switch (problem) {
    case PhoneNumber::Problem::None:
        return {};
    case PhoneNumber::Problem::Empty:
        return QCoreApplication::translate("Campaigns", "No phone number");
    case PhoneNumber::Problem::NotANumber:
        return QCoreApplication::translate("Campaigns", "This is not a phone number");
    case PhoneNumber::Problem::BadCountry:
        return QCoreApplication::translate("Campaigns", "Unknown country code (write it as +33…)");
    case PhoneNumber::Problem::TooShort:
        return QCoreApplication::translate("Campaigns", "Too short for a phone number");
    case PhoneNumber::Problem::TooLong:
        return QCoreApplication::translate("Campaigns", "Too long for a phone number");
    case PhoneNumber::Problem::Invalid:
        return QCoreApplication::translate("Campaigns", "No phone number is written like this in that country");
    }
    return {};
}

} // namespace pitchside::campaigns
