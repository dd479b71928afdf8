/**
 * Schema version 1. Column meanings are documented in docs/formats.md. Missing actor codes, dates
 * and locations are '' (not NULL) in the columns of the event key, so the unique index merges them.
 */
export const sql = `
CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT
);

-- Which coder (version and dictionary files) coded an article: shared by many articles.
CREATE TABLE coders (
  id INTEGER PRIMARY KEY,
  version TEXT NOT NULL,
  dictionaries TEXT NOT NULL,
  UNIQUE (version, dictionaries)
);

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  coded_id TEXT NOT NULL,
  url TEXT,
  canonical_url TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  ref TEXT,
  outlet_id INTEGER REFERENCES outlets(id),
  source_key TEXT NOT NULL,
  copy_of INTEGER REFERENCES articles(id),
  similarity REAL,
  title TEXT,
  published TEXT,
  published_basis TEXT,
  day TEXT,
  fetched_at TEXT,
  added_at TEXT NOT NULL,
  byline TEXT,
  language TEXT,
  text TEXT NOT NULL,
  tone REAL NOT NULL,
  tone_positive REAL NOT NULL,
  tone_negative REAL NOT NULL,
  words INTEGER NOT NULL,
  signature BLOB,
  sentences TEXT NOT NULL,
  dates TEXT NOT NULL,
  warnings TEXT NOT NULL,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  meta TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  day TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_party TEXT NOT NULL,
  source_country TEXT,
  source_roles TEXT NOT NULL,
  source_name TEXT,
  target_code TEXT NOT NULL,
  target_party TEXT NOT NULL,
  target_country TEXT,
  target_roles TEXT NOT NULL,
  target_name TEXT,
  cameo TEXT NOT NULL,
  cameo_name TEXT,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover_type TEXT,
  plover_mode TEXT,
  plover_context TEXT,
  location_key TEXT NOT NULL,
  place_name TEXT,
  place_country TEXT,
  place_adm1 TEXT,
  lat REAL,
  lon REAL,
  geoname_id INTEGER,
  feature_code TEXT,
  is_root INTEGER NOT NULL DEFAULT 0,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  tone_sum REAL NOT NULL DEFAULT 0,
  first_seen TEXT,
  last_seen TEXT,
  first_mention_id INTEGER,
  source_url TEXT
);
CREATE UNIQUE INDEX events_key ON events(date, source_code, target_code, cameo, location_key);
CREATE INDEX events_day ON events(day, id);
CREATE INDEX events_source ON events(source_party, target_party, day);
CREATE INDEX events_target ON events(target_party, day);
CREATE INDEX events_cameo ON events(cameo, day);
CREATE INDEX events_salience ON events(num_mentions, id);
CREATE INDEX events_place ON events(location_key, day);

CREATE TABLE event_mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  article_id INTEGER NOT NULL REFERENCES articles(id),
  source_key TEXT NOT NULL,
  coded_id TEXT NOT NULL,
  sentence_index INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end INTEGER NOT NULL,
  evidence TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  source_span TEXT,
  target_span TEXT,
  date_basis TEXT NOT NULL,
  location_text TEXT,
  modality TEXT NOT NULL,
  confidence REAL NOT NULL,
  rule_ids TEXT NOT NULL
);
CREATE INDEX mentions_event ON event_mentions(event_id, source_key);
CREATE INDEX mentions_article ON event_mentions(article_id, event_id);

CREATE VIRTUAL TABLE evidence_fts USING fts5(evidence, content='event_mentions', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TABLE entities (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  ord INTEGER NOT NULL,
  eid TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  code TEXT,
  country TEXT,
  data TEXT NOT NULL,
  PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE INDEX entities_code ON entities(code) WHERE code IS NOT NULL;

CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  name TEXT NOT NULL,
  country TEXT,
  lat REAL,
  lon REAL,
  geoname_id INTEGER,
  data TEXT NOT NULL
);
CREATE INDEX places_article ON places(article_id);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  speaker_name TEXT,
  speaker_code TEXT,
  kind TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);

CREATE TABLE counts (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  number REAL NOT NULL,
  kind TEXT,
  about TEXT NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX counts_article ON counts(article_id);

CREATE TABLE volume (
  day TEXT PRIMARY KEY,
  articles INTEGER NOT NULL
) WITHOUT ROWID;
`;
