// The inbox's words for its stored keys, in the user's language.
#include "Conversation.h"
#include "Message.h"
#include "Notification.h"

#include <QCoreApplication>

namespace pitchside {

QString conversationKindText(const QString &kind)
{
    if (kind == QLatin1String("sponsor"))
        return QCoreApplication::translate("Inbox", "Sponsors");
    if (kind == QLatin1String("club"))
        return QCoreApplication::translate("Inbox", "Clubs");
    if (kind == QLatin1String("agency"))
        return QCoreApplication::translate("Inbox", "Agencies");
    if (kind == QLatin1String("whatsapp"))
        return QCoreApplication::translate("Inbox", "WhatsApp");
    return QCoreApplication::translate("Inbox", "Direct");
}

int messageLength(const QString &text)
{
    // A character outside the BMP (an emoji) is one for the server, two
    // UTF-16 units here.
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
            ++n;
    }
    return n;
}

QStringList notificationTypes()
{
    return {QStringLiteral("message"),           QStringLiteral("publication_succeeded"),
            QStringLiteral("publication_failed"), QStringLiteral("sponsor_offer"),
            QStringLiteral("document_ready"),     QStringLiteral("campaign_finished"),
            QStringLiteral("account_reconnect")};
}

QString notificationTypeText(const QString &type)
{
    if (type == QLatin1String("message"))
        return QCoreApplication::translate("Inbox", "New messages");
    if (type == QLatin1String("publication_succeeded"))
        return QCoreApplication::translate("Inbox", "Publications that went out");
    if (type == QLatin1String("publication_failed"))
        return QCoreApplication::translate("Inbox", "Publications that failed");
    if (type == QLatin1String("sponsor_offer"))
        return QCoreApplication::translate("Inbox", "Sponsor offers");
    if (type == QLatin1String("document_ready"))
        return QCoreApplication::translate("Inbox", "Documents ready");
    if (type == QLatin1String("campaign_finished"))
        return QCoreApplication::translate("Inbox", "Campaigns finished");
    if (type == QLatin1String("account_reconnect"))
        return QCoreApplication::translate("Inbox", "Accounts to reconnect");
    return QCoreApplication::translate("Inbox", "Other notifications");
}

} // namespace pitchside
