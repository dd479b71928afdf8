import type pg from 'pg';
import type { PreparedArticle, PreparedMention } from '../prepare.js';
import { columns } from './put-extras.js';
import { foldForIndex } from './search-text.js';

/** Rows per day of the `volume` counter. */
export const VOLUME_SHARDS = 16;

interface Group {
  sort: string;
  first: PreparedMention;
  mentions: PreparedMention[];
}

/**
 * An article's mentions and the GDELT-style counts of their events, in two statements:
 * 1. upsert the distinct events in key order: inserts new ones, adds this article's mentions, the
 *    article, its tone and days to existing ones, and row-locks them until commit;
 * 2. with those locks held (a new statement sees every writer that held them before us), in one
 *    statement: find which events already have a mention from this article's source (so NumSources
 *    is exact), insert the mentions with their evidence search vectors, add the new sources and set
 *    each new event's first mention, and count the article in its day's volume (last, so its row
 *    lock is held shortest; spread over VOLUME_SHARDS rows, migration 004).
 */
export async function putEvents(c: pg.PoolClient, p: PreparedArticle, articleId: number, sourceKey: string): Promise<{ events: number; mentions: number }> {
  const volume = p.day ? { day: p.day, shard: articleId % VOLUME_SHARDS } : null;
  if (!p.mentions.length) {
    if (volume) await c.query(volumeSql(1), [volume.day, volume.shard]);
    return { events: 0, mentions: 0 };
  }
  const groups = new Map<string, Group>();
  for (const m of p.mentions) {
    const k = keyString(m);
    const g = groups.get(k);
    if (g) g.mentions.push(m);
    else groups.set(k, { sort: k, first: m, mentions: [m] });
  }
  const sorted = [...groups.values()].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  const eventIds = await upsertEvents(c, p, sorted);
  await mentionsAndCounts(c, p, articleId, sourceKey, eventIds, volume);
  return { events: groups.size, mentions: p.mentions.length };
}

async function upsertEvents(c: pg.PoolClient, p: PreparedArticle, groups: Group[]): Promise<Map<string, number>> {
  const tone = p.input.coded.tone.score;
  const url = p.input.url ?? null;
  const cols = columns(
    groups,
    (g) => {
      const { key: k, event: e, sourceParty, targetParty } = g.first;
      const loc = e.location;
      return [
        k.date, k.day, k.sourceCode, sourceParty, e.source?.country, (e.source?.roles ?? []).join(' '), e.source?.name,
        k.targetCode, targetParty, e.target?.country, (e.target?.roles ?? []).join(' '), e.target?.name,
        k.cameo, e.cameo.name || null, e.cameo.quadClass, e.cameo.goldstein, e.plover.type || null, e.plover.mode, e.plover.context,
        k.locationKey, loc?.name, loc?.country, loc?.adm1, loc?.lat, loc?.lon, loc?.geonameId, loc?.featureCode,
        g.mentions.some((m) => m.lead) ? 1 : 0, g.mentions.length,
      ];
    },
    29,
  );
  const types = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'int', 'float8', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'float8', 'float8', 'bigint', 'text', 'int', 'int'];
  const unnest = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
  const n = types.length;
  const r = await c.query<{ id: number; date: string; source_code: string; target_code: string; cameo: string; location_key: string }>(
    `INSERT INTO events (date, day, source_code, source_party, source_country, source_roles, source_name, target_code,
       target_party, target_country, target_roles, target_name, cameo, cameo_name, quad_class, goldstein, plover_type,
       plover_mode, plover_context, location_key, place_name, place_country, place_adm1, lat, lon, geoname_id, feature_code,
       is_root, num_mentions, num_articles, num_sources, tone_sum, first_seen, last_seen, source_url, source_group, target_group)
     SELECT u.c1, u.c2, u.c3, u.c4, u.c5, u.c6, u.c7, u.c8, u.c9, u.c10, u.c11, u.c12, u.c13, u.c14, u.c15, u.c16, u.c17, u.c18,
       u.c19, u.c20, u.c21, u.c22, u.c23, u.c24, u.c25, u.c26, u.c27, u.c28, u.c29, 1, 0, $${n + 1}::float8, $${n + 2}::text, $${n + 2}::text, $${n + 3}::text,
       left(u.c3, 3), left(u.c8, 3)
     FROM unnest(${unnest}) WITH ORDINALITY AS u(${types.map((_, i) => `c${i + 1}`).join(', ')}, ord)
     ORDER BY u.ord
     ON CONFLICT (date, source_code, target_code, cameo, location_key) DO UPDATE SET
       num_mentions = events.num_mentions + excluded.num_mentions,
       num_articles = events.num_articles + 1,
       tone_sum = events.tone_sum + excluded.tone_sum,
       is_root = greatest(events.is_root, excluded.is_root),
       first_seen = least(events.first_seen, excluded.first_seen),
       last_seen = greatest(events.last_seen, excluded.last_seen),
       source_url = coalesce(events.source_url, excluded.source_url)
     RETURNING id, date, source_code, target_code, cameo, location_key`,
    [...cols, tone, p.day, url],
  );
  return new Map(r.rows.map((row) => [keyOf(row.date, row.source_code, row.target_code, row.cameo, row.location_key), row.id]));
}

/** Statement 2 of putEvents: sources known, mentions, counts, volume. */
async function mentionsAndCounts(c: pg.PoolClient, p: PreparedArticle, articleId: number, sourceKey: string, eventIds: Map<string, number>, volume: { day: string; shard: number } | null): Promise<void> {
  const span = (a: PreparedMention['event']['source']) => (a ? JSON.stringify({ start: a.start, end: a.end, text: a.text, basis: a.basis }) : null);
  const cols = columns(
    p.mentions,
    (m) => {
      const e = m.event;
      return [
        eventIds.get(keyString(m)), e.id, e.evidence.sentenceIndex, e.evidence.start, e.evidence.end, e.evidence.text,
        e.evidence.trigger.start, e.evidence.trigger.end, e.evidence.trigger.text, span(e.source), span(e.target), e.dateBasis,
        e.location?.text ?? null, JSON.stringify(e.modality), e.confidence, JSON.stringify(e.ruleIds), foldForIndex(e.evidence.text),
      ];
    },
    17,
  );
  const n = cols.length;
  await c.query(
    `WITH known AS (
       SELECT DISTINCT event_id FROM event_mentions WHERE event_id = ANY($1::bigint[]) AND source_key = $${n + 2}
     ), m AS (
       INSERT INTO event_mentions (event_id, article_id, source_key, coded_id, sentence_index, sentence_start, sentence_end,
         evidence, trigger_start, trigger_end, trigger_text, source_span, target_span, date_basis, location_text, modality,
         confidence, rule_ids, search)
       SELECT u.event_id, $${n + 1}, $${n + 2}, u.coded_id, u.si, u.ss, u.se, u.evidence, u.ts, u.te, u.tt, u.sspan, u.tspan, u.db, u.lt, u.modality,
         u.confidence, u.rule_ids, to_tsvector('simple', u.folded)
       FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::text[], $7::int[], $8::int[], $9::text[], $10::text[],
         $11::text[], $12::text[], $13::text[], $14::text[], $15::float8[], $16::text[], $17::text[])
         WITH ORDINALITY AS u(event_id, coded_id, si, ss, se, evidence, ts, te, tt, sspan, tspan, db, lt, modality, confidence, rule_ids, folded, ord)
       ORDER BY u.ord
       RETURNING id, event_id
     ), counted AS (
       UPDATE events e SET num_sources = e.num_sources + CASE WHEN f.event_id IN (SELECT event_id FROM known) THEN 0 ELSE 1 END,
         first_mention_id = coalesce(e.first_mention_id, f.first)
       FROM (SELECT event_id, min(id) AS first FROM m GROUP BY event_id) AS f WHERE e.id = f.event_id
     )${volume ? `, vol AS (${volumeSql(n + 3)})` : ''}
     SELECT 1`,
    [...cols, articleId, sourceKey, ...(volume ? [volume.day, volume.shard] : [])],
  );
}

/** Counts the article in its day's volume; `$at` is the day, `$at+1` the shard. */
function volumeSql(at: number): string {
  return `INSERT INTO volume (day, shard, articles) VALUES ($${at}, $${at + 1}, 1) ON CONFLICT (day, shard) DO UPDATE SET articles = volume.articles + 1`;
}

function keyString(m: PreparedMention): string {
  const k = m.key;
  return keyOf(k.date, k.sourceCode, k.targetCode, k.cameo, k.locationKey);
}

function keyOf(date: string, source: string, target: string, cameo: string, location: string): string {
  return JSON.stringify([date, source, target, cameo, location]);
}
