-- Fewer pages written per event applied (measured in docs/performance.md).
--
-- 1. Duplicate-matching keys move from a B-tree table to a full-text index of their own.
-- Every new or edited client rewrote its rows in client_match_keys, keys that land at random
-- places in a table as large as the register: applying 10k remote events dirtied most of that
-- table's pages. An FTS5 index appends each batch of writes as a new segment and merges later.
-- Each client is one row (rowid = clients.rowid) whose tokens are its keys, hashed to plain
-- hex words (see services.clients); no positions are kept, only which clients have a key.
-- The rows are filled by clients.ensure_index when the store is next opened.
DROP TABLE client_match_keys;

CREATE VIRTUAL TABLE client_keys USING fts5(
    keys,
    content='', contentless_delete=1, tokenize='ascii', detail=none
);

DELETE FROM meta WHERE key = 'match_keys_version';

-- 2. The event log loses its index by scope (case or client). Nearly every event landed at a
-- random place in it; a case's history is now found through its records and the index by
-- entity (services.cases._HISTORY_SQL).
DROP INDEX events_scope;
