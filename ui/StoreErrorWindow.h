#pragma once

#include <QWidget>

namespace pitchside::ui {

// Shown instead of the main window when the account's store cannot be
// opened: what happened, in words, and where the file is. Nothing in it
// writes to the file.
class StoreErrorWindow : public QWidget
{
    Q_OBJECT
public:
    StoreErrorWindow(const QString &message, const QString &folder, QWidget *parent = nullptr);
};

} // namespace pitchside::ui
