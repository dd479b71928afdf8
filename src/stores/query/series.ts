import type { QuadClass } from '../../core/index.js';
import type { DyadStats, Interval, SeriesPoint } from '../types/query.js';

/**
 * What a store returns for a dyad series, summed over events: one row per day and direction with the
 * events per QuadClass in `quads` (fewer rows: the faster shape), or one row per day, direction and
 * QuadClass with `quadClass` set.
 */
export interface SeriesDayRow {
  day: string;
  /** `ab` when the source matched `a` and the target `b`; `ba` the other way. */
  dir: 'ab' | 'ba';
  quads?: [number, number, number, number];
  quadClass?: QuadClass;
  events: number;
  mentions: number;
  articles: number;
  goldsteinSum: number;
}

/** Most periods a series may span (about 27 years of days); longer spans must use a wider interval. */
export const MAX_PERIODS = 10_000;

/**
 * Rolls day rows up into periods, fills empty periods with zeros between the first and last (or
 * `from` and `to` when given), and normalises by the articles stored per period. Shared so every
 * store builds the same series from the same rows.
 */
export function buildSeries(rows: SeriesDayRow[], volumeByDay: Map<string, number>, interval: Interval, range: { from?: string; to?: string }, sameParty: boolean): SeriesPoint[] {
  const points = new Map<string, SeriesPoint>();
  const point = (period: string) => {
    let p = points.get(period);
    if (!p) points.set(period, (p = { period, aToB: emptyStats(), bToA: emptyStats(), total: emptyStats(), volume: 0 }));
    return p;
  };
  // Thousands of rows share a few hundred periods: compute each day's period once.
  const periodOf = new Map<string, string>();
  const startOf = (day: string) => {
    let p = periodOf.get(day);
    if (p === undefined) periodOf.set(day, (p = periodStart(day, interval)));
    return p;
  };
  for (const r of rows) {
    // With a == b every event matches both directions; count it once.
    if (sameParty && r.dir === 'ba') continue;
    const p = point(startOf(r.day));
    for (const s of [r.dir === 'ab' ? p.aToB : p.bToA, p.total]) {
      s.events += r.events;
      s.mentions += r.mentions;
      s.articles += r.articles;
      s.goldsteinSum += r.goldsteinSum;
      if (r.quads) for (let i = 0; i < 4; i++) s.quadClass[i]! += r.quads[i]!;
      else if (r.quadClass) s.quadClass[r.quadClass - 1]! += r.events;
    }
  }
  const periods = [...points.keys()].sort();
  const first = range.from ? periodStart(range.from, interval) : periods[0];
  const last = range.to ? periodStart(range.to, interval) : periods[periods.length - 1];
  if (first && last) {
    let n = 0;
    for (let p = first; p <= last && n < MAX_PERIODS; p = nextPeriod(p, interval), n++) point(p);
  }
  for (const [day, articles] of volumeByDay) {
    const p = points.get(startOf(day));
    if (p) p.volume += articles;
  }
  const out = [...points.values()].filter((p) => (!first || p.period >= first) && (!last || p.period <= last));
  out.sort((x, y) => (x.period < y.period ? -1 : 1));
  for (const p of out) for (const s of [p.aToB, p.bToA, p.total]) finish(s, p.volume);
  if (sameParty) for (const p of out) p.bToA = { ...p.aToB, quadClass: [...p.aToB.quadClass] };
  return out;
}

export function emptyStats(): DyadStats {
  return { events: 0, mentions: 0, articles: 0, quadClass: [0, 0, 0, 0], goldsteinSum: 0, goldsteinMean: 0, articleShare: 0 };
}

function finish(s: DyadStats, volume: number): void {
  s.goldsteinSum = round(s.goldsteinSum);
  s.goldsteinMean = s.events ? round(s.goldsteinSum / s.events) : 0;
  s.articleShare = volume ? round(s.articles / volume, 6) : 0;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** First day of the interval holding `day`: the day, the Monday of its ISO week, or the 1st of its month. */
export function periodStart(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 7)}-01`;
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday = 0
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

export function nextPeriod(period: string, interval: Interval): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
