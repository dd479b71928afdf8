import { km } from '../../core/stages/places/choose.js';
import type { Place } from '../../core/model/place.js';
import type { EvalMiss, EvalRow } from '../eval-set.js';
import { emptyCounts, f1, precision, recall } from '../metrics.js';
import type { GeoDoc, GoldToponym } from './geoparsing-reader.js';

/** Gritta et al.'s threshold: within 161 km (100 miles) counts as correct. */
export const ACCURATE_KM = 161;

export interface ScoreOptions {
  set: string;
  /** Gold toponyms to leave out of every figure (LGL's adjectives, "Russian", when asked). */
  skipGold?: (t: GoldToponym) => boolean;
  /** Label added to the metric names when some gold is skipped. */
  label?: string;
  wantMisses: boolean;
}

/**
 * Geotagging: our places against gold toponyms, one-to-one by overlapping span. Geocoding, on
 * the pairs whose gold has coordinates: the share within 161 km of the found ones and of all
 * gold, and the median error.
 */
export function scoreGeoparsing(docs: readonly GeoDoc[], placesOf: (doc: GeoDoc) => readonly Place[], o: ScoreOptions): { rows: EvalRow[]; misses: EvalMiss[] } {
  const spans = emptyCounts();
  const errors: number[] = [];
  let goldWithCoords = 0;
  const misses: EvalMiss[] = [];
  for (const doc of docs) {
    const gold = doc.toponyms.filter((t) => !o.skipGold?.(t));
    const ours = placesOf(doc).filter((p) => !doc.toponyms.some((t) => o.skipGold?.(t) && overlaps(t, p)));
    const used = new Set<Place>();
    for (const g of gold) {
      if (g.lat !== null) goldWithCoords++;
      const p = ours.find((x) => !used.has(x) && overlaps(g, x));
      if (!p) {
        spans.fn++;
        if (o.wantMisses) misses.push(miss(o.set, doc, g, 'not found', [], 1));
        continue;
      }
      used.add(p);
      spans.tp++;
      if (g.lat === null || g.lon === null) continue;
      const err = km({ lat: g.lat, lon: g.lon }, p);
      errors.push(err);
      if (err > ACCURATE_KM && o.wantMisses) misses.push(miss(o.set, doc, g, `${p.name} (${p.country}) ${Math.round(err)} km off`, p.ruleIds, 1 + Math.log10(err)));
    }
    for (const p of ours) {
      if (used.has(p)) continue;
      spans.fp++;
      if (o.wantMisses) misses.push({ set: o.set, id: doc.id, text: context(doc.text, p), gold: '(no toponym)', ours: `${p.text} → ${p.name} (${p.country})`, ruleIds: p.ruleIds, severity: 1 });
    }
  }
  const within = errors.filter((e) => e <= ACCURATE_KM).length;
  const sorted = [...errors].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
  const label = o.label ? ` ${o.label}` : '';
  const rows: EvalRow[] = [
    { set: o.set, metric: `toponym spans (overlap)${label}`, items: spans.tp + spans.fn, precision: precision(spans), recall: recall(spans), f1: f1(spans) },
    {
      set: o.set,
      metric: `within ${ACCURATE_KM} km, of found${label}`,
      items: errors.length,
      accuracy: errors.length ? within / errors.length : undefined,
      note: `of all ${goldWithCoords} gold with coordinates: ${goldWithCoords ? (within / goldWithCoords).toFixed(3) : '-'}; median error ${Number.isNaN(median) ? '-' : Math.round(median)} km`,
    },
  ];
  return { rows, misses };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function miss(set: string, doc: GeoDoc, g: GoldToponym, ours: string, ruleIds: string[], severity: number): EvalMiss {
  const where = g.lat !== null ? ` (${g.lat}, ${g.lon})` : '';
  return { set, id: doc.id, text: context(doc.text, g), gold: `${g.phrase}${where}`, ours, ruleIds, severity };
}

function context(text: string, s: { start: number; end: number }): string {
  const from = Math.max(0, s.start - 80);
  return `${from ? '…' : ''}${text.slice(from, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 80)}…`.replace(/\s+/g, ' ');
}
