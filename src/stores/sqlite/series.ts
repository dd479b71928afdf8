import { buildSeries, periodStart, type SeriesDayRow } from '../query/series.js';
import { checkSeriesQuery } from '../query/validate.js';
import type { Interval, SeriesPoint, SeriesQuery } from '../types/query.js';
import { side, whereSql, type Where } from './event-filters.js';
import type { Statements } from './statements.js';

/** A dyad's events per day, direction and QuadClass from SQL; periods and normalisation in buildSeries. */
export function dyadSeries(st: Statements, raw: SeriesQuery): SeriesPoint[] {
  const q = checkSeriesQuery(raw);
  const same = q.a === q.b;
  const rows: SeriesDayRow[] = [...dayRows(st, q, q.a, q.b, 'ab'), ...(same ? [] : dayRows(st, q, q.b, q.a, 'ba'))];
  const days = rows.map((r) => r.day).sort();
  const first = q.from ?? days[0];
  const last = q.to ?? days[days.length - 1];
  // Keyed by period start: periodStart is idempotent, so buildSeries reads it like a per-day map.
  const volume = first && last ? periodVolumes(st, q.interval) : new Map<string, number>();
  return buildSeries(rows, volume, q.interval, q, same);
}

/**
 * Articles stored per period of each interval, kept until the database changes (a write on this
 * connection moves total_changes(), a commit by another moves data_version). Reading every day of
 * the volume table and finding its week took about a third of a series at a million events.
 */
const volumes = new WeakMap<Statements, { key: string; byInterval: Map<Interval, Map<string, number>> }>();

function periodVolumes(st: Statements, interval: Interval): Map<string, number> {
  const key = st.changeKey();
  let cached = volumes.get(st);
  if (!cached || cached.key !== key) volumes.set(st, (cached = { key, byInterval: new Map() }));
  let byPeriod = cached.byInterval.get(interval);
  if (!byPeriod) {
    byPeriod = new Map();
    for (const v of st.all<{ day: string; articles: number }>('SELECT day, articles FROM volume')) {
      const p = periodStart(v.day, interval);
      byPeriod.set(p, (byPeriod.get(p) ?? 0) + v.articles);
    }
    cached.byInterval.set(interval, byPeriod);
  }
  return byPeriod;
}

function dayRows(st: Statements, q: SeriesQuery, source: string, target: string, dir: 'ab' | 'ba'): SeriesDayRow[] {
  const s = side('source', source);
  const t = side('target', target);
  // Three-letter groups on both sides: the per-day sums the triggers keep (migration 5).
  if (s.params.length === 1 && t.params.length === 1) return rolledUp(st, q, s.params[0] as string, t.params[0] as string, dir);
  const w: Where = { clauses: [s.sql, t.sql, "e.day <> ''"], params: [...s.params, ...t.params] };
  if (q.from) w.clauses.push('e.day >= ?'), w.params.push(q.from);
  if (q.to) w.clauses.push('e.day <= ?'), w.params.push(q.to);
  // Raw arrays, one per day: this is the hot loop of the dyad timeline at millions of events.
  const rows = st.get(
    `SELECT e.day, count(*), sum(e.num_mentions), sum(e.num_articles), sum(e.goldstein),
       sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3), sum(e.quad_class = 4)
     FROM events e ${whereSql(w)} GROUP BY e.day`,
  ).raw().all(...w.params) as [string, number, number, number, number, number, number, number, number][];
  return rows.map(([day, events, mentions, articles, goldsteinSum, q1, q2, q3, q4]) => ({ day, dir, events, mentions, articles, goldsteinSum, quads: [q1, q2, q3, q4] }));
}

function rolledUp(st: Statements, q: SeriesQuery, source: string, target: string, dir: 'ab' | 'ba'): SeriesDayRow[] {
  const w: Where = { clauses: ['source_group = ?', 'target_group = ?'], params: [source, target] };
  if (q.from) w.clauses.push('day >= ?'), w.params.push(q.from);
  if (q.to) w.clauses.push('day <= ?'), w.params.push(q.to);
  const rows = st.get(`SELECT day, events, mentions, articles, goldstein, q1, q2, q3, q4 FROM dyad_days ${whereSql(w)}`).raw().all(...w.params) as [string, number, number, number, number, number, number, number, number][];
  return rows.map(([day, events, mentions, articles, goldsteinSum, q1, q2, q3, q4]) => ({ day, dir, events, mentions, articles, goldsteinSum, quads: [q1, q2, q3, q4] }));
}
