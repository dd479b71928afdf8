import type { Gazetteer } from '../core/index.js';

/** Placeholder until the GeoNames loader lands: `small` (the bundled one) for every choice. */
export async function loadGazetteer(kind: string): Promise<Gazetteer | null> {
  if (kind !== 'small' && kind !== 'full') throw new Error(`unknown gazetteer '${kind}' (small or full)`);
  return null;
}
