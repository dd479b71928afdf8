import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CodedEvent } from '../../core/index.js';
import { actorCountry, codeItem } from '../code-item.js';
import type { EvalMiss, EvalResult, EvalRow, EvalSet } from '../eval-set.js';
import { addSets, type Counts, emptyCounts, f1, precision, recall } from '../metrics.js';
import { describeEvent, ruleIdsOf } from '../primary-event.js';
import { currentPloverType } from './plover-names.js';
import { type GsrActor, type GsrRecord, readPloverGsr } from './plover-gsr-reader.js';

const FILE = 'plover-gsr/PLOVER_GSR_CAMEO.txt';
const NAME = 'plover-gsr';
// The records give location countries as ISO alpha-2; our places carry alpha-3.
const COUNTRIES = createRequire(import.meta.url)('world-countries/countries.json') as { cca2: string; cca3: string }[];
const ISO2_TO_3 = new Map(COUNTRIES.map((c) => [c.cca2, c.cca3]));

/**
 * PLOVER gold standard records: event type (our primary event's PLOVER type against the gold,
 * renamed to current PLOVER), source and target countries and sectors (sets per record; our
 * actors are those of the primary event and of the events on the same trigger, which split a
 * compound actor), and the event location when the gold gives one. A separate row scores the
 * type of the best of all our events: an optimistic figure, shown only beside the honest one.
 */
export const ploverGsr: EvalSet = {
  name: NAME,
  requires: [FILE],
  run(ctx) {
    return scorePloverGsr(readPloverGsr(readFileSync(join(ctx.evalDir, FILE), 'utf8')), (text, date) => codeItem(ctx.coder, text, date ?? undefined), ctx.wantMisses);
  },
};

type Code = (text: string, date: string | null) => { primary: CodedEvent | null; group: CodedEvent[]; article: { events: CodedEvent[] } };

export function scorePloverGsr(records: GsrRecord[], code: Code, wantMisses = true): EvalResult {
  let typeOk = 0;
  let anyTypeOk = 0;
  const src = emptyCounts();
  const tgt = emptyCounts();
  const sector = emptyCounts();
  const loc = { items: 0, name: 0, countryItems: 0, country: 0 };
  const misses: EvalMiss[] = [];
  for (const r of records) {
    const { primary, group, article } = code(r.text, r.date);
    const gold = currentPloverType(r.event);
    const ours = primary?.plover.type ?? null;
    const typeHit = ours === gold;
    if (typeHit) typeOk++;
    if (article.events.some((e) => e.plover.type === gold)) anyTypeOk++;
    const goldSrc = countriesOf(r.source);
    const goldTgt = countriesOf(r.target);
    const ourSrc = group.map((e) => actorCountry(e.source)).filter((c): c is string => !!c);
    const ourTgt = group.map((e) => actorCountry(e.target)).filter((c): c is string => !!c);
    const before = { ...src, t: tgt.fp + tgt.fn, s: src.fp + src.fn };
    addSets(src, goldSrc, ourSrc);
    addSets(tgt, goldTgt, ourTgt);
    addSets(sector, sectorsOf(r), group.flatMap((e) => [e.source?.roles[0] && `source ${e.source.roles[0]}`, e.target?.roles[0] && `target ${e.target.roles[0]}`]).filter((s): s is string => !!s));
    let locMiss = false;
    if (r.location) {
      loc.items++;
      const place = primary?.location ?? null;
      const nameHit = !!place && [place.name, place.text].some((n) => n.toLowerCase() === r.location!.name.toLowerCase());
      if (nameHit) loc.name++;
      if (r.location.country) {
        loc.countryItems++;
        if (place?.country && place.country === ISO2_TO_3.get(r.location.country)) loc.country++;
        else locMiss = true;
      }
      if (!nameHit) locMiss = true;
    }
    const actorMisses = src.fp + src.fn - before.s + (tgt.fp + tgt.fn - before.t);
    const severity = (typeHit ? 0 : 2) + actorMisses + (locMiss ? 1 : 0);
    if (wantMisses && severity > 0) {
      misses.push({
        set: NAME,
        id: r.id,
        text: r.text,
        gold: `${describeActors(r.source)} -${gold}-> ${describeActors(r.target)}${r.location ? ` @ ${r.location.name}${r.location.country ? ` (${r.location.country})` : ''}` : ''}`,
        ours: `${describeEvent(primary)}${primary?.location ? ` @ ${primary.location.name} (${primary.location.country ?? '?'})` : ''}${group.length > 1 ? ` (+${group.length - 1} on the same trigger)` : ''}`,
        ruleIds: ruleIdsOf(primary),
        severity,
      });
    }
  }
  const n = records.length;
  const prf = (metric: string, c: Counts, note?: string): EvalRow => ({ set: NAME, metric, items: n, precision: precision(c), recall: recall(c), f1: f1(c), ...(note ? { note } : {}) });
  const rows: EvalRow[] = [
    { set: NAME, metric: 'event type (PLOVER)', items: n, accuracy: n ? typeOk / n : undefined, note: 'our primary event; gold renamed to current PLOVER' },
    { set: NAME, metric: 'event type, best of ours', items: n, accuracy: n ? anyTypeOk / n : undefined, note: 'optimistic: any of our events may match' },
    prf('source country', src),
    prf('target country', tgt),
    prf('actor sector', sector, 'first role of our source and target'),
    { set: NAME, metric: 'event location name', items: loc.items, accuracy: loc.items ? loc.name / loc.items : undefined },
    { set: NAME, metric: 'event location country', items: loc.countryItems, accuracy: loc.countryItems ? loc.country / loc.countryItems : undefined },
  ];
  return { rows, misses };
}

const countriesOf = (actors: GsrActor[]) => actors.map((a) => a.code).filter((c): c is string => !!c);
const sectorsOf = (r: GsrRecord) => [...r.source.map((a) => a.sector && `source ${a.sector}`), ...r.target.map((a) => a.sector && `target ${a.sector}`)].filter((s): s is string => !!s);
const describeActors = (actors: GsrActor[]) => (actors.length ? actors.map((a) => `${a.code ?? '?'}${a.sector ? `/${a.sector}` : ''}`).join('+') : '-');
