-- Issue 15: reusable campaign messages (synced type "message_template",
-- docs/api/campaigns.md).
CREATE TABLE message_templates (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    message_1   TEXT NOT NULL,
    message_2   TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0,
    dirty       INTEGER NOT NULL DEFAULT 0,
    deleted     INTEGER NOT NULL DEFAULT 0,
    conflict    INTEGER NOT NULL DEFAULT 0
);

-- A store that synced before this type existed has passed its items in the
-- feed: read it again from the start, keeping every local change.
INSERT OR REPLACE INTO sync_state (key, value)
    SELECT 'resync_pending', '1' FROM sync_state WHERE key = 'last_seq' AND CAST(value AS INTEGER) > 0;
UPDATE sync_state SET value = '0' WHERE key = 'last_seq';
DELETE FROM resync_seen;
