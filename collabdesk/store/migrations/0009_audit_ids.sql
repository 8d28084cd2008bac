-- The audit trail stores its ids (who, on what) and each entry's SHA-256 as blobs, half their
-- hex size, as the event log does since schema 8 (collabdesk/events/ids.py): a third of the
-- trail. What each hash covers is unchanged (the hex text), so the chain verifies as before.
-- The rows are rewritten in place, in the upgrade's transaction, with the append-only
-- trigger lifted for that and put back.
DROP TRIGGER audit_no_update;

UPDATE audit SET
    user_id = CASE WHEN user_id GLOB '*[^0-9a-f]*' OR length(user_id) % 2 THEN user_id
                   ELSE unhex(user_id) END,
    entity_id = CASE WHEN entity_id GLOB '*[^0-9a-f]*' OR length(entity_id) % 2 THEN entity_id
                     ELSE unhex(entity_id) END,
    hash = unhex(hash);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
