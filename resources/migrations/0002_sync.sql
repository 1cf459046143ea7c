-- Pitchside local store, schema 2: what the sync engine needs beyond schema 1.
--
-- conflicts.remote_deleted: the server deleted an entity the user changed
--   here (its server_copy is then the last copy this store saw, or '{}').
-- outbox.error_code: a machine-readable reason next to last_error (the
--   sentence shown to people), e.g. "BUSINESS_RULE/caption_too_long",
--   "FORBIDDEN", "NETWORK"; the pending-changes list picks its advice by it.
-- outbox.payload may also hold {"sent": {...}, "if_match": N} while a request
--   of that entry may have reached the server (state 'inflight'): a retry
--   re-sends exactly those bytes with the same Idempotency-Key, so the server
--   replays its first answer instead of applying a different body.

ALTER TABLE conflicts ADD COLUMN remote_deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN error_code TEXT;

-- The push loop asks "is anything else waiting for this entity?" per answer.
CREATE INDEX IF NOT EXISTS outbox_by_entity_seq ON outbox(entity_type, entity_id, seq);

-- During a full resync (after 410 GONE), the ids the feed brought again; at
-- its end, clean rows it did not bring were deleted on the server meanwhile.
-- A table, not memory, so that a resync interrupted by a crash resumes.
CREATE TABLE resync_seen (
    entity_type  TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id)
) WITHOUT ROWID;
