#pragma once

#include <QWidget>

class QListView;
class QPushButton;
class QStackedWidget;

namespace pitchside::store {
class Store;
}

namespace pitchside::campaigns {
class CampaignListModel;
}

namespace pitchside::ui {

class CampaignDetail;
class EmptyState;

// The Campaigns tab: every campaign on the left (status and progress at a
// glance), the chosen one open on the right.
class CampaignsView : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsView(store::Store &store, QWidget *parent = nullptr);

    bool openCampaign(const QString &id);
    void newCampaign();
    void editCampaign(const QString &id);

    // For tests and screenshots.
    QListView *list() const { return m_list; }
    CampaignDetail *detail() const { return m_detail; }
    campaigns::CampaignListModel *model() const { return m_model; }

private:
    void selectionChanged();
    void updateEmptyStates();

    store::Store &m_store;
    campaigns::CampaignListModel *m_model;
    QListView *m_list;
    QPushButton *m_new;
    QStackedWidget *m_right;
    EmptyState *m_nothing;
    EmptyState *m_nothingOpen;
    CampaignDetail *m_detail;
};

} // namespace pitchside::ui
