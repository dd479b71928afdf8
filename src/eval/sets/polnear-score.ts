import type { Entity, Quote, Speaker } from '../../core/index.js';
import type { EvalMiss, EvalResult, EvalRow } from '../eval-set.js';
import { type Counts, emptyCounts, f1, precision, recall } from '../metrics.js';
import type { Fragment, GoldAttribution } from './polnear-reader.js';

export interface PolnearArticle {
  id: string;
  text: string;
  gold: GoldAttribution[];
  published?: string;
}

/** What the scorer needs from our coding of one article. */
export interface CodedQuotes {
  quotes: Quote[];
  entities: Entity[];
}

/** One attribution of ours: the quotations that share a cue, as PolNeAR joins them into one content. */
export interface OurAttribution {
  content: Fragment[];
  cue: Fragment | null;
  speaker: Speaker | null;
  quotes: Quote[];
}

const SET = 'polnear';

/**
 * Groups our quotations into attributions. Quotations with the same cue span are the pieces of one
 * attribution ("“A,” he said. “B.”"; a partial quotation inside "he said that ..."), which is how
 * PolNeAR annotates them: one content in several fragments.
 */
export function groupQuotes(quotes: readonly Quote[]): OurAttribution[] {
  const byCue = new Map<string, OurAttribution>();
  const out: OurAttribution[] = [];
  for (const q of quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : null;
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.content.push([q.start, q.end]);
      existing.quotes.push(q);
      existing.speaker ??= q.speaker;
      continue;
    }
    const a: OurAttribution = { content: [[q.start, q.end]], cue: q.cue ? [q.cue.start, q.cue.end] : null, speaker: q.speaker, quotes: [q] };
    out.push(a);
    if (key) byCue.set(key, a);
  }
  for (const a of out) a.content.sort((x, y) => x[0] - y[0]);
  return out;
}

/** Characters shared by two fragment lists. */
export function overlap(a: readonly Fragment[], b: readonly Fragment[]): number {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
}

/**
 * The words a content covers, as a comparable key: quotation marks, punctuation and spaces at the
 * edges and between fragments do not count, so "“Yes,” he said" and PolNeAR's "“Yes,”" agree.
 */
export function wordKey(text: string, fragments: readonly Fragment[]): string {
  const positions: number[] = [];
  for (const [s, e] of fragments) for (let i = s; i < e; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) positions.push(i);
  return [...new Set(positions)].sort((x, y) => x - y).join(',');
}

/** Pairs gold and ours one to one, largest overlap first. Returns gold index → our index. */
export function matchByOverlap(gold: readonly Fragment[][], ours: readonly Fragment[][]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => ours.forEach((o, j) => {
    const n = overlap(g, o);
    if (n > 0) pairs.push([n, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out = new Map<number, number>();
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (out.has(i) || used.has(j)) continue;
    out.set(i, j);
    used.add(j);
  }
  return out;
}

/**
 * Whether our speaker is the gold source: the spans overlap, or our speaker's entity is mentioned
 * in the gold source span, or the gold source contains the last word of our speaker's name (a
 * capitalised surname: gold "Mr. Burman" and ours "Leonard E. Burman" named earlier).
 */
export function speakerMatches(text: string, source: readonly Fragment[], speaker: Speaker | null, entities: readonly Entity[]): boolean {
  return speakerMatch(text, source, speaker, entities) !== null;
}

/** How our speaker matches the gold source: by span, by entity, by surname; null when it does not. */
export function speakerMatch(text: string, source: readonly Fragment[], speaker: Speaker | null, entities: readonly Entity[]): 'span' | 'entity' | 'surname' | null {
  if (!speaker || !source.length) return null;
  if (speaker.start !== undefined && speaker.end !== undefined && overlap(source, [[speaker.start, speaker.end]]) > 0) return 'span';
  const entity = speaker.entityId ? entities.find((e) => e.id === speaker.entityId) : undefined;
  if (entity && entity.mentions.some((m) => overlap(source, [[m.start, m.end]]) > 0)) return 'entity';
  const surname = /(\p{Lu}[\p{L}'-]{2,})\W*$/u.exec(speaker.name)?.[1];
  if (!surname) return null;
  const goldText = source.map(([s, e]) => text.slice(s, e)).join(' ');
  return new RegExp(`(^|[^\\p{L}])${escape(surname)}([^\\p{L}]|$)`, 'u').test(goldText) ? 'surname' : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const QUOTE_MARK = /["“”‘’«»]|''/;

/**
 * Content spans (overlap and exact words), cues (overlap), and speakers of the contents matched
 * by overlap. A separate row scores only gold contents in quotation marks against our groups that
 * hold a direct quotation.
 */
export function scorePolnear(articles: readonly PolnearArticle[], code: (a: PolnearArticle) => CodedQuotes, wantMisses = true): EvalResult {
  const content = emptyCounts();
  const exact = emptyCounts();
  const cue = emptyCounts();
  const direct = emptyCounts();
  const speaker = { items: 0, ok: 0, span: 0, entity: 0, surname: 0 };
  let wordOverlap = 0;
  const misses: EvalMiss[] = [];
  for (const article of articles) {
    const coded = code(article);
    const ours = groupQuotes(coded.quotes);
    const gold = article.gold;
    const matched = matchByOverlap(gold.map((g) => g.content), ours.map((o) => o.content));
    tally(content, gold.length, ours.length, matched.size);
    const goldKeys = gold.map((g) => wordKey(article.text, g.content));
    const ourKeys = new Set(ours.map((o) => wordKey(article.text, o.content)));
    const exactHits = goldKeys.filter((k) => ourKeys.has(k)).length;
    tally(exact, gold.length, ourKeys.size, exactHits);
    const goldCues = gold.filter((g) => g.cue.length).map((g) => g.cue);
    const ourCues = ours.filter((o) => o.cue).map((o) => [o.cue!]);
    tally(cue, goldCues.length, ourCues.length, matchByOverlap(goldCues, ourCues).size);
    const goldDirect = gold.filter((g) => g.content.some(([s, e]) => QUOTE_MARK.test(article.text.slice(s, e)))).map((g) => g.content);
    const ourDirect = ours.filter((o) => o.quotes.some((q) => q.kind === 'direct')).map((o) => o.content);
    tally(direct, goldDirect.length, ourDirect.length, matchByOverlap(goldDirect, ourDirect).size);
    for (const [gi, oi] of matched) {
      const g = gold[gi]!;
      const o = ours[oi]!;
      const n = overlap(g.content, o.content);
      wordOverlap += n / (size(g.content) + size(o.content) - n);
      if (!g.source.length) continue;
      speaker.items++;
      const how = speakerMatch(article.text, g.source, o.speaker, coded.entities);
      if (how) {
        speaker.ok++;
        speaker[how]++;
      } else if (wantMisses) misses.push(miss(article, `${article.id} ${g.id} speaker`, g, o, 1.5));
    }
    if (!wantMisses) continue;
    const matchedOurs = new Set(matched.values());
    gold.forEach((g, i) => {
      if (!matched.has(i)) misses.push(miss(article, `${article.id} ${g.id} missed`, g, null, 2));
    });
    ours.forEach((o, j) => {
      if (!matchedOurs.has(j)) misses.push(miss(article, `${article.id} extra`, null, o, 1));
    });
  }
  const row = (metric: string, c: Counts, note?: string): EvalRow => ({ set: SET, metric, items: c.tp + c.fn, precision: precision(c), recall: recall(c), f1: f1(c), ...(note ? { note } : {}) });
  const rows: EvalRow[] = [
    row('quote content (overlap)', content, content.tp ? `matched pairs share ${((100 * wordOverlap) / content.tp).toFixed(0)}% of their characters` : undefined),
    row('quote content (exact words)', exact),
    row('quote cue (overlap)', cue),
    row('quoted content (overlap)', direct, 'gold contents in quotation marks vs our groups with a direct quote'),
    { set: SET, metric: 'speaker of matched content', items: speaker.items, ...(speaker.items ? { accuracy: speaker.ok / speaker.items } : {}), note: `our speaker overlaps the gold source (${speaker.span}), is its entity (${speaker.entity}) or surname (${speaker.surname})` },
  ];
  return { rows, misses };
}

function tally(c: Counts, gold: number, ours: number, hits: number): void {
  c.tp += hits;
  c.fn += gold - hits;
  c.fp += ours - hits;
}

function size(fragments: readonly Fragment[]): number {
  return fragments.reduce((n, [s, e]) => n + e - s, 0);
}

function miss(article: PolnearArticle, id: string, g: GoldAttribution | null, o: OurAttribution | null, severity: number): EvalMiss {
  const t = (f: readonly Fragment[]) => f.map(([s, e]) => article.text.slice(s, e)).join(' … ');
  const at = g?.content[0]?.[0] ?? o?.content[0]?.[0] ?? 0;
  const context = article.text.slice(Math.max(0, article.text.lastIndexOf('\n', at) + 1), at + 300);
  return {
    set: SET,
    id,
    text: context,
    gold: g ? `${t(g.source) || '(no source)'} [${t(g.cue) || '-'}] ${clip(t(g.content))}` : '(none)',
    ours: o ? `${o.speaker?.name ?? '(no speaker)'} [${o.cue ? article.text.slice(o.cue[0], o.cue[1]) : '-'}] ${clip(t(o.content))}` : '(none)',
    ruleIds: o ? [...new Set(o.quotes.flatMap((q) => q.ruleIds))] : [],
    severity,
  };
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 160 ? `${one.slice(0, 157)}...` : one;
}
