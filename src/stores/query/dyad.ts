import { StoreError } from '../store.js';
import type { ActorFilter, Dyad } from '../types/query.js';

const ACTOR = /^[A-Z0-9]{3,15}$/;

/** Upper-cases and checks an actor filter (3 to 15 letters or digits). */
export function parseActor(raw: string, what = 'actor'): ActorFilter {
  const v = raw.trim().toUpperCase();
  if (!ACTOR.test(v)) throw new StoreError('bad-query', `${what} must be an actor code or a 3-letter country, e.g. RUS or RUSGOV; got '${raw}'`);
  return v;
}

/** `RUS:PRK` (either direction) or `RUS>PRK` (RUS the source, PRK the target). */
export function parseDyad(raw: string): Dyad {
  const m = /^\s*([^:>]+?)\s*([:>])\s*([^:>]+?)\s*$/.exec(raw);
  if (!m) throw new StoreError('bad-query', `dyad must look like RUS:PRK (either direction) or RUS>PRK (directed); got '${raw}'`);
  return { a: parseActor(m[1]!, 'dyad'), b: parseActor(m[3]!, 'dyad'), directed: m[2] === '>' };
}

/**
 * How an actor filter matches stored columns: three letters by prefix of the party column (country,
 * or the whole code for non-state actors), longer values by prefix of the code column. Prefix
 * matches are ranges [value, value + '\uffff') so an index serves them.
 */
export function actorColumn(filter: ActorFilter): { column: 'party' | 'code'; low: string; high: string } {
  return { column: filter.length === 3 ? 'party' : 'code', low: filter, high: `${filter}\uffff` };
}
