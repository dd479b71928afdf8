import { checkPlaceQuery } from '../query/validate.js';
import type { PlaceCount, PlaceQuery } from '../types/query.js';
import { eventWhere } from './event-filters.js';
import { QUAD_COUNTS } from './network.js';
import { whereSql } from './params.js';
import type { Queryable } from './pool.js';

/** Events per location for a map, most first. */
export async function places(db: Queryable, raw: PlaceQuery = {}): Promise<PlaceCount[]> {
  const q = checkPlaceQuery(raw);
  const { limit, ...filters } = q;
  const w = eventWhere(filters);
  w.clauses.push("e.location_key <> ''", 'e.lat IS NOT NULL');
  const r = await db.query<{ key: string; name: string; country: string | null; lat: number; lon: number; geonameId: number | null; featureCode: string | null; events: number; mentions: number; gs: number; q1: number; q2: number; q3: number; q4: number }>(
    `SELECT e.location_key AS key, min(e.place_name) AS name, min(e.place_country) AS country, min(e.lat) AS lat, min(e.lon) AS lon,
       min(e.geoname_id) AS "geonameId", min(e.feature_code) AS "featureCode", count(*) AS events, sum(e.num_mentions) AS mentions,
       sum(e.goldstein) AS gs, ${QUAD_COUNTS}
     FROM events e ${whereSql(w)} GROUP BY e.location_key ORDER BY events DESC, mentions DESC, key LIMIT ${w.params.add(limit)}`,
    w.params.values,
  );
  return r.rows.map(({ gs, q1, q2, q3, q4, ...row }) => ({ ...row, name: row.name ?? '', quadClass: [q1, q2, q3, q4], goldsteinMean: Math.round((gs / row.events) * 1000) / 1000 }));
}
