#include "CampaignsView.h"

#include "CampaignDelegate.h"
#include "CampaignDetail.h"
#include "CampaignEditorDialog.h"
#include "../common/EmptyState.h"
#include "../common/Icons.h"
#include "../common/Theme.h"
#include "models/campaigns/CampaignListModel.h"
#include "models/store/CampaignRepository.h"
#include "models/store/Store.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pitchside::ui {

CampaignsView::CampaignsView(store::Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new campaigns::CampaignListModel(store, this))
{
    m_new = new QPushButton(Icons::ui(QStringLiteral("plus")), tr("New campaign"), this);
    connect(m_new, &QPushButton::clicked, this, &CampaignsView::newCampaign);

    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CampaignDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Campaigns"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CampaignsView::selectionChanged);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, Theme::spacing, 0, 0);
    leftLayout->addWidget(m_new, 0, Qt::AlignLeft);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(280);

    m_nothing = new EmptyState(QStringLiteral("megaphone"), this);
    m_nothing->setTitle(tr("No campaign yet"));
    m_nothing->setText(tr("A campaign sends one WhatsApp message to the contacts of the categories you choose, "
                          "one by one within WhatsApp's daily limit, and a follow-up to those who reply."));
    connect(m_nothing->setAction(tr("New campaign")), &QPushButton::clicked, this, &CampaignsView::newCampaign);
    m_nothingOpen = new EmptyState(QStringLiteral("megaphone"), this);
    m_nothingOpen->setTitle(tr("Choose a campaign"));
    m_nothingOpen->setText(tr("Its progress, its figures and each recipient's message show here."));

    m_detail = new CampaignDetail(store, this);
    connect(m_detail, &CampaignDetail::editRequested, this, &CampaignsView::editCampaign);
    connect(m_detail, &CampaignDetail::deleted, this, [this] { m_right->setCurrentWidget(m_nothingOpen); });

    m_right = new QStackedWidget(this);
    m_right->addWidget(m_nothing);
    m_right->addWidget(m_nothingOpen);
    m_right->addWidget(m_detail);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 900});
    split->setChildrenCollapsible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_model, &campaigns::CampaignListModel::reloaded, this, &CampaignsView::updateEmptyStates);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the open campaign selected across reloads.
        if (!m_detail->campaign().isEmpty()) {
            const int row = m_model->rowOf(m_detail->campaign());
            if (row >= 0)
                m_list->setCurrentIndex(m_model->index(row));
        }
    });
    updateEmptyStates();
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void CampaignsView::updateEmptyStates()
{
    if (m_model->rowCount() == 0)
        m_right->setCurrentWidget(m_nothing);
    else if (m_right->currentWidget() == m_nothing)
        m_right->setCurrentWidget(m_detail->campaign().isEmpty() ? static_cast<QWidget *>(m_nothingOpen) : m_detail);
}

void CampaignsView::selectionChanged()
{
    const QString id = m_list->currentIndex().data(campaigns::CampaignListModel::IdRole).toString();
    if (id.isEmpty())
        return;
    if (id != m_detail->campaign())
        m_detail->showCampaign(id);
    m_right->setCurrentWidget(m_detail);
}

bool CampaignsView::openCampaign(const QString &id)
{
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    m_detail->showCampaign(id);
    m_right->setCurrentWidget(m_detail);
    return true;
}

void CampaignsView::newCampaign()
{
    CampaignEditorDialog dialog(m_store, Campaign(), this);
    if (dialog.exec() == QDialog::Accepted)
        openCampaign(dialog.savedId());
}

void CampaignsView::editCampaign(const QString &id)
{
    const std::optional<Campaign> c = m_store.campaigns().find(id);
    if (!c)
        return;
    CampaignEditorDialog dialog(m_store, *c, this);
    if (dialog.exec() == QDialog::Accepted)
        openCampaign(dialog.savedId());
    else
        openCampaign(id); // a duplicate not saved stays a draft: show it
}

} // namespace pitchside::ui
