-- Pitchside local store, schema 1.
--
-- Conventions for every synced table (see docs/architecture.md):
--   id          UUID text, the same on client and server
--   version     the server's version last seen; 0 = never accepted by a server
--   dirty       1 while a local change is not yet accepted by the server
--   deleted     1 = local tombstone until the delete is pushed
--   conflict    1 while a server copy waits in `conflicts` for the user
-- Times are integers: milliseconds since the Unix epoch, UTC.
-- Lists that travel as JSON arrays (hashtags, tags) are stored as JSON text.

CREATE TABLE profiles (
    id           TEXT PRIMARY KEY NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('equipe','club','district','ligue','sponsor')),
    name         TEXT NOT NULL,
    logo         TEXT,
    club_id      TEXT,
    numero       TEXT,
    is_active    INTEGER NOT NULL DEFAULT 1,
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    dirty        INTEGER NOT NULL DEFAULT 0,
    deleted      INTEGER NOT NULL DEFAULT 0,
    conflict     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE templates (
    id           TEXT PRIMARY KEY NOT NULL,
    profile_id   TEXT,
    name         TEXT NOT NULL,
    description  TEXT,
    category     TEXT NOT NULL DEFAULT 'autre'
                 CHECK (category IN ('conseil','actualite','temoignage','etude_cas','promo','autre')),
    platforms    INTEGER NOT NULL DEFAULT 0,   -- bit mask: 1 linkedin, 2 instagram, 4 facebook
    content      TEXT NOT NULL,
    hashtags     TEXT NOT NULL DEFAULT '[]',
    variables    TEXT NOT NULL DEFAULT '{}',
    usage_count  INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    dirty        INTEGER NOT NULL DEFAULT 0,
    deleted      INTEGER NOT NULL DEFAULT 0,
    conflict     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE posts (
    id            TEXT PRIMARY KEY NOT NULL,
    profile_id    TEXT,
    platforms     INTEGER NOT NULL DEFAULT 0,  -- bit mask: 1 linkedin, 2 instagram, 4 facebook
    content       TEXT NOT NULL DEFAULT '',
    hashtags      TEXT NOT NULL DEFAULT '[]',
    first_comment TEXT,
    status        TEXT NOT NULL DEFAULT 'draft'
                  CHECK (status IN ('draft','scheduled','publishing','published','failed')),
    scheduled_at  INTEGER,
    published_at  INTEGER,
    error_message TEXT,
    idea_source   TEXT,
    ai_generated  INTEGER NOT NULL DEFAULT 0,
    rating        INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    template_id   TEXT,
    metadata      TEXT NOT NULL DEFAULT '{}',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 0,
    dirty         INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0,
    conflict      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX posts_by_schedule ON posts(scheduled_at) WHERE scheduled_at IS NOT NULL;
CREATE INDEX posts_by_update ON posts(updated_at, id);
CREATE INDEX posts_by_status ON posts(status);
CREATE INDEX posts_dirty ON posts(dirty) WHERE dirty = 1;

-- Ordered media of a post (the post's media_ids[]). No foreign key to media:
-- a pulled post may name media whose record arrives later in the feed.
CREATE TABLE post_media (
    post_id   TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    media_id  TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (post_id, position)
);
CREATE INDEX post_media_by_media ON post_media(media_id);

CREATE TABLE media (
    id           TEXT PRIMARY KEY NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('image','video')),
    filename     TEXT NOT NULL,
    mime_type    TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL DEFAULT 0,
    width        INTEGER,
    height       INTEGER,
    duration_ms  INTEGER,
    tags         TEXT NOT NULL DEFAULT '[]',
    alt_text     TEXT NOT NULL DEFAULT '',
    sha256       TEXT,
    variants     TEXT NOT NULL DEFAULT '{}',   -- the server's variants object, as JSON
    blur_hash    TEXT,
    local_path   TEXT,                         -- content-addressed file in the account dir, NULL if remote only
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    dirty        INTEGER NOT NULL DEFAULT 0,
    deleted      INTEGER NOT NULL DEFAULT 0,
    conflict     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX media_by_created ON media(created_at);
CREATE UNIQUE INDEX media_by_sha256 ON media(sha256) WHERE sha256 IS NOT NULL AND deleted = 0;

CREATE TABLE matches (
    id             TEXT PRIMARY KEY NOT NULL,
    profile_id     TEXT,
    home_name      TEXT NOT NULL,
    home_logo_url  TEXT,
    home_club_id   TEXT,
    away_name      TEXT NOT NULL,
    away_logo_url  TEXT,
    away_club_id   TEXT,
    match_date     INTEGER NOT NULL,
    venue          TEXT NOT NULL DEFAULT '',
    competition    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'upcoming' CHECK (status IN ('upcoming','live','finished')),
    score_home     INTEGER,
    score_away     INTEGER,
    document_ids   TEXT NOT NULL DEFAULT '[]',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    dirty          INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0,
    conflict       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX matches_by_date ON matches(match_date);

-- Events come from the server only (read-only on the client).
CREATE TABLE events (
    id                      TEXT PRIMARY KEY NOT NULL,
    name                    TEXT NOT NULL,
    description             TEXT,
    start_at                INTEGER NOT NULL,
    end_at                  INTEGER NOT NULL,
    status                  TEXT NOT NULL DEFAULT '',
    address                 TEXT,
    signature_count         INTEGER NOT NULL DEFAULT 0,
    total_signature_needed  INTEGER NOT NULL DEFAULT 0,
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 0,
    dirty                   INTEGER NOT NULL DEFAULT 0,
    deleted                 INTEGER NOT NULL DEFAULT 0,
    conflict                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_by_start ON events(start_at);

-- A user's change and its outbox entry are written in one transaction.
-- payload: JSON; for updates {"fields":[column names changed]}, so that
-- successive edits of one entity coalesce into one push of the current row.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_type      TEXT NOT NULL,
    entity_id        TEXT NOT NULL,
    op               TEXT NOT NULL CHECK (op IN ('create','update','delete')),
    payload          TEXT NOT NULL DEFAULT '{}',
    base_version     INTEGER NOT NULL DEFAULT 0,
    idempotency_key  TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending','inflight','parked','conflict')),
    created_at       INTEGER NOT NULL
);
CREATE INDEX outbox_by_entity ON outbox(entity_type, entity_id);
CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at);

-- The server's copy of an entity the user also changed; one per entity.
CREATE TABLE conflicts (
    entity_type     TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    server_version  INTEGER NOT NULL,
    server_copy     TEXT NOT NULL,   -- JSON, as the server sent it
    detected_at     INTEGER NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
);

CREATE TABLE sync_state (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT
);

-- Full-text search. External-content tables kept in step by triggers; the
-- default unicode61 tokenizer folds accents, which French search wants.
CREATE VIRTUAL TABLE posts_fts USING fts5(
    content, hashtags, content='posts', content_rowid='rowid',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts(rowid, content, hashtags) VALUES (new.rowid, new.content, new.hashtags);
END;
CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts(posts_fts, rowid, content, hashtags) VALUES ('delete', old.rowid, old.content, old.hashtags);
END;
CREATE TRIGGER posts_fts_update AFTER UPDATE OF content, hashtags ON posts BEGIN
    INSERT INTO posts_fts(posts_fts, rowid, content, hashtags) VALUES ('delete', old.rowid, old.content, old.hashtags);
    INSERT INTO posts_fts(rowid, content, hashtags) VALUES (new.rowid, new.content, new.hashtags);
END;

CREATE VIRTUAL TABLE media_fts USING fts5(
    filename, tags, alt_text, content='media', content_rowid='rowid',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER media_fts_insert AFTER INSERT ON media BEGIN
    INSERT INTO media_fts(rowid, filename, tags, alt_text) VALUES (new.rowid, new.filename, new.tags, new.alt_text);
END;
CREATE TRIGGER media_fts_delete AFTER DELETE ON media BEGIN
    INSERT INTO media_fts(media_fts, rowid, filename, tags, alt_text) VALUES ('delete', old.rowid, old.filename, old.tags, old.alt_text);
END;
CREATE TRIGGER media_fts_update AFTER UPDATE OF filename, tags, alt_text ON media BEGIN
    INSERT INTO media_fts(media_fts, rowid, filename, tags, alt_text) VALUES ('delete', old.rowid, old.filename, old.tags, old.alt_text);
    INSERT INTO media_fts(rowid, filename, tags, alt_text) VALUES (new.rowid, new.filename, new.tags, new.alt_text);
END;
