import { checkNetworkQuery } from '../query/validate.js';
import type { Network, NetworkEdge, NetworkQuery } from '../types/query.js';
import { eventWhere } from './event-filters.js';
import { whereSql } from './params.js';
import type { Queryable } from './pool.js';

/** Directed party-to-party edges with at least `minEvents` events; self-loops (domestic events) left out. */
export async function network(db: Queryable, raw: NetworkQuery = {}): Promise<Network> {
  const q = checkNetworkQuery(raw);
  const w = eventWhere({ ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.cameo ? { cameo: q.cameo } : {}), ...(q.quadClass ? { quadClass: q.quadClass } : {}) });
  w.clauses.push("e.source_party <> ''", "e.target_party <> ''", 'e.source_party <> e.target_party');
  const r = await db.query<{ s: string; t: string; events: number; mentions: number; gs: number; q1: number; q2: number; q3: number; q4: number }>(
    `SELECT e.source_party AS s, e.target_party AS t, count(*) AS events, sum(e.num_mentions) AS mentions, sum(e.goldstein) AS gs,
       ${QUAD_COUNTS}
     FROM events e ${whereSql(w)} GROUP BY e.source_party, e.target_party HAVING count(*) >= ${w.params.add(q.minEvents)}
     ORDER BY events DESC, s, t LIMIT ${w.params.add(q.limit)}`,
    w.params.values,
  );
  const edges: NetworkEdge[] = r.rows.map((row) => {
    const mean = Math.round((row.gs / row.events) * 1000) / 1000;
    return { source: row.s, target: row.t, events: row.events, mentions: row.mentions, quadClass: [row.q1, row.q2, row.q3, row.q4], goldsteinMean: mean, sign: mean > 0 ? 1 : mean < 0 ? -1 : 0 };
  });
  const nodes = new Map<string, number>();
  for (const e of edges) {
    nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
    nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
  }
  return { nodes: [...nodes].map(([id, events]) => ({ id, events })).sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)), edges };
}

/** Events per QuadClass as q1..q4 (SQLite sums booleans; PostgreSQL counts with a filter). */
export const QUAD_COUNTS = [1, 2, 3, 4].map((c) => `count(*) FILTER (WHERE e.quad_class = ${c}) AS q${c}`).join(', ');
