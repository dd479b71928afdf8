import type { EventRecord } from '../stores/index.js';

/** One column of the flat (CSV, Parquet) export: its name, type and how to read it from an event. */
export interface FlatColumn {
  name: string;
  type: 'int' | 'real' | 'text';
  get(e: EventRecord): string | number | null;
}

const col = (name: string, type: FlatColumn['type'], get: FlatColumn['get']): FlatColumn => ({ name, type, get });

/** The flat export: one row per distinct event, its first mention as evidence. Documented in docs/formats.md. */
export const FLAT_COLUMNS: readonly FlatColumn[] = [
  col('id', 'int', (e) => e.id),
  col('date', 'text', (e) => e.date),
  col('day', 'text', (e) => e.day),
  col('source_code', 'text', (e) => e.source?.code ?? null),
  col('source_name', 'text', (e) => e.source?.name ?? null),
  col('source_country', 'text', (e) => e.source?.country ?? null),
  col('source_roles', 'text', (e) => e.source?.roles.join(' ') || null),
  col('target_code', 'text', (e) => e.target?.code ?? null),
  col('target_name', 'text', (e) => e.target?.name ?? null),
  col('target_country', 'text', (e) => e.target?.country ?? null),
  col('target_roles', 'text', (e) => e.target?.roles.join(' ') || null),
  col('cameo_code', 'text', (e) => e.cameo.code),
  col('cameo_root', 'text', (e) => e.cameo.root),
  col('cameo_name', 'text', (e) => e.cameo.name),
  col('quad_class', 'int', (e) => e.cameo.quadClass),
  col('goldstein', 'real', (e) => e.cameo.goldstein),
  col('plover_type', 'text', (e) => e.plover.type),
  col('plover_mode', 'text', (e) => e.plover.mode),
  col('plover_context', 'text', (e) => e.plover.context),
  col('is_root', 'int', (e) => (e.isRoot ? 1 : 0)),
  col('num_mentions', 'int', (e) => e.numMentions),
  col('num_sources', 'int', (e) => e.numSources),
  col('num_articles', 'int', (e) => e.numArticles),
  col('avg_tone', 'real', (e) => e.avgTone),
  col('place_name', 'text', (e) => e.location?.name ?? null),
  col('place_country', 'text', (e) => e.location?.country ?? null),
  col('place_adm1', 'text', (e) => e.location?.adm1 ?? null),
  col('lat', 'real', (e) => e.location?.lat ?? null),
  col('lon', 'real', (e) => e.location?.lon ?? null),
  col('geoname_id', 'int', (e) => e.location?.geonameId ?? null),
  col('feature_code', 'text', (e) => e.location?.featureCode ?? null),
  col('first_seen', 'text', (e) => e.firstSeen),
  col('last_seen', 'text', (e) => e.lastSeen),
  col('source_url', 'text', (e) => e.sourceUrl),
  col('evidence_article_id', 'int', (e) => e.evidence.articleId),
  col('evidence_sentence', 'text', (e) => e.evidence.text),
  col('evidence_trigger', 'text', (e) => e.evidence.trigger.text),
  col('rule_ids', 'text', (e) => e.evidence.ruleIds.join(' ')),
];
