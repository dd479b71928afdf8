import { buildSeries, nextPeriod, periodStart, type SeriesDayRow } from '../query/series.js';
import { checkSeriesQuery } from '../query/validate.js';
import type { SeriesPoint, SeriesQuery } from '../types/query.js';
import { side } from './event-filters.js';
import { QUAD_COUNTS } from './network.js';
import { Params, whereSql, type Where } from './params.js';
import type { Queryable } from './pool.js';

/** A dyad's events per day and direction (QuadClass counts as columns) from SQL; periods and normalisation in buildSeries. */
export async function dyadSeries(db: Queryable, raw: SeriesQuery): Promise<SeriesPoint[]> {
  const q = checkSeriesQuery(raw);
  const same = q.a === q.b;
  const rows: SeriesDayRow[] = [...(await dayRows(db, q, q.a, q.b, 'ab')), ...(same ? [] : await dayRows(db, q, q.b, q.a, 'ba'))];
  const days = rows.map((r) => r.day).sort();
  const first = q.from ?? days[0];
  const last = q.to ?? days[days.length - 1];
  const volume = new Map<string, number>();
  if (first && last) {
    const lo = periodStart(first, q.interval);
    const hi = nextPeriod(periodStart(last, q.interval), q.interval);
    const v = await db.query<{ day: string; articles: number }>('SELECT day, sum(articles) AS articles FROM volume WHERE day >= $1 AND day < $2 GROUP BY day', [lo, hi]);
    for (const r of v.rows) volume.set(r.day, r.articles);
  }
  return buildSeries(rows, volume, q.interval, q, same);
}

async function dayRows(db: Queryable, q: SeriesQuery, source: string, target: string, dir: 'ab' | 'ba'): Promise<SeriesDayRow[]> {
  const params = new Params();
  const w: Where = { clauses: [side('source', source, params), side('target', target, params), "e.day <> ''"], params };
  if (q.from) w.clauses.push(`e.day >= ${params.add(q.from)}`);
  if (q.to) w.clauses.push(`e.day <= ${params.add(q.to)}`);
  const r = await db.query<{ day: string; events: number; mentions: number; articles: number; goldsteinSum: number; q1: number; q2: number; q3: number; q4: number }>(
    `SELECT e.day AS day, count(*) AS events, sum(e.num_mentions) AS mentions, sum(e.num_articles) AS articles,
       sum(e.goldstein) AS "goldsteinSum", ${QUAD_COUNTS}
     FROM events e ${whereSql(w)} GROUP BY e.day`,
    params.values,
  );
  return r.rows.map(({ q1, q2, q3, q4, ...row }) => ({ ...row, dir, quads: [q1, q2, q3, q4] }));
}
