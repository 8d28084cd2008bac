-- An existing caseload brought in from a spreadsheet (docs/caseload.md): each import is one
-- record whose status goes applied -> undone; undoing it retracts the records it created.
CREATE TABLE caseload_imports (
    id          TEXT PRIMARY KEY,
    file_name   TEXT NOT NULL DEFAULT '',
    counts      TEXT NOT NULL DEFAULT '{}',
    created_by  TEXT,
    created_at  TEXT,
    status      TEXT NOT NULL DEFAULT 'applied',
    undone_at   TEXT,
    _heads      TEXT NOT NULL DEFAULT '{}'
);

-- A record removed by a 'retract' event (docs/architecture.md, "Retracting a batch"). Later
-- create and update events for it stay in the log but are not projected; 'batch' names the
-- batch whose own events were retracted with it (any other event on it is surfaced).
CREATE TABLE tombstones (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    batch     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- The events of one batch (an import), found again to undo it.
CREATE INDEX events_batch ON events(json_extract(data, '$.batch'))
    WHERE json_extract(data, '$.batch') IS NOT NULL;
