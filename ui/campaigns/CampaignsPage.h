#pragma once

#include "../Page.h"

namespace pitchside::ui {

// WhatsApp campaigns, contacts and sponsor deals.
class CampaignsPage : public Page
{
    Q_OBJECT
public:
    explicit CampaignsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Campaigns"); }
    QString iconName() const override { return QStringLiteral("megaphone"); }
};

} // namespace pitchside::ui
