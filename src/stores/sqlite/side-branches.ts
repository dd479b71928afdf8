import type { EventQuery } from '../types/query.js';
import { side, type Where } from './event-filters.js';

/**
 * A filter that either side of an event may satisfy (an actor as source or target, an undirected
 * dyad as a→b or b→a), split into one WHERE per side plus the rest of the query. Each side then
 * walks its own index in page order and stops after a page; an OR of the sides would make SQLite
 * collect every match and sort them. Null when there is nothing to split (a directed dyad is one
 * seek already).
 */
export function sideBranches(q: EventQuery): { rest: EventQuery; sides: Where[] } | null {
  if (q.dyad && !q.dyad.directed) {
    const { dyad, ...rest } = q;
    return { rest, sides: [pair(dyad.a, dyad.b), pair(dyad.b, dyad.a)] };
  }
  if (q.actor && !q.dyad) {
    const { actor, ...rest } = q;
    return { rest, sides: ['source' as const, 'target' as const].map((which) => only(side(which, actor))) };
  }
  return null;
}

function pair(source: string, target: string): Where {
  const s = side('source', source);
  const t = side('target', target);
  return { clauses: [s.sql, t.sql], params: [...s.params, ...t.params] };
}

const only = (x: { sql: string; params: unknown[] }): Where => ({ clauses: [x.sql], params: x.params });
