-- Pitchside local store, schema 6: items of the server's feed that could not
-- be read (a field of the wrong type, an id that is not a UUID…).
--
-- The feed moves on past such an item, so it is kept here with the reason
-- instead of being skipped with a log line: the status area lists it with
-- the changes waiting, and each later sync asks the server for it again by
-- id (a fixed server, or a newer Pitchside, then brings it). `entity_id` is
-- the server's text as it came, shown to people, never a key of a path.
CREATE TABLE unreadable_items (
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    first_seen_at INTEGER NOT NULL,
    last_tried_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity_type, entity_id)
);
