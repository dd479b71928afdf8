import type pg from 'pg';
import type { PreparedArticle } from '../prepare.js';

/**
 * LSH bands, entities, places, quotes and counts of one article in one statement: each table gets a
 * multi-row INSERT fed by `unnest` over arrays, so the statement text is the same for any number of
 * rows and a whole article costs one round trip. `WITH ORDINALITY … ORDER BY` keeps the ids of
 * places, quotes and counts in the article's order, as the SQLite store numbers them.
 */
export async function putExtras(c: pg.PoolClient, articleId: number, p: PreparedArticle): Promise<void> {
  const { coded } = p.input;
  const json = (x: unknown) => JSON.stringify(x);
  await c.query(
    `WITH bands AS (
       INSERT INTO lsh_bands (band, article_id) SELECT DISTINCT b, $1::bigint FROM unnest($2::bigint[]) AS b ON CONFLICT DO NOTHING
     ), ents AS (
       INSERT INTO entities (article_id, ord, eid, name, type, code, country, data)
       SELECT $1, u.ord - 1, u.eid, u.name, u.type, u.code, u.country, u.data
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS u(eid, name, type, code, country, data, ord)
     ), pls AS (
       INSERT INTO places (article_id, name, country, lat, lon, geoname_id, data)
       SELECT $1, u.name, u.country, u.lat, u.lon, u.geoname_id, u.data
       FROM unnest($9::text[], $10::text[], $11::float8[], $12::float8[], $13::bigint[], $14::text[]) WITH ORDINALITY AS u(name, country, lat, lon, geoname_id, data, ord)
       ORDER BY u.ord
     ), qts AS (
       INSERT INTO quotes (article_id, speaker_name, speaker_code, kind, text, data)
       SELECT $1, u.speaker_name, u.speaker_code, u.kind, u.text, u.data
       FROM unnest($15::text[], $16::text[], $17::text[], $18::text[], $19::text[]) WITH ORDINALITY AS u(speaker_name, speaker_code, kind, text, data, ord)
       ORDER BY u.ord
     ), cts AS (
       INSERT INTO counts (article_id, number, kind, about, data)
       SELECT $1, u.number, u.kind, u.about, u.data
       FROM unnest($20::float8[], $21::text[], $22::text[], $23::text[]) WITH ORDINALITY AS u(number, kind, about, data, ord)
       ORDER BY u.ord
     )
     SELECT 1`,
    [
      articleId,
      p.fp.bands,
      ...columns(coded.entities, (e) => [e.id, e.name, e.type, e.code, e.country, json(e)], 6),
      ...columns(coded.places, (pl) => [pl.name, pl.country, pl.lat, pl.lon, pl.geonameId ?? null, json(pl)], 6),
      ...columns(coded.quotes, (q) => [q.speaker?.name ?? null, q.speaker?.code ?? null, q.kind, q.text, json(q)], 5),
      ...columns(coded.counts, (k) => [k.number, k.kind ?? null, k.about, json(k)], 4),
    ],
  );
}

/** Rows to one array per column, the shape `unnest` takes. */
export function columns<T>(rows: readonly T[], row: (x: T) => unknown[], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => []);
  for (const x of rows) row(x).forEach((v, i) => out[i]!.push(v ?? null));
  return out;
}
