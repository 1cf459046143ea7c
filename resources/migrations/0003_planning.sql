-- Pitchside local store, schema 3: content planning (calendar and editor).
--
-- post_versions: the editor's autosaved versions of a post, so that a person
--   can go back to what they wrote a few minutes ago. Local to this computer
--   and never synced; the last 20 of each post are kept (PostHistoryRepository
--   prunes). No foreign key: a deleted draft brought back by Undo finds its
--   history again, and orphans are pruned with the post's next version.
CREATE TABLE post_versions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id        TEXT NOT NULL,
    started_at     INTEGER NOT NULL,              -- ms UTC of the first autosave folded into it
    saved_at       INTEGER NOT NULL,              -- ms UTC of the last autosave it holds
    content        TEXT NOT NULL DEFAULT '',
    hashtags       TEXT NOT NULL DEFAULT '[]',
    first_comment  TEXT,
    platforms      INTEGER NOT NULL DEFAULT 0,
    media_ids      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX post_versions_by_post ON post_versions(post_id, saved_at);

-- The slot rule (same profile, a common platform, less than 30 minutes
-- apart) and the calendar's per-profile filter read scheduled posts by
-- profile and time.
CREATE INDEX posts_by_profile_schedule ON posts(profile_id, scheduled_at) WHERE scheduled_at IS NOT NULL;

-- Templates are listed most used first, then by name.
CREATE INDEX templates_by_use ON templates(usage_count DESC, name);
