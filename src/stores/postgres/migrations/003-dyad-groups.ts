/**
 * Schema version 3, as SQLite's version 2 (sqlite/migrations/002-dyad-groups.ts): `source_group` and
 * `target_group` hold the first three letters of the party (the country, or IGO, NGO, … for
 * non-state actors), so a three-letter actor filter is an equality and one index seek serves a
 * directed dyad. The dyad index carries the columns a dyad series sums (INCLUDE), so a series can be
 * answered from the index alone once autovacuum has marked the pages all-visible.
 */
export const sql = `
ALTER TABLE events ADD COLUMN source_group text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN target_group text COLLATE "C" NOT NULL DEFAULT '';
UPDATE events SET source_group = left(source_party, 3), target_group = left(target_party, 3);
DROP INDEX events_source;
DROP INDEX events_target;
CREATE INDEX events_dyad ON events(source_group, target_group, day) INCLUDE (quad_class, goldstein, num_mentions, num_articles);
CREATE INDEX events_target ON events(target_group, day);
CREATE INDEX events_place_name ON events(lower(place_name), day);
CREATE INDEX events_place_country ON events(place_country, day);
`;
