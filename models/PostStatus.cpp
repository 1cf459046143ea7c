#include "PostStatus.h"

#include <QCoreApplication>

namespace pitchside {

QString postStatusKey(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return QStringLiteral("draft");
    case PostStatus::Scheduled:
        return QStringLiteral("scheduled");
    case PostStatus::Publishing:
        return QStringLiteral("publishing");
    case PostStatus::Published:
        return QStringLiteral("published");
    case PostStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool postStatusFromKey(const QString &key, PostStatus *status)
{
    for (PostStatus s : AllPostStatuses) {
        if (postStatusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString postStatusName(PostStatus status)
{
    switch (status) {
    case PostStatus::Draft:
        return QCoreApplication::translate("PostStatus", "Draft");
    case PostStatus::Scheduled:
        return QCoreApplication::translate("PostStatus", "Scheduled");
    case PostStatus::Publishing:
        return QCoreApplication::translate("PostStatus", "Publishing");
    case PostStatus::Published:
        return QCoreApplication::translate("PostStatus", "Published");
    case PostStatus::Failed:
        return QCoreApplication::translate("PostStatus", "Failed");
    }
    return {};
}

} // namespace pitchside
