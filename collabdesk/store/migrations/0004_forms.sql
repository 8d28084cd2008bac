-- Forms (FHIR Questionnaires) and their responses (docs/forms.md).
--
-- A form version is an append-only record whose id is the hash of its canonical JSON, so two
-- laptops importing the same file make the same row; only its status (active → retired)
-- changes, through the state machine. No foreign key points at it: a response may arrive
-- before its form and must never block a pull.
CREATE TABLE forms (
    id          TEXT PRIMARY KEY,
    url         TEXT NOT NULL,
    version     TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    use         TEXT NOT NULL DEFAULT 'assessment',  -- agency | assessment | screening
    sensitive   INTEGER NOT NULL DEFAULT 0,
    definition  TEXT NOT NULL,                       -- the canonical Questionnaire JSON
    imported_at TEXT,
    imported_by TEXT,
    status      TEXT NOT NULL DEFAULT 'active'       -- active | retired
);
CREATE INDEX forms_url ON forms(url, version);

-- Every saved version of a response (QuestionnaireResponse JSON), append-only: an amendment
-- is a new row naming the version it was made over. hlc, flags and checked are set by the
-- projection: flags lists what does not fit the form (kept raw, never coerced), checked
-- whether the form was there to check against.
CREATE TABLE form_responses (
    id           TEXT PRIMARY KEY,
    response_id  TEXT NOT NULL,
    previous     TEXT NOT NULL DEFAULT '[]',         -- the versions this one was made over
    form_id      TEXT NOT NULL,
    form_url     TEXT NOT NULL,
    form_version TEXT NOT NULL DEFAULT '',
    client_id    TEXT REFERENCES clients(id),
    case_id      TEXT REFERENCES cases(id),
    status       TEXT NOT NULL,                      -- in-progress | completed | amended
    body         TEXT NOT NULL,
    score        REAL,
    sensitive    INTEGER NOT NULL DEFAULT 0,
    author       TEXT,
    authored_at  TEXT NOT NULL,
    hlc          TEXT,
    flags        TEXT NOT NULL DEFAULT '[]',
    checked      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX form_responses_response ON form_responses(response_id, hlc);
CREATE INDEX form_responses_client ON form_responses(client_id);
CREATE INDEX form_responses_case ON form_responses(case_id, form_url);
CREATE INDEX form_responses_unchecked ON form_responses(form_id) WHERE checked = 0;

-- Each response's current version: of the versions no other amends (its leaves), the one
-- with the latest HLC. More than one leaf means two laptops amended it offline; the
-- response is then also in the conflict queue. Derived by the projection from the rows above.
CREATE TABLE form_response_heads (
    response_id TEXT PRIMARY KEY,
    current     TEXT NOT NULL,
    leaves      INTEGER NOT NULL DEFAULT 1,
    client_id   TEXT,
    case_id     TEXT,
    form_url    TEXT NOT NULL,
    authored_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX form_response_heads_case ON form_response_heads(case_id, form_url, authored_at);
CREATE INDEX form_response_heads_client ON form_response_heads(client_id, form_url);

-- A need that a completed screening suggests (the form's suggests-need extension), for the
-- worker to confirm (creating the need) or dismiss; the decision is kept.
CREATE TABLE form_suggestions (
    id          TEXT PRIMARY KEY,
    response_id TEXT NOT NULL,
    version_id  TEXT NOT NULL,
    case_id     TEXT REFERENCES cases(id),
    client_id   TEXT REFERENCES clients(id),
    domain      TEXT NOT NULL,
    severity    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    decision    TEXT NOT NULL DEFAULT '',            -- '' (waiting) | confirmed | dismissed
    decided_by  TEXT,
    decided_at  TEXT,
    need_id     TEXT,
    created_at  TEXT NOT NULL,
    _heads      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX form_suggestions_case ON form_suggestions(case_id, decision);
CREATE INDEX form_suggestions_client ON form_suggestions(client_id, decision);
