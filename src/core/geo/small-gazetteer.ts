import { type Gazetteer, type PlaceCandidate } from './gazetteer.js';

/** A gazetteer built from a list of candidates (the bundled small set, or one a test supplies). */
export function listGazetteer(id: string, places: readonly PlaceCandidate[], keyOf: (name: string) => string, names: (p: PlaceCandidate) => string[]): Gazetteer {
  const index = new Map<string, PlaceCandidate[]>();
  let maxWords = 1;
  for (const p of places) {
    for (const n of names(p)) {
      const k = keyOf(n);
      if (!k) continue;
      maxWords = Math.max(maxWords, k.split(' ').length);
      const list = index.get(k) ?? [];
      if (!list.includes(p)) list.push(p);
      index.set(k, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  return { id, maxWords, lookup: (k) => index.get(k) ?? [] };
}

/** Placeholder until the bundled small gazetteer lands: knows no places. */
export const EMPTY_GAZETTEER: Gazetteer = { id: 'empty', maxWords: 1, lookup: () => [] };
