#pragma once

#include "SyncFields.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pitchside {

// Something the backend tells the user about (API.md §6, seed S
// notifications, Artywiz §4.5): a message, a publication's outcome, a
// sponsor's offer, a document ready… It names what it is about
// (`subjectType`, `subjectId`) so that a click can open it.
struct Notification
{
    QString id;
    QString type;        // message, publication_succeeded, publication_failed, sponsor_offer,
                         // document_ready, campaign_finished, account_reconnect
    QString title;
    QString message;
    QString link;        // the server's app path; informational (never opened as a URL)
    QString subjectType; // post, conversation, sponsor_request, document, campaign, social_account
    QString subjectId;
    bool isRead = false;
    QDateTime readAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    SyncFields sync;
};

// Every type the contract names, in the order the settings list them.
QStringList notificationTypes();
// "Messages", "Publications refused"… for the settings and the tooltip.
QString notificationTypeText(const QString &type);

} // namespace pitchside
