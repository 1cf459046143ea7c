#pragma once

#include <QString>

namespace pitchside {
class Preferences;
namespace store {
class Store;
}
} // namespace pitchside

namespace pitchside::ui {

// What the pages are given by the composition root (app/): the account's
// store and the user's preferences. Pages never open files or sockets.
struct UiContext
{
    store::Store &store;
    Preferences &preferences;
    QString dataRoot;    // where accounts, logs and settings live
    QString accountName; // shown in the Accounts page ("This computer" when local)
};

} // namespace pitchside::ui
