// Contacts and campaigns in people's words.
#include "Campaign.h"
#include "Contact.h"

#include <QCoreApplication>

namespace pitchside {

QString Contact::displayName() const
{
    const QString name = (firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    return name.isEmpty() ? fullNumber : name;
}

QString campaignStatusText(const QString &status)
{
    if (status == u"draft")
        return QCoreApplication::translate("Campaigns", "Draft");
    if (status == u"scheduled")
        return QCoreApplication::translate("Campaigns", "Scheduled");
    if (status == u"sending")
        return QCoreApplication::translate("Campaigns", "Sending");
    if (status == u"completed")
        return QCoreApplication::translate("Campaigns", "Completed");
    if (status == u"failed")
        return QCoreApplication::translate("Campaigns", "Failed");
    if (status == u"stopped")
        return QCoreApplication::translate("Campaigns", "Stopped");
    return status;
}

QString campaignMessageStatusText(const QString &status)
{
    if (status == u"pending")
        return QCoreApplication::translate("Campaigns", "Waiting");
    if (status == u"sent")
        return QCoreApplication::translate("Campaigns", "Sent");
    if (status == u"delivered")
        return QCoreApplication::translate("Campaigns", "Delivered");
    if (status == u"read")
        return QCoreApplication::translate("Campaigns", "Read");
    if (status == u"failed")
        return QCoreApplication::translate("Campaigns", "Failed");
    return status;
}

} // namespace pitchside
