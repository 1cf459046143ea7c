#pragma once

#include <QString>

class QWidget;

namespace pitchside::ui::AccountPrompts {

// Questions the account flows ask, as plain modal message boxes.

enum class SignOutChoice { Cancel, KeepData, DeleteData };
// "Sign out of X? Keep a copy of its posts on this computer?" — with a
// warning when changes have not reached the server yet.
SignOutChoice askSignOut(QWidget *parent, const QString &account, int unsentChanges);

// First sign-in: move the drafts written before it into the account?
bool askMoveDrafts(QWidget *parent, const QString &account, int drafts);

} // namespace pitchside::ui::AccountPrompts
