import { checkNetworkQuery } from '../query/validate.js';
import type { Network, NetworkEdge, NetworkQuery } from '../types/query.js';
import { eventWhere, whereSql } from './event-filters.js';
import type { Statements } from './statements.js';

/** Directed party-to-party edges with at least `minEvents` events; self-loops (domestic events) left out. */
export function network(st: Statements, raw: NetworkQuery = {}): Network {
  const q = checkNetworkQuery(raw);
  const w = eventWhere({ ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.cameo ? { cameo: q.cameo } : {}), ...(q.quadClass ? { quadClass: q.quadClass } : {}) });
  w.clauses.push("e.source_party <> ''", "e.target_party <> ''", 'e.source_party <> e.target_party');
  const rows = st.all<{ s: string; t: string; events: number; mentions: number; gs: number; q1: number; q2: number; q3: number; q4: number }>(
    `SELECT e.source_party AS s, e.target_party AS t, count(*) AS events, sum(e.num_mentions) AS mentions, sum(e.goldstein) AS gs,
       sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4
     FROM events e ${whereSql(w)} GROUP BY e.source_party, e.target_party HAVING count(*) >= ?
     ORDER BY events DESC, s, t LIMIT ?`,
    [...w.params, q.minEvents, q.limit],
  );
  const edges: NetworkEdge[] = rows.map((r) => {
    const mean = Math.round((r.gs / r.events) * 1000) / 1000;
    return { source: r.s, target: r.t, events: r.events, mentions: r.mentions, quadClass: [r.q1, r.q2, r.q3, r.q4], goldsteinMean: mean, sign: mean > 0 ? 1 : mean < 0 ? -1 : 0 };
  });
  const nodes = new Map<string, number>();
  for (const e of edges) {
    nodes.set(e.source, (nodes.get(e.source) ?? 0) + e.events);
    nodes.set(e.target, (nodes.get(e.target) ?? 0) + e.events);
  }
  return { nodes: [...nodes].map(([id, events]) => ({ id, events })).sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)), edges };
}
