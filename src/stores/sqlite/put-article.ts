import { bestNearDuplicate, signatureFromBytes, signatureToBytes } from '../../dedup/index.js';
import { actorGroup } from '../query/dyad.js';
import { independentSourceKey, prepareArticle, type PreparedArticle, type PreparedMention } from '../prepare.js';
import type { ArticleToStore, PutResult } from '../types/article.js';
import { findDuplicate } from './find-article.js';
import { putExtras } from './put-extras.js';
import type { Statements } from './statements.js';

/**
 * Writes one article and everything coded from it in one IMMEDIATE transaction (the write lock is
 * taken first, so concurrent writers queue instead of failing half-way). Nothing is written for a
 * duplicate; a near-duplicate is written as a copy of its original.
 */
export function putArticle(st: Statements, input: ArticleToStore, now: () => string): PutResult {
  const p = prepareArticle(input);
  return st.db.transaction((): PutResult => {
    const dup = findDuplicate(st, p.fp.canonicalUrl, p.fp.contentHash);
    if (dup) return { status: 'duplicate', id: dup.id, reason: dup.reason };
    const near = nearDuplicate(st, p);
    const articleId = insertArticle(st, p, near, now());
    const sourceKey = near ? near.sourceKey : independentSourceKey(p.outlet?.key ?? null, articleId);
    if (sourceKey !== (p.outlet?.key ?? '')) st.run('UPDATE articles SET source_key = ? WHERE id = ?', [sourceKey, articleId]);
    putExtras(st, articleId, p);
    const events = new Set<number>();
    for (const m of p.mentions) events.add(putMention(st, p, m, articleId, sourceKey));
    const counts = { events: events.size, mentions: p.mentions.length };
    return near ? { status: 'copy', id: articleId, copyOf: near.id, similarity: near.similarity, ...counts } : { status: 'stored', id: articleId, ...counts };
  }).immediate();
}

interface Near {
  id: number;
  similarity: number;
  sourceKey: string;
}

/** The original this article copies, found through the persisted LSH bands. Copies of copies point at the first original. */
function nearDuplicate(st: Statements, p: PreparedArticle): Near | null {
  if (!p.fp.signature) return null;
  const rows = st.all<{ id: number; signature: Buffer; copy_of: number | null }>(
    `SELECT a.id, a.signature, a.copy_of FROM articles a
     WHERE a.id IN (SELECT DISTINCT article_id FROM lsh_bands WHERE band IN (SELECT value FROM json_each(?)))
     ORDER BY a.id`,
    [JSON.stringify(p.fp.bands)],
  );
  const best = bestNearDuplicate(
    p.fp.signature,
    rows.map((r) => ({ ...r, signature: signatureFromBytes(r.signature) })),
  );
  if (!best) return null;
  const id = best.candidate.copy_of ?? best.candidate.id;
  const original = st.one<{ source_key: string }>('SELECT source_key FROM articles WHERE id = ?', [id])!;
  return { id, similarity: Math.round(best.similarity * 1000) / 1000, sourceKey: original.source_key };
}

function insertArticle(st: Statements, p: PreparedArticle, near: Near | null, addedAt: string): number {
  const { input, fp } = p;
  const { coded } = input;
  const outletId = p.outlet ? outlet(st, p.outlet.key, p.outlet.name) : null;
  const { title, published, publishedBasis, ...meta } = coded.article;
  const r = st.run(
    `INSERT INTO articles (coded_id, url, canonical_url, content_hash, ref, outlet_id, source_key, copy_of, similarity,
       title, published, published_basis, day, fetched_at, added_at, byline, language, text, tone, tone_positive,
       tone_negative, words, signature, sentences, dates, warnings, coder_id, meta)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      coded.id, input.url ?? null, fp.canonicalUrl, fp.contentHash, input.ref ?? null, outletId, p.outlet?.key ?? '', near?.id ?? null, near?.similarity ?? null,
      title ?? null, published ?? null, publishedBasis ?? null, p.day, input.fetchedAt ?? null, addedAt, input.byline ?? null,
      input.language ?? null, input.text, coded.tone.score, coded.tone.positive, coded.tone.negative, coded.tone.words,
      fp.signature ? Buffer.from(signatureToBytes(fp.signature)) : null, JSON.stringify(coded.sentences.map((x) => [x.start, x.end])),
      JSON.stringify(coded.dates), JSON.stringify(coded.warnings), coderId(st, coded.coder.version, coded.coder.dictionaries), JSON.stringify(meta),
    ],
  );
  const id = Number(r.lastInsertRowid);
  st.run('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)', [id, title ?? '', input.text]);
  if (fp.bands.length) st.run('INSERT OR IGNORE INTO lsh_bands (band, article_id) SELECT value, ? FROM json_each(?)', [id, JSON.stringify(fp.bands)]);
  if (p.day) st.run('INSERT INTO volume (day, articles) VALUES (?, 1) ON CONFLICT(day) DO UPDATE SET articles = articles + 1', [p.day]);
  return id;
}

function coderId(st: Statements, version: string, dictionaries: string[]): number {
  const dicts = JSON.stringify(dictionaries);
  const found = st.one<{ id: number }>('SELECT id FROM coders WHERE version = ? AND dictionaries = ?', [version, dicts]);
  return found ? found.id : Number(st.run('INSERT INTO coders (version, dictionaries) VALUES (?, ?)', [version, dicts]).lastInsertRowid);
}

function outlet(st: Statements, key: string, name: string | null): number {
  const found = st.one<{ id: number; name: string | null }>('SELECT id, name FROM outlets WHERE key = ?', [key]);
  if (!found) return Number(st.run('INSERT INTO outlets (key, name) VALUES (?, ?)', [key, name]).lastInsertRowid);
  if (found.name === null && name !== null) st.run('UPDATE outlets SET name = ? WHERE id = ?', [name, found.id]);
  return found.id;
}

/** Adds one mention and updates its event's GDELT-style counts. Returns the event id. */
function putMention(st: Statements, p: PreparedArticle, m: PreparedMention, articleId: number, sourceKey: string): number {
  const { id: eventId, created } = upsertEvent(st, m);
  const e = m.event;
  // An event this very mention created has no earlier mentions to look at.
  const seen = created
    ? { a: 0, s: 0 }
    : st.one<{ a: number; s: number }>('SELECT coalesce(max(article_id = ?), 0) AS a, coalesce(max(source_key = ?), 0) AS s FROM event_mentions WHERE event_id = ?', [articleId, sourceKey, eventId])!;
  const newArticle = seen.a === 0;
  const newSource = seen.s === 0;
  const span = (a: typeof e.source) => (a ? JSON.stringify({ start: a.start, end: a.end, text: a.text, basis: a.basis }) : null);
  const r = st.run(
    `INSERT INTO event_mentions (event_id, article_id, source_key, coded_id, sentence_index, sentence_start, sentence_end,
       evidence, trigger_start, trigger_end, trigger_text, source_span, target_span, date_basis, location_text, modality,
       confidence, rule_ids)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      eventId, articleId, sourceKey, e.id, e.evidence.sentenceIndex, e.evidence.start, e.evidence.end, e.evidence.text,
      e.evidence.trigger.start, e.evidence.trigger.end, e.evidence.trigger.text, span(e.source), span(e.target), e.dateBasis,
      e.location?.text ?? null, JSON.stringify(e.modality), e.confidence, JSON.stringify(e.ruleIds),
    ],
  );
  const mentionId = Number(r.lastInsertRowid);
  st.run('INSERT INTO evidence_fts (rowid, evidence) VALUES (?, ?)', [mentionId, e.evidence.text]);
  st.run(
    `UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + @newArticle,
       num_sources = num_sources + @newSource, tone_sum = tone_sum + @tone, is_root = max(is_root, @lead),
       first_seen = min(coalesce(first_seen, @day), coalesce(@day, first_seen)),
       last_seen = max(coalesce(last_seen, @day), coalesce(@day, last_seen)),
       first_mention_id = coalesce(first_mention_id, @mentionId), source_url = coalesce(source_url, @url)
     WHERE id = @eventId`,
    [{
      newArticle: newArticle ? 1 : 0, newSource: newSource ? 1 : 0, tone: newArticle ? p.input.coded.tone.score : 0,
      lead: m.lead ? 1 : 0, day: p.day, mentionId, url: p.input.url ?? null, eventId,
    }],
  );
  return eventId;
}

/** The event row for this mention's key, created with the first mention's details when new. */
function upsertEvent(st: Statements, m: PreparedMention): { id: number; created: boolean } {
  const e = m.event;
  const k = m.key;
  const found = st.one<{ id: number }>('SELECT id FROM events WHERE date = ? AND source_code = ? AND target_code = ? AND cameo = ? AND location_key = ?', [k.date, k.sourceCode, k.targetCode, k.cameo, k.locationKey]);
  if (found) return { id: found.id, created: false };
  const loc = e.location;
  const r = st.run(
    `INSERT INTO events (date, day, source_code, source_party, source_group, source_country, source_roles, source_name, target_code,
       target_party, target_group, target_country, target_roles, target_name, cameo, cameo_name, quad_class, goldstein, plover_type,
       plover_mode, plover_context, location_key, place_name, place_country, place_adm1, lat, lon, geoname_id, feature_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      k.date, k.day, k.sourceCode, m.sourceParty, actorGroup(k.sourceCode), e.source?.country ?? null, (e.source?.roles ?? []).join(' '), e.source?.name ?? null,
      k.targetCode, m.targetParty, actorGroup(k.targetCode), e.target?.country ?? null, (e.target?.roles ?? []).join(' '), e.target?.name ?? null,
      k.cameo, e.cameo.name || null, e.cameo.quadClass, e.cameo.goldstein, e.plover.type || null, e.plover.mode ?? null,
      e.plover.context ?? null, k.locationKey, loc?.name ?? null, loc?.country ?? null, loc?.adm1 ?? null, loc?.lat ?? null,
      loc?.lon ?? null, loc?.geonameId ?? null, loc?.featureCode ?? null,
    ],
  );
  return { id: Number(r.lastInsertRowid), created: true };
}
