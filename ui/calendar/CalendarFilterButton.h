#pragma once

#include "models/CalendarData.h"

#include <QToolButton>

namespace pitchside {
class Preferences;
namespace store {
class Store;
}
} // namespace pitchside

namespace pitchside::ui {

// "Filters": which profile (club, team, sponsor), networks and statuses the
// calendar shows, and whether matches and events are overlaid. Remembered
// in the preferences; the button says how many filters are on.
class CalendarFilterButton : public QToolButton
{
    Q_OBJECT
public:
    CalendarFilterButton(store::Store &store, Preferences &preferences, QWidget *parent = nullptr);

    CalendarFilter filter() const { return m_filter; }
    void setFilter(const CalendarFilter &filter); // saves it too
    void clear();

Q_SIGNALS:
    void filterChanged(const pitchside::CalendarFilter &filter);

private:
    void rebuildMenu();
    void save();
    void refreshText();

    store::Store &m_store;
    Preferences &m_preferences;
    CalendarFilter m_filter;
};

} // namespace pitchside::ui
