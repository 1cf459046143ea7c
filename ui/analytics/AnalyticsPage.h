#pragma once

#include "../Page.h"
#include "../UiContext.h"

class QChartView;
class QGridLayout;
class QLabel;
class QStackedLayout;

namespace pitchside::ui {

class EmptyState;

// Figures about the account's content, from the local store: how much is
// planned, published, waiting; by status and by network.
class AnalyticsPage : public Page
{
    Q_OBJECT
public:
    explicit AnalyticsPage(UiContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Analytics"); }
    QString iconName() const override { return QStringLiteral("chart-column"); }
    void activate() override { reload(); }

private:
    void reload();
    QWidget *makeCard(const QString &caption, QLabel **value);

    UiContext &m_context;
    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QLabel *m_total = nullptr;
    QLabel *m_nextWeek = nullptr;
    QLabel *m_publishedMonth = nullptr;
    QLabel *m_drafts = nullptr;
    QChartView *m_byStatus;
    QChartView *m_byPlatform;
};

} // namespace pitchside::ui
