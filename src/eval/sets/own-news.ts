import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodedArticle, CodedEvent } from '../../core/index.js';
import { actorCountry, codeItem } from '../code-item.js';
import type { EvalMiss, EvalResult, EvalRow, EvalSet } from '../eval-set.js';
import { addBags, type Counts, emptyCounts, f1, precision, recall } from '../metrics.js';
import { describeEvent, ruleIdsOf } from '../primary-event.js';
import { type OwnNewsEvent, type OwnNewsItem, readOwnNews } from './own-news-reader.js';

/**
 * The sets written for Dyad live in this repository (eval/<name>/sentences.jsonl), not in the
 * shared eval directory, so their paths are resolved from this module: src/eval/sets/ and
 * dist/eval/sets/ are both three levels below the package root. `requires` takes them as
 * absolute paths (see EvalSet.requires).
 */
const inRepoFile = (name: string) => fileURLToPath(new URL(`../../../eval/${name}/sentences.jsonl`, import.meta.url));
export const OWN_NEWS_FILE = inRepoFile('own-news');
export const HELD_OUT_2_FILE = inRepoFile('held-out-2');

/**
 * A set of sentences we wrote ourselves in 2026, in wire-news style, with CAMEO gold
 * (eval/own-news/README.md gives the format and conventions, which every such set shares):
 * news the dictionaries were never tuned on. Scored: (source country, target country, root)
 * triples over events with both actors; the root of our primary event on sentences with one
 * gold event; exact codes over all events; and, on sentences with no gold event, how often we
 * code nothing.
 */
export function ownNewsSet(name: string, file: string): EvalSet {
  return {
    name,
    requires: [file],
    run(ctx) {
      return scoreOwnNews(readOwnNews(readFileSync(file, 'utf8'), name), (item) => codeItem(ctx.coder, item.text, item.published ?? undefined), ctx.wantMisses, name);
    },
  };
}

/** The first set (160 sentences); it has since been used for error analysis. */
export const ownNews = ownNewsSet('own-news', OWN_NEWS_FILE);
/** The second set (120 sentences), held out: do not tune rules on it (eval/held-out-2/README.md). */
export const heldOut2 = ownNewsSet('held-out-2', HELD_OUT_2_FILE);

type Code = (item: OwnNewsItem) => { primary: CodedEvent | null; article: Pick<CodedArticle, 'events'> };

/** The country part of a gold actor code (IGO, NGO ... for transnational actors, as ours); null when unnamed. */
const goldCountry = (code: string) => code.slice(0, 3) || null;
const twoSided = (e: OwnNewsEvent) => !!e.source && !!e.target;
const describeGold = (e: OwnNewsEvent) => `${e.source || '-'} -${e.code}-> ${e.target || '-'}`;

export function scoreOwnNews(items: OwnNewsItem[], code: Code, wantMisses = true, name = 'own-news'): EvalResult {
  const triples = emptyCounts();
  const exactTriples = emptyCounts();
  const codes = emptyCounts();
  let oneGold = 0;
  let rootOk = 0;
  let noGold = 0;
  let noneOk = 0;
  let oneSided = 0;
  let goldPairs = 0;
  const misses: EvalMiss[] = [];
  for (const item of items) {
    const { primary, article } = code(item);
    const ours = article.events;
    const oursBoth = ours.filter((e) => e.source && e.target);
    oneSided += ours.length - oursBoth.length;
    const goldBoth = item.events.filter(twoSided);
    goldPairs += goldBoth.length;
    const wrong = (c: Counts, gold: string[], mine: string[]) => {
      const before = c.fp + c.fn;
      addBags(c, gold, mine);
      return c.fp + c.fn - before;
    };
    const ourCountry = (a: CodedEvent['source']) => actorCountry(a) ?? '-';
    const tripleWrong = wrong(
      triples,
      goldBoth.map((e) => `${goldCountry(e.source)} ${goldCountry(e.target)} ${e.code.slice(0, 2)}`),
      oursBoth.map((e) => `${ourCountry(e.source)} ${ourCountry(e.target)} ${e.cameo.root}`),
    );
    wrong(
      exactTriples,
      goldBoth.map((e) => `${goldCountry(e.source)} ${goldCountry(e.target)} ${e.code}`),
      oursBoth.map((e) => `${ourCountry(e.source)} ${ourCountry(e.target)} ${e.cameo.code}`),
    );
    const codeWrong = wrong(
      codes,
      item.events.map((e) => e.code),
      ours.map((e) => e.cameo.code),
    );
    let rootMiss = false;
    if (item.events.length === 1) {
      oneGold++;
      if (primary?.cameo.root === item.events[0]!.code.slice(0, 2)) rootOk++;
      else rootMiss = true;
    }
    if (!item.events.length) {
      noGold++;
      if (!ours.length) noneOk++;
    }
    const severity = tripleWrong + codeWrong + (rootMiss ? 2 : 0);
    if (wantMisses && severity > 0) {
      misses.push({
        set: name,
        id: item.id,
        text: item.text,
        gold: item.events.map(describeGold).join('; ') || 'no event',
        ours: ours.map(describeEvent).join('; ') || 'no event',
        ruleIds: [...new Set(ours.flatMap(ruleIdsOf))],
        severity,
      });
    }
  }
  const n = items.length;
  const prf = (metric: string, c: Counts, note: string): EvalRow => ({ set: name, metric, items: n, precision: precision(c), recall: recall(c), f1: f1(c), note });
  return {
    rows: [
      prf('(src country, tgt country, root)', triples, `${goldPairs} gold events with both actors; ${oneSided} one-sided events of ours not compared`),
      prf('(src country, tgt country, code)', exactTriples, 'same events, full CAMEO code'),
      { set: name, metric: 'root, one-event sentences', items: oneGold, accuracy: oneGold ? rootOk / oneGold : undefined, note: 'our primary event against the one gold event' },
      prf('exact code', codes, 'CAMEO codes per sentence, all events, actors ignored'),
      { set: name, metric: 'no event where gold has none', items: noGold, accuracy: noGold ? noneOk / noGold : undefined, note: 'share of gold-[] sentences where we coded nothing' },
    ],
    misses,
  };
}
