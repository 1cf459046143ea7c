-- Pitchside local store, schema 10: WhatsApp contacts, their categories,
-- campaigns and each campaign's messages (docs/api/campaigns.md), and
-- outbox commands (an action the server runs once: send a campaign).
CREATE TABLE contact_categories (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL,
    color          TEXT NOT NULL DEFAULT '#607D8B',
    contact_count  INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    dirty          INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0,
    conflict       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE contacts (
    id                 TEXT PRIMARY KEY NOT NULL,
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    full_number        TEXT NOT NULL,
    country_code       TEXT,
    phone_number       TEXT,
    whatsapp_verified  INTEGER NOT NULL DEFAULT 0,
    verified_at        INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0,
    dirty              INTEGER NOT NULL DEFAULT 0,
    deleted            INTEGER NOT NULL DEFAULT 0,
    conflict           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_by_number ON contacts (full_number);
CREATE INDEX contacts_by_name ON contacts (last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE contact_category_members (
    contact_id   TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    category_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (contact_id, position)
);
CREATE INDEX contact_category_members_by_category ON contact_category_members (category_id, contact_id);

CREATE TABLE campaigns (
    id                     TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL,
    message_1              TEXT NOT NULL,
    message_2              TEXT,
    status                 TEXT NOT NULL DEFAULT 'draft'
                           CHECK (status IN ('draft','scheduled','sending','completed','failed','stopped')),
    scheduled_at           INTEGER,
    started_at             INTEGER,
    completed_at           INTEGER,
    total_recipients       INTEGER NOT NULL DEFAULT 0,
    pending_count          INTEGER NOT NULL DEFAULT 0,
    sent_count             INTEGER NOT NULL DEFAULT 0,
    delivered_count        INTEGER NOT NULL DEFAULT 0,
    read_count             INTEGER NOT NULL DEFAULT 0,
    replied_count          INTEGER NOT NULL DEFAULT 0,
    failed_count           INTEGER NOT NULL DEFAULT 0,
    success_count          INTEGER NOT NULL DEFAULT 0,
    message_2_sent_count   INTEGER NOT NULL DEFAULT 0,
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    version                INTEGER NOT NULL DEFAULT 0,
    dirty                  INTEGER NOT NULL DEFAULT 0,
    deleted                INTEGER NOT NULL DEFAULT 0,
    conflict               INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE campaign_categories (
    campaign_id  TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    category_id  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, position)
);

CREATE TABLE campaign_messages (
    id             TEXT PRIMARY KEY NOT NULL,
    campaign_id    TEXT NOT NULL,
    contact_id     TEXT NOT NULL,
    message_type   TEXT NOT NULL CHECK (message_type IN ('message_1','message_2')),
    content        TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('pending','sent','delivered','read','failed')),
    sent_at        INTEGER,
    delivered_at   INTEGER,
    read_at        INTEGER,
    replied_at     INTEGER,
    failed_at      INTEGER,
    error_message  TEXT,
    retries        INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    dirty          INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0,
    conflict       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX campaign_messages_by_campaign ON campaign_messages (campaign_id, status);
-- The daily gauge counts what left each day.
CREATE INDEX campaign_messages_by_sent ON campaign_messages (sent_at);

-- Outbox entries may now be commands: the CHECK on `op` is part of the
-- table, so the table is made again with its rows (same seq values, so the
-- AUTOINCREMENT counter carries on).
CREATE TABLE outbox_v10 (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_type      TEXT NOT NULL,
    entity_id        TEXT NOT NULL,
    op               TEXT NOT NULL CHECK (op IN ('create','update','delete','command')),
    payload          TEXT NOT NULL DEFAULT '{}',
    base_version     INTEGER NOT NULL DEFAULT 0,
    idempotency_key  TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending','inflight','parked','conflict')),
    created_at       INTEGER NOT NULL,
    error_code       TEXT
);
INSERT INTO outbox_v10 (seq, entity_type, entity_id, op, payload, base_version, idempotency_key, attempts,
                        next_attempt_at, last_error, state, created_at, error_code)
    SELECT seq, entity_type, entity_id, op, payload, base_version, idempotency_key, attempts,
           next_attempt_at, last_error, state, created_at, error_code FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v10 RENAME TO outbox;
CREATE INDEX outbox_by_entity ON outbox(entity_type, entity_id);
CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at);
CREATE INDEX outbox_by_entity_seq ON outbox(entity_type, entity_id, seq);

-- A store that synced before these types existed has passed their items in
-- the feed: read it again from the start, keeping every local change.
INSERT OR REPLACE INTO sync_state (key, value)
    SELECT 'resync_pending', '1' FROM sync_state WHERE key = 'last_seq' AND CAST(value AS INTEGER) > 0;
UPDATE sync_state SET value = '0' WHERE key = 'last_seq';
DELETE FROM resync_seen;
