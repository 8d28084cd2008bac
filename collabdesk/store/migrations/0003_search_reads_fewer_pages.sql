-- Client search reads fewer pages (docs/performance.md, "What misses, and why").
--
-- 1. A prefix that matches thousands of clients ("m", "ana") used to read every one of their
-- rows to sort them by name and keep the first 50: a quarter of a second on a 100k register
-- and, over a day of typing, most of the clients table in the page cache. With the clients in
-- name order in an index that also holds what a search result shows, such a search walks the
-- index from the top and stops at the 50th match.
CREATE INDEX clients_by_name ON clients(family_name, given_name, dob, estimated_birth_year,
                                        phone, id);

-- 2. Each result shows how many open cases the client has: with the status in the index by
-- client, that count reads the index alone, not every case's row.
DROP INDEX cases_client;
CREATE INDEX cases_client_status ON cases(client_id, status);
