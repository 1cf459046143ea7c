#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QTabWidget;

namespace pitchside::ui {

class CampaignsView;
class ContactsView;
class MonitoringView;

// WhatsApp campaigns: the campaigns and their progress, the contacts they
// go to (with their categories and CSV import), and the day's sending
// against WhatsApp's daily limit. Everything reads and writes the store;
// sends, stops and retries go to the server when online.
class CampaignsPage : public Page
{
    Q_OBJECT
public:
    explicit CampaignsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Campaigns"); }
    QString iconName() const override { return QStringLiteral("megaphone"); }

    enum class Tab { Campaigns, Contacts, Monitoring };
    void showTab(Tab tab);
    // Shows that campaign (a notification's click); false if unknown.
    bool openCampaign(const QString &id);

    // For tests and screenshots.
    QTabWidget *tabs() const { return m_tabs; }
    CampaignsView *campaigns() const { return m_campaigns; }
    ContactsView *contacts() const { return m_contacts; }
    MonitoringView *monitoring() const { return m_monitoring; }

private:
    UiContext &m_context;
    QTabWidget *m_tabs;
    CampaignsView *m_campaigns;
    ContactsView *m_contacts;
    MonitoringView *m_monitoring;
};

} // namespace pitchside::ui
