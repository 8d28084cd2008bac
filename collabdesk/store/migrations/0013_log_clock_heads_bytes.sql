-- Three things the store kept larger than it needs (docs/performance.md, session 11):
--
-- The event log's index on clocks served one question, the highest clock this laptop has
-- seen (a new event's clock must pass it). The table log_clock keeps that one value, kept
-- by a trigger on every insert into the log, whichever path it comes by.
DROP INDEX events_hlc;
CREATE TABLE log_clock (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    hlc NOT NULL  -- packed as the log packs it (collabdesk.events.ids.pack)
);
INSERT INTO log_clock(one, hlc)
SELECT 1, m FROM (SELECT max(hlc) AS m FROM event_log) WHERE m IS NOT NULL;
CREATE TRIGGER event_log_clock AFTER INSERT ON event_log
BEGIN
    INSERT INTO log_clock(one, hlc) VALUES (1, NEW.hlc)
    ON CONFLICT(one) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > log_clock.hlc;
END;

-- Every lookup of a record's events names its id, which no other kind's record shares: the
-- kind need not be in the index.
DROP INDEX events_entity;
CREATE INDEX events_entity ON event_log(entity_id);

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
