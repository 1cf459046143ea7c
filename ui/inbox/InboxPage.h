#pragma once

#include "../Page.h"

namespace pitchside::ui {

// Conversations with contacts, clubs and sponsors, and notifications.
class InboxPage : public Page
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Inbox"); }
    QString iconName() const override { return QStringLiteral("inbox"); }
};

} // namespace pitchside::ui
