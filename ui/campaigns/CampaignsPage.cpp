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
    empty->setTitle(tr("Campaigns are not in this version yet"));
    empty->setText(tr("WhatsApp campaigns, contact lists and sponsor deals come to Pitchside in a coming "
                      "version. Nothing is lost meanwhile: they stay on your account."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(empty, 1);
}

} // namespace pitchside::ui
