/**
 * Schema version 3: each side of an event in date and in salience order, so an actor filter (either
 * side) or an undirected dyad is read as one ordered walk per side that stops after a page
 * (query-events.ts). With an OR over the sides SQLite collects every match and sorts it: at 1M
 * events, 300 ms for a busy dyad and 400 ms for a busy actor by salience, against 1 to 7 ms.
 * (`events_target` on (target_group, day) from version 2 is the target side in date order.)
 */
export const sql = `
CREATE INDEX events_source_day ON events(source_group, day);
CREATE INDEX events_source_salience ON events(source_group, num_mentions);
CREATE INDEX events_target_salience ON events(target_group, num_mentions);
`;
