import type { PreparedArticle } from '../prepare.js';
import type { Statements } from './statements.js';

/**
 * Entities, places, quotes and counts of one article: indexed columns plus the whole object as JSON.
 * One statement per table, expanding a JSON array in SQL, rather than one per item.
 */
export function putExtras(st: Statements, articleId: number, p: PreparedArticle): void {
  const { coded } = p.input;
  const each = (sql: string, items: unknown[]) => {
    if (items.length) st.run(sql, [articleId, JSON.stringify(items)]);
  };
  each(
    `INSERT INTO entities (article_id, ord, eid, name, type, code, country, data)
     SELECT ?, key, value ->> '$.id', value ->> '$.name', value ->> '$.type', value ->> '$.code', value ->> '$.country', value FROM json_each(?)`,
    coded.entities,
  );
  each(
    `INSERT INTO places (article_id, name, country, lat, lon, geoname_id, data)
     SELECT ?, value ->> '$.name', value ->> '$.country', value ->> '$.lat', value ->> '$.lon', value ->> '$.geonameId', value FROM json_each(?) ORDER BY key`,
    coded.places,
  );
  each(
    `INSERT INTO quotes (article_id, speaker_name, speaker_code, kind, data)
     SELECT ?, value ->> '$.speaker.name', value ->> '$.speaker.code', value ->> '$.kind', value FROM json_each(?) ORDER BY key`,
    coded.quotes,
  );
  each(
    `INSERT INTO counts (article_id, number, kind, about, data)
     SELECT ?, value ->> '$.number', value ->> '$.kind', value ->> '$.about', value FROM json_each(?) ORDER BY key`,
    coded.counts,
  );
}
