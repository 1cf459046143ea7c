#pragma once

#include "../Page.h"
#include "../UiContext.h"
#include "models/CalendarData.h"

#include <QDate>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace pitchside {
class CalendarLoader;
}

namespace pitchside::ui {

class AgendaView;
class CalendarActions;
class CalendarFilterButton;
class CalendarView;
class DraftTray;
class MediaThumbnails;
class MessageBanner;
class MonthView;
class TimeGridView;

// What is planned: posts at their time in their status colour, matches and
// events overlaid, by month, week, day or as a list; drafts without a date
// in a tray beside it, to drag onto a day. Everything is read from the
// local store and every change is an undoable store command.
class CalendarPage : public Page
{
    Q_OBJECT
public:
    enum class ViewKind { Month, Week, Day, Agenda };

    // `undo`: the window's stack (Ctrl+Z); the page makes its own without one.
    explicit CalendarPage(UiContext &context, QWidget *parent = nullptr, QUndoStack *undo = nullptr);
    ~CalendarPage() override;

    QString title() const override { return tr("Calendar"); }
    QString iconName() const override { return QStringLiteral("calendar"); }
    void activate() override;
    QList<std::pair<QString, QString>> keyboardHelp() const override;

    void setViewKind(ViewKind kind);
    ViewKind viewKind() const { return m_kind; }
    CalendarView *currentView() const;
    MonthView *monthView() const { return m_month; }
    TimeGridView *weekView() const { return m_week; }
    TimeGridView *dayView() const { return m_day; }
    AgendaView *agendaView() const { return m_agenda; }
    DraftTray *tray() const { return m_tray; }
    CalendarActions *actions() const { return m_actions; }
    MessageBanner *banner() const { return m_banner; }
    // Scheduled posts of the view that would fail, in one line for all.
    MessageBanner *publishingBanner() const { return m_publishingBanner; }
    CalendarFilterButton *filterButton() const { return m_filters; }
    QUndoStack *undoStack() const { return m_undo; }

    void goToDate(QDate date);
    QDate currentDate() const;
    const CalendarSnapshot &snapshot() const { return m_snapshot; }
    int itemCount() const { return m_snapshot.entryCount(); } // entries in the loaded range
    QString periodTitle() const;
    // Loads the current range now (it is otherwise loaded when the store changes).
    void reload();
    // Goes to a post's day and selects it: drawn whole, never inside "+N more"
    // (after a drop, a schedule in the editor, a copy).
    void revealPost(const QString &postId);
    QList<QAbstractButton *> viewButtons() const;

Q_SIGNALS:
    void newPostRequested();
    void newPostAtRequested(const QDateTime &when);
    void openPostRequested(const QString &postId);
    void matchdayPostRequested(const QString &matchId);
    void accountsRequested();

private:
    QWidget *buildNavigation();
    void connectView(CalendarView *view);
    void scheduleReload();
    void loadRange(); // the snapshot of the view's range only, now
    void reloadAfterChange();
    void showSnapshot(CalendarSnapshot snapshot);
    void onDateChanged(QDate date);
    void showPublishingAlerts();

    UiContext &m_context;
    QUndoStack *m_undo;
    MediaThumbnails *m_thumbnails;
    MessageBanner *m_banner;
    MessageBanner *m_publishingBanner;
    QString m_publishingText;       // what the publishing banner says (or would, when closed)
    QString m_publishingClosedText; // closed by the person: not again until it says something else
    CalendarFilterButton *m_filters;
    MonthView *m_month;
    TimeGridView *m_week;
    TimeGridView *m_day;
    AgendaView *m_agenda;
    QStackedWidget *m_views;
    DraftTray *m_tray;
    CalendarActions *m_actions;
    QLabel *m_period;
    QList<QAbstractButton *> m_viewButtons; // by ViewKind
    QTimer *m_reloadTimer;
    CalendarSnapshot m_snapshot;
    CalendarLoader *m_loader = nullptr; // made when a load first gets slow
    quint64 m_loadTicket = 0;           // bumped by every load made here
    qint64 m_lastLoadMs = 0;
    bool m_stale = false;      // the store changed while the page was hidden
    bool m_bulkChange = false; // many or unknown posts changed since the last reload
    ViewKind m_kind = ViewKind::Month;
};

} // namespace pitchside::ui
