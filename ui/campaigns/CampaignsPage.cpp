#include "CampaignsPage.h"

#include "../common/EmptyState.h"
#include "../common/PageHeader.h"

#include <QVBoxLayout>

namespace pitchside::ui {

CampaignsPage::CampaignsPage(QWidget *parent) : Page(parent)
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("WhatsApp campaigns, contacts and sponsor deals."));
    auto *empty = new EmptyState(QStringLiteral("megaphone"), this);
    empty->setTitle(tr("No campaigns"));
    empty->setText(tr("Your WhatsApp campaigns, their delivery progress, your contact lists and your sponsor "
                      "deals appear here when this computer is connected to your Pitchside account."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(empty, 1);
}

} // namespace pitchside::ui
