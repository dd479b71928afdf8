import { checkPlaceQuery } from '../query/validate.js';
import type { PlaceCount, PlaceQuery } from '../types/query.js';
import { eventWhere, whereSql } from './event-filters.js';
import type { Statements } from './statements.js';

/** Events per location for a map, most first. */
export function places(st: Statements, raw: PlaceQuery = {}): PlaceCount[] {
  const q = checkPlaceQuery(raw);
  const { limit, ...filters } = q;
  const w = eventWhere(filters);
  w.clauses.push("e.location_key <> ''", 'e.lat IS NOT NULL');
  const rows = st.all<{ key: string; name: string; country: string | null; lat: number; lon: number; geonameId: number | null; featureCode: string | null; events: number; mentions: number; gs: number; q1: number; q2: number; q3: number; q4: number }>(
    `SELECT e.location_key AS key, min(e.place_name) AS name, min(e.place_country) AS country, min(e.lat) AS lat, min(e.lon) AS lon,
       min(e.geoname_id) AS geonameId, min(e.feature_code) AS featureCode, count(*) AS events, sum(e.num_mentions) AS mentions,
       sum(e.goldstein) AS gs, sum(e.quad_class = 1) AS q1, sum(e.quad_class = 2) AS q2, sum(e.quad_class = 3) AS q3, sum(e.quad_class = 4) AS q4
     FROM events e ${whereSql(w)} GROUP BY e.location_key ORDER BY events DESC, mentions DESC, key LIMIT ?`,
    [...w.params, limit],
  );
  return rows.map(({ gs, q1, q2, q3, q4, ...r }) => ({ ...r, name: r.name ?? '', quadClass: [q1, q2, q3, q4], goldsteinMean: Math.round((gs / r.events) * 1000) / 1000 }));
}
