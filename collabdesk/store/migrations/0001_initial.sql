-- CollabDesk store, schema version 1.
-- Entity tables are projections of the event log: every row is rebuilt from events by
-- collabdesk.events.projection. `_heads` holds, per field, the versions (HLCs) that are
-- current leaves of that field's edit history; more than one leaf means a conflict.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE agency (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL DEFAULT '',
    settings    TEXT NOT NULL DEFAULT '{}',
    _heads      TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    username     TEXT,
    display_name TEXT NOT NULL DEFAULT '',
    roles        TEXT NOT NULL DEFAULT '[]',
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT,
    _heads       TEXT NOT NULL DEFAULT '{}'
);
-- Not unique: two laptops may add the same user name while offline, and replicas must
-- still converge. The user service refuses a taken name locally; sign-in goes by user id.
CREATE INDEX users_username ON users(username COLLATE NOCASE);

CREATE TABLE clients (
    id                   TEXT PRIMARY KEY,
    given_name           TEXT NOT NULL DEFAULT '',
    family_name          TEXT NOT NULL DEFAULT '',
    other_names          TEXT NOT NULL DEFAULT '',
    dob                  TEXT,
    estimated_birth_year INTEGER,
    gender               TEXT NOT NULL DEFAULT '',
    language             TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    address              TEXT NOT NULL DEFAULT '',
    identifiers          TEXT NOT NULL DEFAULT '[]',
    created_at           TEXT,
    created_by           TEXT,
    _heads               TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX clients_dob ON clients(dob);
CREATE INDEX clients_created ON clients(created_at);

CREATE TABLE client_match_keys (
    key       TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    PRIMARY KEY (key, client_id)
) WITHOUT ROWID;
CREATE INDEX client_match_keys_client ON client_match_keys(client_id);

CREATE VIRTUAL TABLE clients_fts USING fts5(
    names, phone, dob,
    content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 2", prefix='1 2 3'
);

CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    client_id   TEXT NOT NULL REFERENCES clients(id),
    title       TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open',
    assigned_to TEXT,
    opened_at   TEXT,
    closed_at   TEXT,
    created_by  TEXT,
    _heads      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX cases_client ON cases(client_id);
CREATE INDEX cases_assigned ON cases(assigned_to, status);
CREATE INDEX cases_opened ON cases(opened_at);

CREATE TABLE needs (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    domain      TEXT NOT NULL DEFAULT 'other',
    severity    TEXT NOT NULL DEFAULT 'medium',
    status      TEXT NOT NULL DEFAULT 'open',
    description TEXT NOT NULL DEFAULT '',
    identified_at TEXT,
    _heads      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX needs_case ON needs(case_id);
CREATE INDEX needs_identified ON needs(identified_at, case_id, domain);

-- Append-only kinds: services delivered, notes, attachments. Never updated, never conflict.
CREATE TABLE services (
    id           TEXT PRIMARY KEY,
    case_id      TEXT NOT NULL REFERENCES cases(id),
    need_id      TEXT,
    service_type TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    delivered_by TEXT,
    provider     TEXT NOT NULL DEFAULT '',
    referral_id  TEXT,
    quantity     INTEGER NOT NULL DEFAULT 1,
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX services_case ON services(case_id);
CREATE INDEX services_delivered ON services(delivered_at, case_id, service_type);

CREATE TABLE notes (
    id         TEXT PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases(id),
    body       TEXT NOT NULL,
    sensitive  INTEGER NOT NULL DEFAULT 0,
    author     TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX notes_case ON notes(case_id, created_at);
CREATE INDEX notes_created ON notes(created_at, case_id);

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    data   BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    filename    TEXT NOT NULL,
    mime        TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL REFERENCES blobs(sha256),
    uploaded_by TEXT,
    uploaded_at TEXT NOT NULL
);
CREATE INDEX attachments_case ON attachments(case_id);

CREATE TABLE tasks (
    id         TEXT PRIMARY KEY,
    case_id    TEXT REFERENCES cases(id),
    title      TEXT NOT NULL DEFAULT '',
    due_date   TEXT,
    assignee   TEXT,
    done       INTEGER NOT NULL DEFAULT 0,
    done_at    TEXT,
    created_by TEXT,
    created_at TEXT,
    _heads     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX tasks_assignee ON tasks(assignee, done, due_date);
CREATE INDEX tasks_case ON tasks(case_id);

CREATE TABLE consents (
    id           TEXT PRIMARY KEY,
    client_id    TEXT NOT NULL REFERENCES clients(id),
    recipient    TEXT NOT NULL DEFAULT '*',
    scope        TEXT NOT NULL DEFAULT '[]',
    purpose      TEXT NOT NULL DEFAULT 'referral',
    status       TEXT NOT NULL DEFAULT 'given',
    given_at     TEXT,
    expires_at   TEXT,
    withdrawn_at TEXT,
    method       TEXT NOT NULL DEFAULT 'verbal',
    recorded_by  TEXT,
    _heads       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX consents_client ON consents(client_id);

CREATE TABLE partners (
    id          TEXT PRIMARY KEY,
    source_id   TEXT,
    name        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    hub_agency_id TEXT,
    _heads      TEXT NOT NULL DEFAULT '{}'
);
-- Replicated tables carry no UNIQUE constraint beyond their id: two laptops importing the
-- same directory offline must still be able to apply each other's events. The directory
-- service matches by source_id locally when it imports.
CREATE INDEX partners_source ON partners(source_id);

CREATE TABLE partner_services (
    id          TEXT PRIMARY KEY,
    partner_id  TEXT NOT NULL REFERENCES partners(id),
    source_id   TEXT,
    name        TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active',
    domains     TEXT NOT NULL DEFAULT '[]',
    languages   TEXT NOT NULL DEFAULT '[]',
    areas       TEXT NOT NULL DEFAULT '[]',
    categories  TEXT NOT NULL DEFAULT '[]',
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    eligibility TEXT NOT NULL DEFAULT '',
    fees        TEXT NOT NULL DEFAULT '',
    _heads      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX partner_services_partner ON partner_services(partner_id);
CREATE INDEX partner_services_source ON partner_services(source_id);

CREATE TABLE referrals (
    id            TEXT PRIMARY KEY,
    direction     TEXT NOT NULL,               -- 'outgoing' | 'incoming'
    case_id       TEXT REFERENCES cases(id),
    client_id     TEXT REFERENCES clients(id),
    partner_id    TEXT REFERENCES partners(id),
    service_id    TEXT REFERENCES partner_services(id),
    service_name  TEXT NOT NULL DEFAULT '',
    domain        TEXT NOT NULL DEFAULT 'other',
    reason        TEXT NOT NULL DEFAULT '',
    urgency       TEXT NOT NULL DEFAULT 'routine',
    shared        TEXT NOT NULL DEFAULT '{}',  -- the minimum set of client fields shared
    consent_id    TEXT,
    status        TEXT NOT NULL DEFAULT 'sent',
    status_reason TEXT NOT NULL DEFAULT '',
    sent_at       TEXT,
    due_at        TEXT,
    updated_at    TEXT,
    created_by    TEXT,
    _heads        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX referrals_status ON referrals(direction, status);
CREATE INDEX referrals_sent ON referrals(sent_at);

-- Status-like fields follow state machines: every requested change is kept here, and the
-- current value is the fold of all of them in HLC order (see events.statemachine).
CREATE TABLE transitions (
    event_id   TEXT PRIMARY KEY,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    field      TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    from_value TEXT,
    to_value   TEXT,
    reason     TEXT NOT NULL DEFAULT '',
    actor      TEXT,
    at         TEXT NOT NULL,
    outcome    TEXT NOT NULL DEFAULT 'applied'  -- applied | rejected | concurrent
);
CREATE INDEX transitions_entity ON transitions(entity, entity_id, field, hlc);
CREATE INDEX transitions_at ON transitions(at);
-- The few status changes waiting for a reviewer, without scanning all of them.
CREATE INDEX transitions_review ON transitions(outcome) WHERE outcome != 'applied';

-- The immutable event log. `seq` is this replica's local order (used as the push cursor).
CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    hlc        TEXT NOT NULL,
    device     TEXT NOT NULL,
    user_id    TEXT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL,
    data       TEXT NOT NULL,
    scope      TEXT,
    origin     TEXT NOT NULL DEFAULT 'local'
);
CREATE INDEX events_entity ON events(entity, entity_id);
CREATE INDEX events_scope ON events(scope, hlc);
CREATE INDEX events_hlc ON events(hlc);

-- Fields edited concurrently: one row per field that currently has more than one head.
CREATE TABLE conflicts (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    heads     TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

-- A reviewer's decision on a rejected or concurrent status change (append-only).
CREATE TABLE reviews (
    id          TEXT PRIMARY KEY,
    event_id    TEXT NOT NULL,
    decision    TEXT NOT NULL,   -- dismissed | reapplied
    reviewed_by TEXT,
    reviewed_at TEXT NOT NULL
);
CREATE INDEX reviews_event ON reviews(event_id);

-- Messages for partner agencies, written in the same transaction as the change they carry
-- (a referral sent, a referral's state changed), and drained by the sync engine. Only the
-- laptop where the change was made sends it. Payloads stay inside the encrypted store.
CREATE TABLE sync_outbox (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,              -- referral | referral_update | summary
    mailbox    TEXT NOT NULL,              -- the receiving agency's hub id
    entity     TEXT,
    entity_id  TEXT,
    payload    TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'waiting',  -- waiting | sent | failed
    reason     TEXT NOT NULL DEFAULT '',
    attempts   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT
);
CREATE INDEX sync_outbox_state ON sync_outbox(state, created_at);
CREATE INDEX sync_outbox_entity ON sync_outbox(entity, entity_id);

-- Envelopes this laptop has pulled and dealt with (applied, or refused with the reason).
CREATE TABLE sync_seen (
    envelope_id TEXT PRIMARY KEY,
    mailbox     TEXT NOT NULL,
    seq         INTEGER,
    outcome     TEXT NOT NULL,             -- applied | rejected
    reason      TEXT NOT NULL DEFAULT '',
    seen_at     TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only, hash-chained audit log (local to this laptop).
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_id   TEXT,
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id TEXT,
    detail    TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
