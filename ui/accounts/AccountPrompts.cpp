#include "AccountPrompts.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace pitchside::ui::AccountPrompts {

SignOutChoice askSignOut(QWidget *parent, const QString &account, int unsentChanges)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("AccountPrompts", "Sign out"));
    box.setText(QCoreApplication::translate("AccountPrompts", "Sign out of %1?").arg(account));
    QString info = QCoreApplication::translate("AccountPrompts",
                                               "You can keep a copy of this account's posts and media on this "
                                               "computer, to find them again when you sign back in.");
    if (unsentChanges > 0) {
        info += QStringLiteral("\n\n") +
                QCoreApplication::translate("AccountPrompts",
                                            "%n change(s) have not reached the server yet. Keep the copy so "
                                            "that they are sent when you sign in again.",
                                            nullptr, unsentChanges);
    }
    box.setInformativeText(info);
    QPushButton *keep = box.addButton(QCoreApplication::translate("AccountPrompts", "Sign out, keep the copy"),
                                      QMessageBox::AcceptRole);
    QPushButton *erase = box.addButton(QCoreApplication::translate("AccountPrompts", "Sign out and delete it"),
                                       QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return SignOutChoice::KeepData;
    if (box.clickedButton() == erase)
        return SignOutChoice::DeleteData;
    return SignOutChoice::Cancel;
}

bool askMoveDrafts(QWidget *parent, const QString &account, int drafts)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(QCoreApplication::translate("AccountPrompts", "Your drafts"));
    box.setText(QCoreApplication::translate("AccountPrompts",
                                            "Move the %n post(s) written on this computer into %1?", nullptr, drafts)
                    .arg(account));
    box.setInformativeText(QCoreApplication::translate("AccountPrompts",
                                                       "They will be sent to your account and appear wherever you "
                                                       "sign in. If you say no, they stay here, outside any account."));
    QPushButton *move = box.addButton(QCoreApplication::translate("AccountPrompts", "Move them"),
                                      QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("AccountPrompts", "Leave them here"), QMessageBox::RejectRole);
    box.setDefaultButton(move);
    box.exec();
    return box.clickedButton() == move;
}

} // namespace pitchside::ui::AccountPrompts
