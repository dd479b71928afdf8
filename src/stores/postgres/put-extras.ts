import type { PreparedArticle } from '../prepare.js';
import type { Params } from './params.js';

/**
 * LSH bands, entities, places, quotes and counts of one article as common table expressions of the
 * statement that inserts the article (CTE `a`, one row, or none when the article lost a race): each
 * table gets a multi-row INSERT fed by `unnest` over arrays, so the text is the same for any number
 * of rows and the whole article costs one round trip. `WITH ORDINALITY … ORDER BY` keeps the ids of
 * places, quotes and counts in the article's order, as the SQLite store numbers them.
 */
export function extrasCtes(p: PreparedArticle, params: Params): string {
  const { coded } = p.input;
  const json = (x: unknown) => JSON.stringify(x);
  const arr = (values: unknown[], type: string) => `${params.add(values)}::${type}[]`;
  const cols = <T>(rows: readonly T[], row: (x: T) => unknown[], types: string[]) => columns(rows, row, types.length).map((c, i) => arr(c, types[i]!)).join(', ');
  return `bands AS (
       INSERT INTO lsh_bands (band, article_id) SELECT DISTINCT b, a.id FROM a, unnest(${arr(p.fp.bands, 'bigint')}) AS b ON CONFLICT DO NOTHING
     ), ents AS (
       INSERT INTO entities (article_id, ord, eid, name, type, code, country, data)
       SELECT a.id, u.ord - 1, u.eid, u.name, u.type, u.code, u.country, u.data
       FROM a, unnest(${cols(coded.entities, (e) => [e.id, e.name, e.type, e.code, e.country, json(e)], ['text', 'text', 'text', 'text', 'text', 'text'])})
         WITH ORDINALITY AS u(eid, name, type, code, country, data, ord)
     ), pls AS (
       INSERT INTO places (article_id, name, country, lat, lon, geoname_id, data)
       SELECT a.id, u.name, u.country, u.lat, u.lon, u.geoname_id, u.data
       FROM a, unnest(${cols(coded.places, (pl) => [pl.name, pl.country, pl.lat, pl.lon, pl.geonameId ?? null, json(pl)], ['text', 'text', 'float8', 'float8', 'bigint', 'text'])})
         WITH ORDINALITY AS u(name, country, lat, lon, geoname_id, data, ord)
       ORDER BY u.ord
     ), qts AS (
       INSERT INTO quotes (article_id, speaker_name, speaker_code, kind, text, data)
       SELECT a.id, u.speaker_name, u.speaker_code, u.kind, u.text, u.data
       FROM a, unnest(${cols(coded.quotes, (q) => [q.speaker?.name ?? null, q.speaker?.code ?? null, q.kind, q.text, json(q)], ['text', 'text', 'text', 'text', 'text'])})
         WITH ORDINALITY AS u(speaker_name, speaker_code, kind, text, data, ord)
       ORDER BY u.ord
     ), cts AS (
       INSERT INTO counts (article_id, number, kind, about, data)
       SELECT a.id, u.number, u.kind, u.about, u.data
       FROM a, unnest(${cols(coded.counts, (k) => [k.number, k.kind ?? null, k.about, json(k)], ['float8', 'text', 'text', 'text'])})
         WITH ORDINALITY AS u(number, kind, about, data, ord)
       ORDER BY u.ord
     )`;
}

/** Rows to one array per column, the shape `unnest` takes. */
export function columns<T>(rows: readonly T[], row: (x: T) => unknown[], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => []);
  for (const x of rows) row(x).forEach((v, i) => out[i]!.push(v ?? null));
  return out;
}
