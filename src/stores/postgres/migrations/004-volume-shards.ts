/**
 * Schema version 4: the articles-per-day counter split into 16 rows per day (`shard`), read as their
 * sum. With one row per day, every writer storing an article of the same day (all of a live feed's
 * articles) would queue on that row's lock until the previous writer's commit reached the disk,
 * capping the whole cluster at one commit flush per article. A writer now takes the row of its
 * article id modulo 16.
 */
export const sql = `
ALTER TABLE volume ADD COLUMN shard smallint NOT NULL DEFAULT 0;
ALTER TABLE volume DROP CONSTRAINT volume_pkey;
ALTER TABLE volume ADD PRIMARY KEY (day, shard);
`;
