import type { QuadClass } from '../../core/index.js';
import type { ArticleRef, StoredArticle } from '../types/article.js';
import type { EventRecord, MentionRecord, StoredActor } from '../types/event.js';

/** Columns of `events` as SQLite returns them. */
export interface EventRow {
  id: number;
  date: string;
  day: string;
  source_code: string;
  source_party: string;
  source_country: string | null;
  source_roles: string;
  source_name: string | null;
  target_code: string;
  target_party: string;
  target_country: string | null;
  target_roles: string;
  target_name: string | null;
  cameo: string;
  cameo_name: string | null;
  quad_class: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  plover_context: string | null;
  location_key: string;
  place_name: string | null;
  place_country: string | null;
  place_adm1: string | null;
  lat: number | null;
  lon: number | null;
  geoname_id: number | null;
  feature_code: string | null;
  is_root: number;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  tone_sum: number;
  first_seen: string | null;
  last_seen: string | null;
  first_mention_id: number;
  source_url: string | null;
}

/** `event_mentions` joined with its article (`url`, `title`, `published`, `copy_of`). */
export interface MentionRow {
  id: number;
  event_id: number;
  article_id: number;
  coded_id: string;
  sentence_index: number;
  sentence_start: number;
  sentence_end: number;
  evidence: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  source_span: string | null;
  target_span: string | null;
  date_basis: 'stated' | 'inferred';
  location_text: string | null;
  modality: string;
  confidence: number;
  rule_ids: string;
  url: string | null;
  title: string | null;
  published: string | null;
  copy_of: number | null;
}

export const MENTION_SELECT = `SELECT m.*, a.url, a.title, a.published, a.copy_of FROM event_mentions m JOIN articles a ON a.id = m.article_id`;

export function toEvent(r: EventRow, evidence: MentionRecord): EventRecord {
  return {
    id: r.id,
    date: r.date || null,
    day: r.day || null,
    source: actor(r.source_code, r.source_party, r.source_country, r.source_roles, r.source_name),
    target: actor(r.target_code, r.target_party, r.target_country, r.target_roles, r.target_name),
    cameo: { code: r.cameo, base: r.cameo.slice(0, 3), root: r.cameo.slice(0, 2), quadClass: r.quad_class as QuadClass, goldstein: r.goldstein, name: r.cameo_name },
    plover: { type: r.plover_type, mode: r.plover_mode, context: r.plover_context },
    location:
      r.location_key && r.lat !== null && r.lon !== null
        ? { name: r.place_name ?? '', country: r.place_country, adm1: r.place_adm1, lat: r.lat, lon: r.lon, geonameId: r.geoname_id, featureCode: r.feature_code }
        : null,
    isRoot: r.is_root === 1,
    numMentions: r.num_mentions,
    numArticles: r.num_articles,
    numSources: r.num_sources,
    avgTone: r.num_articles ? Math.round((r.tone_sum / r.num_articles) * 1000) / 1000 : 0,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    sourceUrl: r.source_url,
    evidence,
  };
}

function actor(code: string, party: string, country: string | null, roles: string, name: string | null): StoredActor | null {
  if (!code) return null;
  return { code, party, country, roles: roles ? roles.split(' ') : [], name };
}

export function toMention(r: MentionRow): MentionRecord {
  return {
    id: r.id,
    articleId: r.article_id,
    articleUrl: r.url,
    articleTitle: r.title,
    published: r.published,
    inCopy: r.copy_of !== null,
    codedId: r.coded_id,
    sentenceIndex: r.sentence_index,
    start: r.sentence_start,
    end: r.sentence_end,
    text: r.evidence,
    trigger: { start: r.trigger_start, end: r.trigger_end, text: r.trigger_text },
    source: r.source_span ? JSON.parse(r.source_span) : null,
    target: r.target_span ? JSON.parse(r.target_span) : null,
    dateBasis: r.date_basis,
    locationText: r.location_text,
    modality: JSON.parse(r.modality),
    confidence: r.confidence,
    ruleIds: JSON.parse(r.rule_ids),
  };
}

/** An article row as both stores select it (with its outlet and coder joined in). */
export interface ArticleRow {
  id: number;
  coded_id: string;
  url: string | null;
  canonical_url: string | null;
  ref: string | null;
  outlet_key: string | null;
  outlet_name: string | null;
  copy_of: number | null;
  similarity: number | null;
  title: string | null;
  published: string | null;
  published_basis: 'stated' | 'inferred' | null;
  fetched_at: string | null;
  byline: string | null;
  language: string | null;
  text: string;
  tone: number;
  tone_positive: number;
  tone_negative: number;
  words: number;
  sentences: string;
  dates: string;
  warnings: string;
  coder_version: string;
  dictionaries: string;
}

/** What a store reads besides the article row: its neighbours, per-article tables and events. */
export type ArticleParts = Pick<StoredArticle, 'copies' | 'sentences' | 'entities' | 'places' | 'quotes' | 'counts' | 'events'> & { original: ArticleRef | undefined };

/** The stored article both stores return, from its row and the parts read around it. */
export function toStoredArticle(a: ArticleRow, p: ArticleParts): StoredArticle {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    published: a.published,
    canonicalUrl: a.canonical_url,
    ref: a.ref,
    outlet: a.outlet_key ? { key: a.outlet_key, name: a.outlet_name } : null,
    byline: a.byline,
    language: a.language,
    publishedBasis: a.published_basis,
    fetchedAt: a.fetched_at,
    codedId: a.coded_id,
    text: a.text,
    tone: { score: a.tone, positive: a.tone_positive, negative: a.tone_negative, words: a.words },
    copyOf: p.original ? { ...p.original, similarity: a.similarity ?? 0 } : null,
    copies: p.copies,
    sentences: p.sentences,
    entities: p.entities,
    places: p.places,
    dates: JSON.parse(a.dates),
    quotes: p.quotes,
    counts: p.counts,
    events: p.events,
    warnings: JSON.parse(a.warnings),
    coder: { version: a.coder_version, dictionaries: JSON.parse(a.dictionaries) },
  };
}

/** Event rows in the order of `ids` (the order the article's mentions name them). */
export function inIdOrder<T extends { id: number }>(rows: T[], ids: readonly number[]): T[] {
  const order = new Map(ids.map((e, i) => [e, i]));
  return rows.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
}

/** Events with their first mention, and all their mentions when `all` rows are given (both stores). */
export function attachEvidence(rows: readonly EventRow[], first: readonly MentionRow[], all: readonly MentionRow[] | null): EventRecord[] {
  const byId = new Map<number, MentionRecord>();
  for (const m of first) byId.set(m.id, toMention(m));
  const mentions = new Map<number, MentionRecord[]>();
  for (const m of all ?? []) {
    const list = mentions.get(m.event_id) ?? [];
    list.push(toMention(m));
    mentions.set(m.event_id, list);
  }
  return rows.map((r) => {
    const e = toEvent(r, byId.get(r.first_mention_id)!);
    if (all) e.mentions = mentions.get(r.id) ?? [];
    return e;
  });
}
