#pragma once

#include "models/CalendarData.h"
#include "models/Post.h"
#include "models/PostPlanner.h"

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace pitchside::store {
class Store;
}

namespace pitchside::ui {

class MediaThumbnails;
class MessageBanner;

// What people do to the calendar's entries — move, schedule, unschedule,
// copy and delete posts; add, edit and delete matches — decided and written
// by the model's commands (PostPlanner for times), recorded for undo, and
// told in the banner ("Moved to Tuesday 14:00. Undo"; "This time has
// already passed…").
class CalendarActions : public QObject
{
    Q_OBJECT
public:
    CalendarActions(store::Store &store, QUndoStack &undo, MessageBanner &banner, MediaThumbnails &thumbnails,
                    QWidget *dialogParent);

    // Returns whether the change was made.
    bool movePostToDay(const QString &postId, QDate day);
    bool schedulePostAt(const QString &postId, const QDateTime &when);
    bool unschedulePost(const QString &postId);
    bool duplicatePost(const QString &postId);
    bool deletePost(const QString &postId);
    bool deleteMatch(const QString &matchId);
    void newMatch(const QDateTime &when);
    void editMatch(const QString &matchId);

    void showEntryMenu(const CalendarEntry &entry, const QPoint &globalPos);
    void showEmptyMenu(const QDateTime &when, const QPoint &globalPos);
    void activate(const CalendarEntry &entry); // double-click, Enter

Q_SIGNALS:
    void openPostRequested(const QString &postId);
    void newPostRequested(const QDateTime &when); // invalid: no date
    void matchdayPostRequested(const QString &matchId);
    void selectRequested(const QString &id);

private:
    // Tells a scheduling command's outcome and records it for undo.
    bool report(const PostCommandResult &result);
    void runMatchDialog(const Match &match, bool isNew);
    QString describeSlot(const QVector<PostSummary> &others) const;

    store::Store &m_store;
    QUndoStack &m_undo;
    MessageBanner &m_banner;
    MediaThumbnails &m_thumbnails;
    QPointer<QWidget> m_parent;
};

} // namespace pitchside::ui
