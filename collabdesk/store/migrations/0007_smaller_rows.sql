-- Records' _heads are written grouped by version ([[[hlc, ...], field, ...], ...]) instead of
-- field by field ({field: [hlc, ...]}): a third of a client's row was its heads. Both spellings
-- are read (collabdesk/events/projection.py, decode_heads); each row is rewritten grouped when
-- it next changes (the upgrade does not rewrite them). The schema number moves so that a
-- laptop of an earlier release, which reads only the per-field spelling, refuses this
-- release's snapshots (made at another schema) and replays its mailbox instead.

-- Each audit entry's hash already covers the hash of the entry before it; the copy of that
-- hash in every row (prev_hash, 64 characters) was a quarter of the audit table. Dropping it
-- rewrites the table once, in the upgrade's transaction.
ALTER TABLE audit DROP COLUMN prev_hash;

-- This laptop's own events in order: what a push reads and what the waiting count counts.
-- Without it, a laptop that caught up on a whole agency after making its own first events
-- read the whole log (every page decrypted, the page cache filled) to find the few of its own
-- still to push.
CREATE INDEX events_local ON events(seq) WHERE origin = 'local';
