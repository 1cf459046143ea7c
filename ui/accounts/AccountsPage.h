#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QLabel;

namespace pitchside::ui {

// The account this window works on, where its data lives, and what waits
// to be synced.
class AccountsPage : public Page
{
    Q_OBJECT
public:
    explicit AccountsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Accounts"); }
    QString iconName() const override { return QStringLiteral("user-round"); }
    void activate() override { refresh(); }

private:
    void refresh();

    UiContext &m_context;
    QLabel *m_name;
    QLabel *m_storage;
    QLabel *m_counts;
};

} // namespace pitchside::ui
