import type { QuadClass } from '../../core/index.js';
import { StoreError } from '../store.js';
import type { EventQuery, NetworkQuery, PlaceQuery, SeriesQuery } from '../types/query.js';
import { parseActor } from './dyad.js';

/**
 * Checks and normalises query parameters once, for every store: bad values throw
 * StoreError('bad-query') naming the parameter, so an API can answer 400 with the message.
 */
export function checkEventQuery(q: EventQuery = {}): EventQuery & { limit: number; sort: 'date' | 'salience' | 'id'; order: 'asc' | 'desc' } {
  const sort = q.sort ?? 'date';
  if (!['date', 'salience', 'id'].includes(sort)) bad(`sort must be date, salience or id; got '${sort}'`);
  const order = q.order ?? (sort === 'id' ? 'asc' : 'desc');
  if (order !== 'asc' && order !== 'desc') bad(`order must be asc or desc; got '${order}'`);
  return {
    ...checkCommon(q),
    ...(q.actor !== undefined ? { actor: parseActor(q.actor) } : {}),
    ...(q.plover !== undefined ? { plover: word(q.plover, 'plover').toUpperCase() } : {}),
    ...(q.place !== undefined ? { place: word(q.place, 'place') } : {}),
    ...(q.placeCountry !== undefined ? { placeCountry: country(q.placeCountry) } : {}),
    ...(q.qIn !== undefined && q.qIn !== 'evidence' && q.qIn !== 'article' ? bad(`qIn must be evidence or article`) : {}),
    sort,
    order,
    limit: limit(q.limit, 50, 1000),
  };
}

export function checkSeriesQuery(q: SeriesQuery): SeriesQuery {
  if (!['day', 'week', 'month'].includes(q.interval)) bad(`interval must be day, week or month; got '${q.interval}'`);
  return { ...q, a: parseActor(q.a, 'a'), b: parseActor(q.b, 'b'), ...dates(q) };
}

export function checkNetworkQuery(q: NetworkQuery = {}): NetworkQuery & { minEvents: number; limit: number } {
  const minEvents = q.minEvents ?? 1;
  if (!Number.isSafeInteger(minEvents) || minEvents < 1) bad(`minEvents must be a whole number of at least 1; got '${q.minEvents}'`);
  return { ...checkCommon(q), minEvents, limit: limit(q.limit, 500, 5000) };
}

export function checkPlaceQuery(q: PlaceQuery = {}): PlaceQuery & { limit: number } {
  return { ...checkCommon(q), ...(q.actor !== undefined ? { actor: parseActor(q.actor) } : {}), limit: limit(q.limit, 1000, 10000) };
}

function checkCommon<T extends { from?: string; to?: string; cameo?: string; quadClass?: QuadClass[]; dyad?: EventQuery['dyad'] }>(q: T): T {
  const out: T = { ...q, ...dates(q) };
  if (q.cameo !== undefined && !/^\d{2,4}$/.test(q.cameo)) bad(`cameo must be 2 to 4 digits (a root like 19 or a code like 190); got '${q.cameo}'`);
  if (q.quadClass !== undefined) {
    if (!Array.isArray(q.quadClass) || !q.quadClass.length || q.quadClass.some((c) => ![1, 2, 3, 4].includes(c))) bad('quadClass must be a list of 1, 2, 3, 4');
  }
  if (q.dyad) out.dyad = { a: parseActor(q.dyad.a, 'dyad'), b: parseActor(q.dyad.b, 'dyad'), directed: q.dyad.directed ?? false };
  return out;
}

function dates(q: { from?: string; to?: string }): { from?: string; to?: string } {
  for (const k of ['from', 'to'] as const) {
    const v = q[k];
    if (v !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))) bad(`${k} must be a date YYYY-MM-DD; got '${v}'`);
  }
  if (q.from && q.to && q.from > q.to) bad(`from (${q.from}) is after to (${q.to})`);
  return { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
}

function limit(v: number | undefined, dflt: number, max: number): number {
  if (v === undefined) return dflt;
  if (!Number.isSafeInteger(v) || v < 1 || v > max) bad(`limit must be a whole number from 1 to ${max}; got '${v}'`);
  return v;
}

function word(v: string, what: string): string {
  const t = String(v).trim();
  if (!t || t.length > 200) bad(`${what} must be 1 to 200 characters`);
  return t;
}

function country(v: string): string {
  const t = String(v).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(t)) bad(`placeCountry must be an ISO 3166-1 alpha-3 code like UKR; got '${v}'`);
  return t;
}

function bad(message: string): never {
  throw new StoreError('bad-query', message);
}
