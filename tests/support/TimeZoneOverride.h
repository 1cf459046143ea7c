#pragma once

// Tests: the process's local time zone for a scope (TZ + tzset(), which Qt's
// local-time conversions and QTimeZone::systemTimeZone() read on every call),
// put back as it was when the scope ends, so a failed check cannot leave the
// next test in another zone. The time-zone database of the system is used:
// Debian's tzdata (.ci/packages.txt).
#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace testsupport {

class TimeZoneOverride
{
public:
    explicit TimeZoneOverride(const char *ianaId) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", ianaId);
        tzset();
    }
    ~TimeZoneOverride()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneOverride(const TimeZoneOverride &) = delete;
    TimeZoneOverride &operator=(const TimeZoneOverride &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace testsupport
