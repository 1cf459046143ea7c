#pragma once

#include "CalendarView.h"

class QTreeWidget;
class QTreeWidgetItem;

namespace pitchside::ui {

// The list view: four weeks from the current date, day by day, every
// entry on its own line (the view for reading, and for screen readers).
class AgendaView : public CalendarView
{
    Q_OBJECT
public:
    explicit AgendaView(QWidget *parent = nullptr);

    std::pair<QDate, QDate> rangeFor(QDate date) const override;
    QString periodTitle() const override;
    void stepPeriod(int direction) override;

    int rowCount() const; // entry lines shown
    QTreeWidget *list() const { return m_list; }

    static constexpr int kDays = 28;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void snapshotChanged() override;
    void currentDateSet() override { rebuild(); }

private:
    void rebuild();
    const CalendarEntry *entryOf(QTreeWidgetItem *item) const;

    QTreeWidget *m_list;
};

} // namespace pitchside::ui
