/**
 * Schema version 6, following SQLite's versions 2 and 3: an actor's group is the first three letters
 * of its CAMEO code (src/stores/query/dyad.ts `actorGroup`), not of its party, so a code filter seeks
 * on the group too; and each side of an event gets an index in date and in salience order, so an
 * actor filter on either side walks an index instead of sorting every match.
 */
export const sql = `
UPDATE events SET source_group = left(source_code, 3), target_group = left(target_code, 3)
  WHERE source_group <> left(source_code, 3) OR target_group <> left(target_code, 3);
CREATE INDEX events_source_day ON events(source_group, day);
CREATE INDEX events_source_salience ON events(source_group, num_mentions);
CREATE INDEX events_target_salience ON events(target_group, num_mentions);
`;
