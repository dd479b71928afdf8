import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodedArticle } from '../../core/index.js';
import type { EvalMiss, EvalResult, EvalSet } from '../eval-set.js';
import { addBags, emptyCounts, f1, precision, recall } from '../metrics.js';
import { type PetrarchRecord, readPetrarchRecords } from './petrarch-records.js';

const FILE = 'petrarch2-ud-gsr/PETR2_GSR_validation.xml';
const NAME = 'petrarch-gsr';

/**
 * The PETR-2 validation records, coded with our own dictionaries. Their actor codes come from
 * the Phoenix dictionaries, which we do not use, so the main figure compares what any coder
 * should agree on: (source country, target country, CAMEO root). Exact triples are shown too.
 * The codings were made from PETRARCH-2 output, which holds only events with both a source and
 * a target, so only our events with both are compared; the note counts the others.
 */
export const petrarchGsr: EvalSet = {
  name: NAME,
  requires: [FILE],
  run(ctx) {
    return scoreGsrTriples(readPetrarchRecords(readFileSync(join(ctx.evalDir, FILE), 'utf8')), (r) => ctx.coder.code({ text: r.text, ...(r.date ? { published: r.date } : {}) }), ctx.wantMisses);
  },
};

/** PETRARCH writes an actor of unknown country as "---" before its roles ("---REB"); we write "-". */
const country = (code: string) => (code.startsWith('---') ? '-' : code.slice(0, 3) || '-');
/** Ours: the country, a transnational prefix (IGO, NGO, IMG, MNC), or "-" for a role with no country ("REB"). */
const ourCountry = (a: { code: string; country: string | null } | null) => (a?.country ?? (/^(IGO|NGO|IMG|MNC)/.test(a?.code ?? '') ? a!.code.slice(0, 3) : '-'));

export function scoreGsrTriples(records: PetrarchRecord[], code: (r: PetrarchRecord) => Pick<CodedArticle, 'events'>, wantMisses = true): EvalResult {
  const coarse = emptyCounts();
  const exact = emptyCounts();
  const misses: EvalMiss[] = [];
  let oneSided = 0;
  for (const r of records) {
    const all = code(r).events;
    const events = all.filter((e) => e.source && e.target);
    oneSided += all.length - events.length;
    const gold = r.codings.map((c) => `${country(c.source)} ${country(c.target)} ${c.code.slice(0, 2)}`);
    const ours = events.map((e) => `${ourCountry(e.source)} ${ourCountry(e.target)} ${e.cameo.root}`);
    const before = { ...coarse };
    addBags(coarse, gold, ours);
    addBags(
      exact,
      r.codings.map((c) => `${c.source} ${c.target} ${c.code}`),
      events.map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo.code}`),
    );
    const wrong = coarse.fp - before.fp + (coarse.fn - before.fn);
    if (wantMisses && wrong) {
      misses.push({
        set: NAME,
        id: `${r.id} (${r.category})`,
        text: r.text,
        gold: r.codings.map((c) => `${c.source} ${c.target} ${c.code}`).join('; ') || 'no event',
        ours: events.map((e) => `${e.source?.code ?? '-'} ${e.target?.code ?? '-'} ${e.cameo.code}`).join('; ') || 'no event',
        ruleIds: [...new Set(events.flatMap((e) => e.ruleIds))],
        severity: wrong,
      });
    }
  }
  const n = records.length;
  return {
    rows: [
      { set: NAME, metric: '(src country, tgt country, root)', items: n, precision: precision(coarse), recall: recall(coarse), f1: f1(coarse), note: `our events with both actors; ${oneSided} one-sided events not compared` },
      { set: NAME, metric: 'exact (source, target, code)', items: n, precision: precision(exact), recall: recall(exact), f1: f1(exact), note: 'gold actor codes are Phoenix codes' },
    ],
    misses,
  };
}
