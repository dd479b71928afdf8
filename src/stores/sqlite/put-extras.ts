import type { PreparedArticle } from '../prepare.js';
import type { Statements } from './statements.js';

/** Entities, places, quotes and counts of one article: indexed columns plus the whole object as JSON. */
export function putExtras(st: Statements, articleId: number, p: PreparedArticle): void {
  const { coded } = p.input;
  for (const [i, e] of coded.entities.entries()) {
    st.run('INSERT INTO entities (article_id, ord, eid, name, type, code, country, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [articleId, i, e.id, e.name, e.type, e.code, e.country, JSON.stringify(e)]);
  }
  for (const pl of coded.places) {
    st.run('INSERT INTO places (article_id, name, country, lat, lon, geoname_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)', [articleId, pl.name, pl.country, pl.lat, pl.lon, pl.geonameId ?? null, JSON.stringify(pl)]);
  }
  for (const q of coded.quotes) {
    st.run('INSERT INTO quotes (article_id, speaker_name, speaker_code, kind, data) VALUES (?, ?, ?, ?, ?)', [articleId, q.speaker?.name ?? null, q.speaker?.code ?? null, q.kind, JSON.stringify(q)]);
  }
  for (const c of coded.counts) {
    st.run('INSERT INTO counts (article_id, number, kind, about, data) VALUES (?, ?, ?, ?, ?)', [articleId, c.number, c.kind ?? null, c.about, JSON.stringify(c)]);
  }
}
