-- The event log names a laptop's handful of devices and users a million times: each row now
-- holds a small number for its device and its author, from event_refs, instead of their
-- 16-byte ids (collabdesk/events/ids.py). The view events shows them as the hex they were.
-- Every row is rewritten once, here; the compaction after the upgrade gives the space back.
CREATE TABLE event_refs (
    n     INTEGER PRIMARY KEY,
    value NOT NULL UNIQUE  -- an id as the log packs it (collabdesk.events.ids.pack)
);

INSERT INTO event_refs(value)
SELECT device FROM event_log UNION SELECT user_id FROM event_log WHERE user_id IS NOT NULL;

UPDATE event_log SET
    device = (SELECT n FROM event_refs WHERE value = event_log.device),
    user_id = (SELECT n FROM event_refs WHERE value = event_log.user_id);

DROP VIEW events;
CREATE VIEW events AS
SELECT seq,
       CASE WHEN typeof(id) = 'blob' THEN lower(hex(id)) ELSE id END AS id,
       CASE WHEN typeof(hlc) = 'blob' THEN lower(hex(hlc)) ELSE hlc END AS hlc,
       (SELECT CASE WHEN typeof(value) = 'blob' THEN lower(hex(value)) ELSE value END
        FROM event_refs WHERE n = e.device) AS device,
       (SELECT CASE WHEN typeof(value) = 'blob' THEN lower(hex(value)) ELSE value END
        FROM event_refs WHERE n = e.user_id) AS user_id,
       entity,
       CASE WHEN typeof(entity_id) = 'blob' THEN lower(hex(entity_id)) ELSE entity_id END
           AS entity_id,
       op, event_body(data) AS data,
       CASE WHEN typeof(scope) = 'blob' THEN lower(hex(scope)) ELSE scope END AS scope,
       origin, batch
FROM event_log AS e;
