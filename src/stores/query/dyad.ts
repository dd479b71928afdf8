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
 * The group of a party: its first three letters (the country, or IGO, NGO, ... for a non-state party
 * such as IGOUNO). A three-letter actor filter is an equality on the group columns.
 */
export function partyGroup(party: string): string {
  return party.slice(0, 3);
}

/**
 * How an actor filter matches stored columns: three letters by equality on the group column (so an
 * index seeks straight to it), longer values by prefix of the code column, as the range
 * [value, value + '\uffff').
 */
export function actorColumn(filter: ActorFilter): { column: 'group'; value: string } | { column: 'code'; low: string; high: string } {
  return filter.length === 3 ? { column: 'group', value: filter } : { column: 'code', low: filter, high: `${filter}\uffff` };
}
