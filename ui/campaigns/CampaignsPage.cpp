#include "CampaignsPage.h"

#include "CampaignsView.h"
#include "ContactsView.h"
#include "MonitoringView.h"
#include "../common/Icons.h"
#include "../common/PageHeader.h"
#include "../common/Theme.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

CampaignsPage::CampaignsPage(UiContext &context, QWidget *parent)
    : Page(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_campaigns(new CampaignsView(context.store, this)), m_contacts(new ContactsView(context.store, this)),
      m_monitoring(new MonitoringView(context.store, this))
{
    auto *header = new PageHeader(this);
    header->setTitle(title());
    header->setSubtitle(tr("WhatsApp campaigns to your contacts, paced within WhatsApp's daily limit."));

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_campaigns, Icons::ui(QStringLiteral("megaphone")), tr("Campaigns"));
    m_tabs->addTab(m_contacts, Icons::ui(QStringLiteral("users")), tr("Contacts"));
    m_tabs->addTab(m_monitoring, Icons::ui(QStringLiteral("chart-column")), tr("Monitoring"));

    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(Theme::spacing * 3, 0, Theme::spacing * 3, Theme::spacing * 2);
    bodyLayout->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(body, 1);
}

void CampaignsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool CampaignsPage::openCampaign(const QString &id)
{
    showTab(Tab::Campaigns);
    return m_campaigns->openCampaign(id);
}

} // namespace pitchside::ui
