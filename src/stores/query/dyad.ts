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
 * The group of an actor: the first three letters of its CAMEO code, which is its country for a state
 * actor (RUSGOV → RUS) and IGO, NGO, … for the others (IGOUNO → IGO). A three-letter actor filter is an
 * equality on the group columns, and a longer one (a code prefix) implies its group too.
 */
export function actorGroup(code: string): string {
  return code.slice(0, 3);
}

/**
 * How an actor filter matches stored columns: three letters by equality on the group column (so an
 * index seeks straight to it); longer values by the group of the code plus the code prefix as the
 * range [value, value + '\uffff').
 */
export function actorColumn(filter: ActorFilter): { group: string; code?: { low: string; high: string } } {
  return filter.length === 3 ? { group: filter } : { group: actorGroup(filter), code: { low: filter, high: `${filter}\uffff` } };
}
