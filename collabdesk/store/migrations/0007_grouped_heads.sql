-- Records' _heads are written grouped by version ([[[hlc, ...], field, ...], ...]) instead of
-- field by field ({field: [hlc, ...]}): a third of a client's row was its heads. Both spellings
-- are read (collabdesk/events/projection.py, decode_heads); each row is rewritten grouped when
-- it next changes, so the upgrade itself rewrites nothing. The schema number moves so that a
-- laptop of an earlier release, which reads only the per-field spelling, refuses this
-- release's snapshots (made at another schema) and replays its mailbox instead.
SELECT 1;
