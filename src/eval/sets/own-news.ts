import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodedArticle, CodedEvent } from '../../core/index.js';
import { actorCountry, codeItem } from '../code-item.js';
import type { EvalMiss, EvalResult, EvalRow, EvalSet } from '../eval-set.js';
import { addBags, type Counts, emptyCounts, f1, precision, recall } from '../metrics.js';
import { describeEvent, ruleIdsOf } from '../primary-event.js';
import { type OwnNewsEvent, type OwnNewsItem, readOwnNews } from './own-news-reader.js';

const NAME = 'own-news';
/**
 * The set lives in this repository (eval/own-news/), not in the shared eval directory, so its
 * path is resolved from this module: src/eval/sets/ and dist/eval/sets/ are both three levels
 * below the package root. `requires` takes it as an absolute path (see EvalSet.requires).
 */
export const OWN_NEWS_FILE = fileURLToPath(new URL('../../../eval/own-news/sentences.jsonl', import.meta.url));

/**
 * Sentences we wrote ourselves in 2026, in wire-news style, with CAMEO gold (eval/own-news/README.md):
 * news the dictionaries were never tuned on. Scored: (source country, target country, root)
 * triples over events with both actors; the root of our primary event on sentences with one
 * gold event; exact codes over all events; and, on sentences with no gold event, how often we
 * code nothing.
 */
export const ownNews: EvalSet = {
  name: NAME,
  requires: [OWN_NEWS_FILE],
  run(ctx) {
    return scoreOwnNews(readOwnNews(readFileSync(OWN_NEWS_FILE, 'utf8')), (item) => codeItem(ctx.coder, item.text, item.published ?? undefined), ctx.wantMisses);
  },
};

type Code = (item: OwnNewsItem) => { primary: CodedEvent | null; article: Pick<CodedArticle, 'events'> };

/** The country part of a gold actor code (IGO, NGO ... for transnational actors, as ours); null when unnamed. */
const goldCountry = (code: string) => code.slice(0, 3) || null;
const twoSided = (e: OwnNewsEvent) => !!e.source && !!e.target;
const describeGold = (e: OwnNewsEvent) => `${e.source || '-'} -${e.code}-> ${e.target || '-'}`;

export function scoreOwnNews(items: OwnNewsItem[], code: Code, wantMisses = true): EvalResult {
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
        set: NAME,
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
  const prf = (metric: string, c: Counts, note: string): EvalRow => ({ set: NAME, metric, items: n, precision: precision(c), recall: recall(c), f1: f1(c), note });
  return {
    rows: [
      prf('(src country, tgt country, root)', triples, `${goldPairs} gold events with both actors; ${oneSided} one-sided events of ours not compared`),
      prf('(src country, tgt country, code)', exactTriples, 'same events, full CAMEO code'),
      { set: NAME, metric: 'root, one-event sentences', items: oneGold, accuracy: oneGold ? rootOk / oneGold : undefined, note: 'our primary event against the one gold event' },
      prf('exact code', codes, 'CAMEO codes per sentence, all events, actors ignored'),
      { set: NAME, metric: 'no event where gold has none', items: noGold, accuracy: noGold ? noneOk / noGold : undefined, note: 'share of gold-[] sentences where we coded nothing' },
    ],
    misses,
  };
}
