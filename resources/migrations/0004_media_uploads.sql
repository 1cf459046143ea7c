-- Pitchside local store, schema 4: the media library's uploads and caches.
--
-- media_uploads: one row per local media item that must reach the server
--   through the chunked, resumable protocol (docs/api/README.md "Media
--   uploads"). It outlives the app: after a crash or a restart the queue
--   asks the server which chunks it has (GET /api/media/uploads/{upload_id})
--   and sends only the others. A media item's "create" is its upload: the
--   outbox create entry of a media item is carried out by this queue, not
--   by a generic POST.
--     state     queued → uploading → done; paused and cancelled by the user;
--               failed when the server refused for good (413, 400, 507,
--               checksum) or the local copy is damaged or gone
--     received  JSON array of chunk indexes the server acknowledged
--     init_key  Idempotency-Key of POST /api/media/uploads: a lost answer is
--               replayed, never a second upload; a new key per user retry
--               (so a fixed quota problem is asked again, not replayed)
--     error_code machine-readable reason (PAYLOAD_TOO_LARGE, STORAGE_QUOTA,
--               VALIDATION_ERROR, CHECKSUM_MISMATCH, LOCAL_DAMAGED,
--               LOCAL_MISSING, NETWORK…); error: the server's message or
--               the technical detail, for the log and the tooltip
CREATE TABLE media_uploads (
    media_id         TEXT PRIMARY KEY NOT NULL,
    state            TEXT NOT NULL DEFAULT 'queued'
                     CHECK (state IN ('queued','uploading','paused','done','failed','cancelled')),
    upload_id        TEXT,
    init_key         TEXT NOT NULL,
    chunk_size       INTEGER NOT NULL DEFAULT 0,
    total_chunks     INTEGER NOT NULL DEFAULT 0,
    received         TEXT NOT NULL DEFAULT '[]',
    size_bytes       INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    error_code       TEXT,
    error            TEXT,
    expires_at       INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX media_uploads_by_state ON media_uploads(state, next_attempt_at);

-- Remote media (made on another device) shows its server variants; they are
-- downloaded on demand into a bounded disk cache, evicted least recently
-- used first, and revalidated with their ETag (If-None-Match).
CREATE TABLE media_variant_cache (
    media_id      TEXT NOT NULL,
    variant       TEXT NOT NULL,
    path          TEXT NOT NULL,
    etag          TEXT,
    size_bytes    INTEGER NOT NULL,
    last_used_at  INTEGER NOT NULL,
    PRIMARY KEY (media_id, variant)
) WITHOUT ROWID;
CREATE INDEX media_variant_cache_lru ON media_variant_cache(last_used_at);

-- The library sorts by name too.
CREATE INDEX media_by_name ON media(filename COLLATE NOCASE, id);
CREATE INDEX media_by_created_id ON media(created_at, id);

-- The server is the authority on which items exist: two of its items may
-- hold the same bytes (uploaded before dedupe, seeded, imported by an
-- administrator), and a pull must never refuse one. The importer keeps its
-- own promise (the same photo imported twice stays one item) by looking the
-- SHA-256 up itself; the index only makes that look-up fast.
DROP INDEX IF EXISTS media_by_sha256;
CREATE INDEX media_by_sha256 ON media(sha256) WHERE sha256 IS NOT NULL AND deleted = 0;
