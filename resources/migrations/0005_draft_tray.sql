-- Pitchside local store, schema 5: the calendar's tray of drafts without a date.
--
-- The tray lists them newest first and reloads whenever posts change, so
-- during a first sync of 100,000 posts it runs every few hundred ms. Without
-- this index SQLite reads every draft through posts_by_status and sorts them
-- (about 200 ms on 110,000 posts); with it, it reads the newest 200 entries
-- in order. Leading with status makes the planner prefer it to
-- posts_by_status for `status = 'draft'`; its WHERE terms appear word for
-- word in PostRepository::unscheduledDrafts, which SQLite needs to use a
-- partial index.
CREATE INDEX posts_undated_drafts ON posts(status, updated_at)
    WHERE scheduled_at IS NULL AND deleted = 0;
