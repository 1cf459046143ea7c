#include "CalendarActions.h"

#include "EntryPainter.h"
#include "MatchDialog.h"
#include "../common/Icons.h"
#include "../common/MessageBanner.h"
#include "../common/PostCommands.h"
#include "../common/Theme.h"
#include "models/PostPlanner.h"
#include "models/store/Store.h"

#include <QLocale>
#include <QMenu>
#include <QUndoStack>

namespace pitchside::ui {

namespace {

QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return CalendarActions::tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QStringLiteral("dddd d MMMM")),
             QLocale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace

CalendarActions::CalendarActions(store::Store &store, QUndoStack &undo, MessageBanner &banner,
                                 MediaThumbnails &thumbnails, QWidget *dialogParent)
    : QObject(dialogParent), m_store(store), m_undo(undo), m_banner(banner), m_thumbnails(thumbnails),
      m_parent(dialogParent)
{
    connect(&m_banner, &MessageBanner::actionTriggered, this, [this] {
        if (m_undo.canUndo())
            m_undo.undo();
    });
}

QString CalendarActions::describeSlot(const QVector<PostSummary> &others) const
{
    QStringList times;
    for (const PostSummary &s : others)
        times << QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.scheduledAtMs).toLocalTime().time(),
                                    QLocale::ShortFormat);
    return tr("Slot taken: %n other post(s) of this profile on the same network less than 30 minutes away (%1).",
              nullptr, int(others.size()))
        .arg(times.join(QStringLiteral(", ")));
}

bool CalendarActions::movePostToDay(const QString &postId, QDate day)
{
    return report(PostPlanner(m_store).moveToDay(postId, day));
}

bool CalendarActions::schedulePostAt(const QString &postId, const QDateTime &when)
{
    return report(PostPlanner(m_store).schedule(postId, when));
}

bool CalendarActions::report(const PostCommandResult &result)
{
    using Outcome = PostCommandResult::Outcome;
    if (result.outcome == Outcome::NotFound)
        return false;
    if (!result.ok()) {
        m_banner.showMessage(MessageBanner::Kind::Error, result.message());
        return false;
    }
    if (result.outcome == Outcome::Unchanged)
        return true; // dropped where it was
    const bool wasDraft = result.before.status != PostStatus::Scheduled;
    m_undo.push(new PostTimingCommand(
        m_store, result, wasDraft ? tr("Schedule post") : tr("Move post"),
        [this](const QString &message) { m_banner.showMessage(MessageBanner::Kind::Error, message); }));
    Q_EMIT selectRequested(result.postId);
    const QString done = (wasDraft ? tr("Scheduled for %1.") : tr("Moved to %1.")).arg(whenText(result.after.scheduledAt));
    if (!result.plan.slotTakenBy.isEmpty())
        m_banner.showMessage(MessageBanner::Kind::Warning,
                             done + QLatin1Char(' ') + describeSlot(result.plan.slotTakenBy), tr("Undo"));
    else
        m_banner.showMessage(MessageBanner::Kind::Info, done, tr("Undo"));
    return true;
}

bool CalendarActions::unschedulePost(const QString &postId)
{
    const PostCommandResult result = PostPlanner(m_store).unschedule(postId);
    if (result.outcome == PostCommandResult::Outcome::NotFound)
        return false;
    if (!result.ok()) {
        m_banner.showMessage(MessageBanner::Kind::Error, result.message());
        return false;
    }
    if (result.outcome == PostCommandResult::Outcome::Unchanged)
        return true;
    m_undo.push(new PostTimingCommand(m_store, result, tr("Unschedule post")));
    m_banner.showMessage(MessageBanner::Kind::Info, tr("Back in the drafts without a date."), tr("Undo"));
    return true;
}

bool CalendarActions::duplicatePost(const QString &postId)
{
    auto *command = new DuplicatePostCommand(m_store, postId, [this](const QString &message) {
        m_banner.showMessage(MessageBanner::Kind::Error, message);
    });
    m_undo.push(command);
    if (command->isObsolete())
        return false;
    Q_EMIT selectRequested(command->copyId());
    m_banner.showMessage(MessageBanner::Kind::Info, tr("Copied as a draft at the same time."), tr("Undo"));
    return true;
}

bool CalendarActions::deletePost(const QString &postId)
{
    const std::optional<Post> post = m_store.posts().find(postId);
    if (!post)
        return false;
    QString why;
    if (!PostRules::canDelete(*post, &why)) {
        m_banner.showMessage(MessageBanner::Kind::Error, why);
        return false;
    }
    auto *command = new DeletePostCommand(m_store, *post, [this](const QString &message) {
        m_banner.showMessage(MessageBanner::Kind::Error, message);
    });
    m_undo.push(command);
    if (command->isObsolete())
        return false;
    m_banner.showMessage(MessageBanner::Kind::Info, tr("Post deleted."), tr("Undo"));
    return true;
}

bool CalendarActions::deleteMatch(const QString &matchId)
{
    const std::optional<Match> match = m_store.calendar().findMatch(matchId);
    if (!match)
        return false;
    auto *command = new DeleteMatchCommand(m_store, *match, [this](const QString &message) {
        m_banner.showMessage(MessageBanner::Kind::Error, message);
    });
    m_undo.push(command);
    if (command->isObsolete())
        return false;
    m_banner.showMessage(MessageBanner::Kind::Info, tr("Match deleted."), tr("Undo"));
    return true;
}

void CalendarActions::newMatch(const QDateTime &when)
{
    Match m;
    QDateTime at = when.isValid() ? when : QDateTime(Clock::today().addDays(1), QTime(15, 0));
    if (at.time() == QTime(0, 0))
        at.setTime(QTime(15, 0)); // a day without a time: the usual kick-off
    m.matchDate = at.toUTC();
    runMatchDialog(m, true);
}

void CalendarActions::editMatch(const QString &matchId)
{
    if (const std::optional<Match> m = m_store.calendar().findMatch(matchId))
        runMatchDialog(*m, false);
}

void CalendarActions::runMatchDialog(const Match &match, bool isNew)
{
    MatchDialog dialog(m_store, m_thumbnails, match, isNew, m_parent);
    const int outcome = dialog.exec();
    if (outcome == MatchDialog::Deleted) {
        deleteMatch(match.id);
        return;
    }
    if (outcome != MatchDialog::Saved && outcome != MatchDialog::MatchdayPost)
        return;
    Match edited = dialog.match();
    store::StoreError e;
    if (isNew)
        e = m_store.matches().create(edited);
    else
        e = m_store.matches().update(edited.id, [&edited](Match &m) { m = edited; });
    if (e) {
        m_banner.showMessage(MessageBanner::Kind::Error, e.userMessage());
        return;
    }
    Q_EMIT selectRequested(edited.id);
    if (outcome == MatchDialog::MatchdayPost)
        Q_EMIT matchdayPostRequested(edited.id);
    else
        m_banner.showMessage(MessageBanner::Kind::Info, isNew ? tr("Match added.") : tr("Match saved."));
}

void CalendarActions::activate(const CalendarEntry &entry)
{
    switch (entry.kind) {
    case CalendarEntry::Kind::Post:
        Q_EMIT openPostRequested(entry.id);
        break;
    case CalendarEntry::Kind::Match:
        editMatch(entry.id);
        break;
    case CalendarEntry::Kind::Event: {
        QString text = tr("%1: from %2 to %3.")
                           .arg(entry.title, QLocale().toString(entry.start, QLocale::ShortFormat),
                                QLocale().toString(entry.end, QLocale::ShortFormat));
        if (!entry.address.isEmpty())
            text += QLatin1Char(' ') + entry.address;
        m_banner.showMessage(MessageBanner::Kind::Info, text);
        break;
    }
    }
}

void CalendarActions::showEntryMenu(const CalendarEntry &entry, const QPoint &globalPos)
{
    QMenu menu(m_parent);
    menu.setToolTipsVisible(true);
    const QString id = entry.id;
    if (entry.kind == CalendarEntry::Kind::Post) {
        menu.addAction(Icons::ui(QStringLiteral("square-pen")), tr("Open in the editor"), this,
                       [this, id] { Q_EMIT openPostRequested(id); });
        menu.addAction(Icons::ui(QStringLiteral("copy")), tr("Duplicate"), this, [this, id] { duplicatePost(id); });
        const std::optional<Post> post = m_store.posts().find(id);
        QString why;
        QAction *unschedule = menu.addAction(Icons::ui(QStringLiteral("calendar-x")), tr("Unschedule"), this,
                                             [this, id] { unschedulePost(id); });
        if (post && !PostRules::canReschedule(*post, &why)) {
            unschedule->setEnabled(false);
            unschedule->setToolTip(why);
        }
        menu.addSeparator();
        QAction *remove = menu.addAction(Icons::ui(QStringLiteral("trash-2"), Theme::danger()), tr("Delete"), this,
                                         [this, id] { deletePost(id); });
        remove->setShortcut(QKeySequence::Delete);
        if (post && !PostRules::canDelete(*post, &why)) {
            remove->setEnabled(false);
            remove->setToolTip(why);
        }
    } else if (entry.kind == CalendarEntry::Kind::Match) {
        menu.addAction(Icons::ui(QStringLiteral("square-pen")), tr("Edit the match…"), this,
                       [this, id] { editMatch(id); });
        menu.addAction(Icons::ui(QStringLiteral("file-text")), tr("Create matchday post"), this,
                       [this, id] { Q_EMIT matchdayPostRequested(id); });
        menu.addSeparator();
        menu.addAction(Icons::ui(QStringLiteral("trash-2"), Theme::danger()), tr("Delete the match"), this,
                       [this, id] { deleteMatch(id); });
    } else {
        menu.addAction(Icons::ui(QStringLiteral("info")), tr("Details"), this, [this, entry] { activate(entry); });
    }
    menu.exec(globalPos);
}

void CalendarActions::showEmptyMenu(const QDateTime &when, const QPoint &globalPos)
{
    QMenu menu(m_parent);
    const bool hasTime = when.time() != QTime(0, 0);
    QString at = QLocale().toString(when.date(), QStringLiteral("dddd d MMMM"));
    if (hasTime)
        at += QStringLiteral(", ") + QLocale().toString(when.time(), QLocale::ShortFormat);
    menu.addAction(Icons::ui(QStringLiteral("plus")), tr("New post on %1").arg(at), this, [this, when, hasTime] {
        Q_EMIT newPostRequested(hasTime ? when : QDateTime(when.date(), QTime(12, 0)));
    });
    menu.addAction(Icons::ui(QStringLiteral("trophy"), Theme::matchColor()), tr("New match on %1").arg(at), this,
                   [this, when] { newMatch(when); });
    menu.exec(globalPos);
}

} // namespace pitchside::ui
