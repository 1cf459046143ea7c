#include "Page.h"

namespace pitchside::ui {

QString pageKey(PageId id)
{
    switch (id) {
    case PageId::Calendar:
        return QStringLiteral("calendar");
    case PageId::Editor:
        return QStringLiteral("editor");
    case PageId::Media:
        return QStringLiteral("media");
    case PageId::Inbox:
        return QStringLiteral("inbox");
    case PageId::Campaigns:
        return QStringLiteral("campaigns");
    case PageId::Analytics:
        return QStringLiteral("analytics");
    case PageId::Accounts:
        return QStringLiteral("accounts");
    case PageId::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

bool pageFromKey(const QString &key, PageId *id)
{
    for (PageId p : AllPages) {
        if (pageKey(p) == key) {
            *id = p;
            return true;
        }
    }
    return false;
}

} // namespace pitchside::ui
