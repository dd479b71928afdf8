import type { Gazetteer, PlaceCandidate } from './gazetteer.js';
import { PlaceIndex } from './place-index.js';

/** A gazetteer built from a list of candidates (one a test or a user supplies). */
export function listGazetteer(id: string, places: readonly PlaceCandidate[], names: (p: PlaceCandidate) => string[] = (p) => [p.name]): Gazetteer {
  const index = new PlaceIndex();
  for (const p of places) index.add(p, names(p));
  return index.build(id);
}

/** A gazetteer that knows no places (a coder that should find none). */
export const EMPTY_GAZETTEER: Gazetteer = { id: 'empty', maxWords: 1, lookup: () => [] };
