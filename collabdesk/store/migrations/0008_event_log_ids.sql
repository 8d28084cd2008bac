-- The event log stores its six id columns as 16-byte blobs instead of 32 hex characters: a
-- quarter of the log and a third of its indexes (collabdesk/events/ids.py). The table is now
-- event_log; the view events shows it with hex ids, so every read that does not look rows up
-- by an id reads as before. The upgrade rewrites the log once, in its transaction.
CREATE TABLE event_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         BLOB NOT NULL UNIQUE,
    hlc        BLOB NOT NULL,
    device     BLOB NOT NULL,
    user_id    BLOB,
    entity     TEXT NOT NULL,
    entity_id  BLOB NOT NULL,
    op         TEXT NOT NULL,
    data       TEXT NOT NULL,
    scope      BLOB,
    origin     TEXT NOT NULL DEFAULT 'local'
);

INSERT INTO event_log(seq, id, hlc, device, user_id, entity, entity_id, op, data, scope, origin)
SELECT seq,
       CASE WHEN id GLOB '*[^0-9a-f]*' OR length(id) % 2 THEN id ELSE unhex(id) END,
       CASE WHEN hlc GLOB '*[^0-9a-f]*' OR length(hlc) % 2 THEN hlc ELSE unhex(hlc) END,
       CASE WHEN device GLOB '*[^0-9a-f]*' OR length(device) % 2 THEN device
            ELSE unhex(device) END,
       CASE WHEN user_id GLOB '*[^0-9a-f]*' OR length(user_id) % 2 THEN user_id
            ELSE unhex(user_id) END,
       entity,
       CASE WHEN entity_id GLOB '*[^0-9a-f]*' OR length(entity_id) % 2 THEN entity_id
            ELSE unhex(entity_id) END,
       op, data,
       CASE WHEN scope GLOB '*[^0-9a-f]*' OR length(scope) % 2 THEN scope
            ELSE unhex(scope) END,
       origin
FROM events ORDER BY seq;

-- The next local number continues where the old table's did (it may be past its last row).
UPDATE sqlite_sequence SET seq = max(seq, coalesce(
    (SELECT seq FROM sqlite_sequence WHERE name = 'events'), 0)) WHERE name = 'event_log';
INSERT INTO sqlite_sequence(name, seq)
SELECT 'event_log', seq FROM sqlite_sequence WHERE name = 'events'
AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'event_log');

DROP TABLE events;
DELETE FROM sqlite_sequence WHERE name = 'events';

CREATE INDEX events_entity ON event_log(entity, entity_id);
CREATE INDEX events_hlc ON event_log(hlc);
CREATE INDEX events_batch ON event_log(json_extract(data, '$.batch'))
    WHERE json_extract(data, '$.batch') IS NOT NULL;
CREATE INDEX events_local ON event_log(seq) WHERE origin = 'local';

CREATE VIEW events AS
SELECT seq,
       CASE WHEN typeof(id) = 'blob' THEN lower(hex(id)) ELSE id END AS id,
       CASE WHEN typeof(hlc) = 'blob' THEN lower(hex(hlc)) ELSE hlc END AS hlc,
       CASE WHEN typeof(device) = 'blob' THEN lower(hex(device)) ELSE device END AS device,
       CASE WHEN typeof(user_id) = 'blob' THEN lower(hex(user_id)) ELSE user_id END AS user_id,
       entity,
       CASE WHEN typeof(entity_id) = 'blob' THEN lower(hex(entity_id)) ELSE entity_id END
           AS entity_id,
       op, data,
       CASE WHEN typeof(scope) = 'blob' THEN lower(hex(scope)) ELSE scope END AS scope,
       origin
FROM event_log;
