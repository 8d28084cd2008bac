-- A record's version heads name each group's fields by their bits in a frozen per-kind
-- order instead of by name (collabdesk/events/heads.py): a client at the version that
-- created it keeps [[["<clock>"],8191]] instead of its thirteen field names, a third of its
-- row. Every row is rewritten once, here; the compaction after the upgrade gives the space
-- back.
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
