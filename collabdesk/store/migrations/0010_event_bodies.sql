-- The event log stores each event's body compressed with a shipped dictionary: about 80
-- bytes instead of 200 (collabdesk/events/bodies.py). The view events shows the bodies as
-- JSON text, through the function every connection of the store registers. A caseload
-- import's batch, which the log was searched by inside the JSON, is a column of its own.
-- The upgrade rewrites the bodies once, in its transaction. The rows shrink where they are,
-- so the file keeps its size: the space freed inside the log's pages is not where new events
-- go (docs/performance.md, session 9).
ALTER TABLE event_log ADD COLUMN batch TEXT;
-- First: the old index reads the body as JSON, which a packed one no longer is.
DROP INDEX events_batch;

-- Only a text batch, as new events keep it (collabdesk.events.projection).
UPDATE event_log SET batch = CASE WHEN json_type(data, '$.batch') = 'text'
                                  THEN json_extract(data, '$.batch') END,
                     data = event_body_pack(data)
WHERE typeof(data) = 'text';

CREATE INDEX events_batch ON event_log(batch) WHERE batch IS NOT NULL;

DROP VIEW events;
CREATE VIEW events AS
SELECT seq,
       CASE WHEN typeof(id) = 'blob' THEN lower(hex(id)) ELSE id END AS id,
       CASE WHEN typeof(hlc) = 'blob' THEN lower(hex(hlc)) ELSE hlc END AS hlc,
       CASE WHEN typeof(device) = 'blob' THEN lower(hex(device)) ELSE device END AS device,
       CASE WHEN typeof(user_id) = 'blob' THEN lower(hex(user_id)) ELSE user_id END AS user_id,
       entity,
       CASE WHEN typeof(entity_id) = 'blob' THEN lower(hex(entity_id)) ELSE entity_id END
           AS entity_id,
       op, event_body(data) AS data,
       CASE WHEN typeof(scope) = 'blob' THEN lower(hex(scope)) ELSE scope END AS scope,
       origin, batch
FROM event_log;
