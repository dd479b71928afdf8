/**
 * Schema version 2: dyad queries by equality instead of ranges. `source_group`/`target_group` are the
 * first three letters of the actor code (the country for state actors, IGO/NGO/... for the others), so
 * a three-letter actor filter is an equality and one index seek serves a directed dyad. The dyad index also covers
 * the columns a dyad series sums, so a series never reads the table. Place filters get indexes too.
 */
export const sql = `
ALTER TABLE events ADD COLUMN source_group TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN target_group TEXT NOT NULL DEFAULT '';
UPDATE events SET source_group = substr(source_code, 1, 3), target_group = substr(target_code, 1, 3);
DROP INDEX events_source;
DROP INDEX events_target;
CREATE INDEX events_dyad ON events(source_group, target_group, day, quad_class, goldstein, num_mentions, num_articles);
CREATE INDEX events_target ON events(target_group, day);
CREATE INDEX events_place_name ON events(place_name COLLATE NOCASE, day);
CREATE INDEX events_place_country ON events(place_country, day);
`;
