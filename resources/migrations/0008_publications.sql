-- Pitchside local store, schema 8: a post's publications, one per network
-- (API.md §4 and §9), with the audience figures the network reports.
CREATE TABLE publications (
    id                  TEXT PRIMARY KEY NOT NULL,
    post_id             TEXT,
    platform            TEXT NOT NULL,
    account_id          TEXT,
    status              TEXT NOT NULL,
    platform_post_id    TEXT,
    post_url            TEXT,
    error_code          TEXT,
    error_message       TEXT,
    scheduled_at        INTEGER,
    published_at        INTEGER,
    attempts            INTEGER NOT NULL DEFAULT 0,
    reach               INTEGER NOT NULL DEFAULT 0,
    impressions         INTEGER NOT NULL DEFAULT 0,
    likes               INTEGER NOT NULL DEFAULT 0,
    comments            INTEGER NOT NULL DEFAULT 0,
    shares              INTEGER NOT NULL DEFAULT 0,
    saves               INTEGER NOT NULL DEFAULT 0,
    clicks              INTEGER NOT NULL DEFAULT 0,
    metrics_updated_at  INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    version             INTEGER NOT NULL DEFAULT 0,
    dirty               INTEGER NOT NULL DEFAULT 0,
    deleted             INTEGER NOT NULL DEFAULT 0,
    conflict            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX publications_by_post ON publications (post_id, platform);

-- The feed has carried publications all along (an older build skipped
-- them): read it again from the start, keeping every local change.
INSERT OR REPLACE INTO sync_state (key, value)
    SELECT 'resync_pending', '1' FROM sync_state WHERE key = 'last_seq' AND CAST(value AS INTEGER) > 0;
UPDATE sync_state SET value = '0' WHERE key = 'last_seq';
DELETE FROM resync_seen;
