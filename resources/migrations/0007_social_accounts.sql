-- Pitchside local store, schema 7: connected network accounts (API.md §9).
CREATE TABLE social_accounts (
    id                  TEXT PRIMARY KEY NOT NULL,
    platform            TEXT NOT NULL,
    network_profile_id  TEXT NOT NULL,
    profile_name        TEXT NOT NULL DEFAULT '',
    scopes              TEXT NOT NULL DEFAULT '[]',
    expires_at          INTEGER,
    is_active           INTEGER NOT NULL DEFAULT 1,
    needs_reconnect     INTEGER NOT NULL DEFAULT 0,
    reconnect_reason    TEXT,
    last_used_at        INTEGER,
    connected_at        INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 0,
    dirty               INTEGER NOT NULL DEFAULT 0,
    deleted             INTEGER NOT NULL DEFAULT 0,
    conflict            INTEGER NOT NULL DEFAULT 0
);

-- A store that synced before this type existed has passed its items in the
-- feed (an older build skips types it does not know): read the feed again
-- from the start, keeping every local change, as after a lost sync point.
INSERT OR REPLACE INTO sync_state (key, value)
    SELECT 'resync_pending', '1' FROM sync_state WHERE key = 'last_seq' AND CAST(value AS INTEGER) > 0;
UPDATE sync_state SET value = '0' WHERE key = 'last_seq';
DELETE FROM resync_seen;
