-- Client search by a common name prefix ("m", "ana") without reading every match.
--
-- A prefix that matches thousands of clients used to read every one of their rows to sort
-- them by name and keep the first 50: a quarter of a second on a 100k register and, over a
-- day of typing, most of the clients table in the page cache (docs/performance.md). With
-- the clients in name order in an index that also holds what a search result shows, such a
-- search walks the index from the top and stops at the 50th match.
CREATE INDEX clients_by_name ON clients(family_name, given_name, dob, estimated_birth_year,
                                        phone, id);
