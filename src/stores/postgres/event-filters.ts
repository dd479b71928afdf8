import { actorColumn } from '../query/dyad.js';
import type { ActorFilter, EventQuery } from '../types/query.js';
import { Params, type Where } from './params.js';
import { toTsQuery } from './search-text.js';

/** The SQLite store's event filters (sqlite/event-filters.ts) in PostgreSQL's dialect. */
export function eventWhere(q: EventQuery, params = new Params()): Where {
  const w: Where = { clauses: [], params };
  const p = (v: unknown) => params.add(v);
  if (q.actor) w.clauses.push(`(${side('source', q.actor, params)} OR ${side('target', q.actor, params)})`);
  if (q.dyad) w.clauses.push(dyadClause(q.dyad.a, q.dyad.b, q.dyad.directed ?? false, params));
  if (q.cameo) w.clauses.push(`e.cameo >= ${p(q.cameo)} AND e.cameo < ${p(`${q.cameo}\uffff`)}`);
  if (q.quadClass?.length) w.clauses.push(`e.quad_class = ANY(${p(q.quadClass)}::int[])`);
  if (q.plover) w.clauses.push(`e.plover_type = ${p(q.plover)}`);
  if (q.from) w.clauses.push(`e.day >= ${p(q.from)}`);
  if (q.to) w.clauses.push(`e.day <= ${p(q.to)} AND e.day <> ''`);
  if (q.place) {
    // SQLite's NOCASE folds ASCII letters only; lower() folds more, which only matters for names no gazetteer spells in two cases.
    // A GeoNames id is the location key `g<id>` (src/dedup/event-key.ts), which the place index serves.
    w.clauses.push(/^\d+$/.test(q.place) ? `e.location_key = ${p(`g${q.place}`)}` : `lower(e.place_name) = lower(${p(q.place)})`);
  }
  if (q.placeCountry) w.clauses.push(`e.place_country = ${p(q.placeCountry)}`);
  if (q.q !== undefined) {
    const ts = toTsQuery(q.q);
    if (!ts) w.clauses.push('false');
    else if ((q.qIn ?? 'evidence') === 'evidence') {
      w.clauses.push(`e.id IN (SELECT m.event_id FROM event_mentions m WHERE m.search @@ to_tsquery('simple', ${p(ts)}))`);
    } else {
      w.clauses.push(`e.id IN (SELECT m.event_id FROM articles a JOIN event_mentions m ON m.article_id = a.id WHERE a.search @@ to_tsquery('simple', ${p(ts)}))`);
    }
  }
  return w;
}

export function dyadClause(a: ActorFilter, b: ActorFilter, directed: boolean, params: Params): string {
  const ab = `(${side('source', a, params)} AND ${side('target', b, params)})`;
  if (directed) return ab;
  return `(${ab} OR (${side('source', b, params)} AND ${side('target', a, params)}))`;
}

/**
 * One side of an event matching an actor filter (src/stores/query/dyad.ts): the group of its code (an
 * equality an index seeks to), and for a longer filter the code prefix as the range
 * [value, value + '\uffff').
 */
export function side(which: 'source' | 'target', filter: ActorFilter, params: Params): string {
  const m = actorColumn(filter);
  const group = `e.${which}_group = ${params.add(m.group)}`;
  if (!m.code) return group;
  const col = `e.${which}_code`;
  return `(${group} AND ${col} >= ${params.add(m.code.low)} AND ${col} < ${params.add(m.code.high)})`;
}
