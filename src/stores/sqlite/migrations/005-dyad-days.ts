/**
 * Schema version 5: a dyad's events summed per day, kept by triggers in the same transaction as
 * the events they count. A dyad series then reads one row per day instead of every event: for a
 * dyad with 25,000 events at 1M events, about 11 ms of index walking per direction. Series
 * filtered on a finer actor code (RUSGOV rather than RUS) still read the events.
 */
export const sql = `
CREATE TABLE dyad_days (
  source_group TEXT NOT NULL,
  target_group TEXT NOT NULL,
  day TEXT NOT NULL,
  events INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  q1 INTEGER NOT NULL,
  q2 INTEGER NOT NULL,
  q3 INTEGER NOT NULL,
  q4 INTEGER NOT NULL,
  PRIMARY KEY (source_group, target_group, day)
) WITHOUT ROWID;

INSERT INTO dyad_days
  SELECT source_group, target_group, day, count(*), sum(num_mentions), sum(num_articles), sum(goldstein),
    sum(quad_class = 1), sum(quad_class = 2), sum(quad_class = 3), sum(quad_class = 4)
  FROM events WHERE day <> '' GROUP BY source_group, target_group, day;

CREATE TRIGGER events_dyad_days_insert AFTER INSERT ON events WHEN NEW.day <> '' BEGIN
  INSERT INTO dyad_days VALUES (NEW.source_group, NEW.target_group, NEW.day, 1, NEW.num_mentions, NEW.num_articles,
    NEW.goldstein, NEW.quad_class = 1, NEW.quad_class = 2, NEW.quad_class = 3, NEW.quad_class = 4)
  ON CONFLICT (source_group, target_group, day) DO UPDATE SET
    events = events + 1, mentions = mentions + excluded.mentions, articles = articles + excluded.articles,
    goldstein = goldstein + excluded.goldstein, q1 = q1 + excluded.q1, q2 = q2 + excluded.q2,
    q3 = q3 + excluded.q3, q4 = q4 + excluded.q4;
END;

CREATE TRIGGER events_dyad_days_update AFTER UPDATE OF num_mentions, num_articles ON events WHEN NEW.day <> '' BEGIN
  UPDATE dyad_days SET mentions = mentions + NEW.num_mentions - OLD.num_mentions, articles = articles + NEW.num_articles - OLD.num_articles
  WHERE source_group = NEW.source_group AND target_group = NEW.target_group AND day = NEW.day;
END;
`;
