-- What the store kept larger than it needs (docs/performance.md, session 11):
--
-- The event log's index on clocks served one question, the highest clock this laptop has
-- seen (a new event's clock must pass it). The table log_clock keeps that one value, kept
-- by the one function that writes the log (collabdesk.events.ids.insert_rows).
DROP INDEX events_hlc;
CREATE TABLE log_clock (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    hlc NOT NULL  -- packed as the log packs it (collabdesk.events.ids.pack)
);
INSERT INTO log_clock(one, hlc)
SELECT 1, m FROM (SELECT max(hlc) AS m FROM event_log) WHERE m IS NOT NULL;

-- The kind and operation of each event (client, create: a dozen names, a million times) are
-- numbered in event_refs as devices and authors are since schema 12 (collabdesk/events/ids.py):
-- 9 bytes less a row. The columns' text affinity keeps a number as its digits, which compare
-- equal to the number (event_refs.n is an integer: SQLite converts the digits to compare).
-- Kinds and operations are names, never hex: stored as they are. The view shows the names.
INSERT OR IGNORE INTO event_refs(value)
SELECT DISTINCT entity FROM event_log UNION SELECT DISTINCT op FROM event_log;
UPDATE event_log SET
    entity = (SELECT n FROM event_refs WHERE value = event_log.entity),
    op = (SELECT n FROM event_refs WHERE value = event_log.op);

DROP VIEW events;
CREATE VIEW events AS
SELECT seq,
       CASE WHEN typeof(id) = 'blob' THEN lower(hex(id)) ELSE id END AS id,
       CASE WHEN typeof(hlc) = 'blob' THEN lower(hex(hlc)) ELSE hlc END AS hlc,
       (SELECT CASE WHEN typeof(value) = 'blob' THEN lower(hex(value)) ELSE value END
        FROM event_refs WHERE n = e.device) AS device,
       (SELECT CASE WHEN typeof(value) = 'blob' THEN lower(hex(value)) ELSE value END
        FROM event_refs WHERE n = e.user_id) AS user_id,
       (SELECT value FROM event_refs WHERE n = e.entity) AS entity,
       CASE WHEN typeof(entity_id) = 'blob' THEN lower(hex(entity_id)) ELSE entity_id END
           AS entity_id,
       (SELECT value FROM event_refs WHERE n = e.op) AS op,
       event_body(data) AS data,
       CASE WHEN typeof(scope) = 'blob' THEN lower(hex(scope)) ELSE scope END AS scope,
       origin, batch
FROM event_log AS e;

-- Every lookup of a record's events names its id, which no other kind's record shares: the
-- kind need not be in the index.
DROP INDEX events_entity;
CREATE INDEX events_entity ON event_log(entity_id);

-- Likewise a record's transitions: looked up by its id and the field, then sorted by clock
-- (a handful of rows). Their clock and their actor (an id) are stored as 16 bytes, as the
-- log stores its ids (collabdesk/events/ids.py); the records' ids they name stay text, as
-- the records hold them.
DROP INDEX transitions_entity;
CREATE INDEX transitions_entity ON transitions(entity_id, field);
UPDATE transitions SET
    hlc = CASE WHEN hlc = lower(hlc) AND octet_length(unhex(hlc)) * 2 = octet_length(hlc)
               THEN unhex(hlc) ELSE hlc END,
    actor = CASE WHEN actor = lower(actor) AND octet_length(unhex(actor)) * 2 = octet_length(actor)
                 THEN unhex(actor) ELSE actor END;

-- The audit trail's times as microseconds since 1970, 7 bytes (a column of text keeps
-- bytes as they are; a number it would turn into text), instead of their 27 characters;
-- each hash still covers the text (collabdesk/services/audit.py), which reads back the
-- same. A time in any other spelling stays as it is. The append-only trigger is lifted for
-- this rewrite and put back.
DROP TRIGGER audit_no_update;
UPDATE audit SET at = unhex(printf('%014x',
    unixepoch(substr(at, 1, 19)) * 1000000 + CAST(substr(at, 21, 6) AS INTEGER)))
WHERE typeof(at) = 'text'
  AND at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]Z'
  AND strftime('%Y-%m-%dT%H:%M:%S', substr(at, 1, 19)) = substr(at, 1, 19)
  AND substr(at, 1, 4) >= '1970';
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- A record's version heads as bytes (collabdesk/events/heads.py). Every row is rewritten
-- once, here; the compaction after the upgrade gives the space back.
UPDATE agency SET _heads = heads_recode(_heads, 'agency');
UPDATE users SET _heads = heads_recode(_heads, 'user');
UPDATE clients SET _heads = heads_recode(_heads, 'client');
UPDATE cases SET _heads = heads_recode(_heads, 'case');
UPDATE needs SET _heads = heads_recode(_heads, 'need');
UPDATE tasks SET _heads = heads_recode(_heads, 'task');
UPDATE consents SET _heads = heads_recode(_heads, 'consent');
UPDATE partners SET _heads = heads_recode(_heads, 'partner');
UPDATE partner_services SET _heads = heads_recode(_heads, 'partner_service');
UPDATE referrals SET _heads = heads_recode(_heads, 'referral');
UPDATE form_suggestions SET _heads = heads_recode(_heads, 'form_suggestion');
UPDATE caseload_imports SET _heads = heads_recode(_heads, 'caseload_import');
