-- Pitchside local store, schema 9: the inbox (API.md §6) — conversations,
-- their messages, notifications — and the drafts typed in each conversation.
CREATE TABLE conversations (
    id                      TEXT PRIMARY KEY NOT NULL,
    kind                    TEXT NOT NULL,
    participant_id          TEXT NOT NULL,
    participant_type        TEXT NOT NULL,
    participant_name        TEXT NOT NULL,
    subject                 TEXT,
    campaign_id             TEXT,
    sponsor_request_id      TEXT,
    last_message_at         INTEGER,
    last_message_id         TEXT,
    last_message_text       TEXT,
    last_message_sender_id  TEXT,
    unread_count            INTEGER NOT NULL DEFAULT 0,
    last_read_at            INTEGER,
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 0,
    dirty                   INTEGER NOT NULL DEFAULT 0,
    deleted                 INTEGER NOT NULL DEFAULT 0,
    conflict                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversations_by_last_message ON conversations (last_message_at DESC);

CREATE TABLE messages (
    id               TEXT PRIMARY KEY NOT NULL,
    conversation_id  TEXT NOT NULL,
    sender_id        TEXT,
    sender_type      TEXT NOT NULL,
    sender_name      TEXT,
    recipient_id     TEXT,
    recipient_type   TEXT,
    content          TEXT NOT NULL,
    subject          TEXT,
    campaign_id      TEXT,
    is_read          INTEGER NOT NULL DEFAULT 0,
    read_at          INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    dirty            INTEGER NOT NULL DEFAULT 0,
    deleted          INTEGER NOT NULL DEFAULT 0,
    conflict         INTEGER NOT NULL DEFAULT 0
);
-- A thread is read by conversation in time order, newest last.
CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at);

CREATE VIRTUAL TABLE messages_fts USING fts5(
    content, content='messages', content_rowid='rowid',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
    INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
END;

CREATE TABLE notifications (
    id            TEXT PRIMARY KEY NOT NULL,
    type          TEXT NOT NULL,
    title         TEXT NOT NULL,
    message       TEXT NOT NULL,
    link          TEXT,
    subject_type  TEXT,
    subject_id    TEXT,
    is_read       INTEGER NOT NULL DEFAULT 0,
    read_at       INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    dirty         INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0,
    conflict      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notifications_by_time ON notifications (created_at DESC);
-- The bell's count reads only the unread ones.
CREATE INDEX notifications_unread ON notifications (created_at) WHERE is_read = 0 AND deleted = 0;

-- What is typed in a conversation and not sent yet: this computer's only.
CREATE TABLE conversation_drafts (
    conversation_id  TEXT PRIMARY KEY NOT NULL,
    text             TEXT NOT NULL,
    updated_at       INTEGER NOT NULL
);

-- The feed has carried these types all along (an older build skipped
-- them): read it again from the start, keeping every local change.
INSERT OR REPLACE INTO sync_state (key, value)
    SELECT 'resync_pending', '1' FROM sync_state WHERE key = 'last_seq' AND CAST(value AS INTEGER) > 0;
UPDATE sync_state SET value = '0' WHERE key = 'last_seq';
DELETE FROM resync_seen;
