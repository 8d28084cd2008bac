-- Which directory source each imported service came from (docs/architecture.md, "Partner
-- directory"). A re-import of the same source marks the services it no longer lists inactive;
-- services of another source, and services entered by hand (no source_id), are left alone.
-- '' is every service imported before this column existed: one source, as agencies had.
ALTER TABLE partner_services ADD COLUMN source TEXT NOT NULL DEFAULT '';
