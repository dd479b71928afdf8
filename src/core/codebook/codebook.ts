import type { CameoCoding, PloverCoding, QuadClass } from '../model/event.js';

export interface CameoEntry {
  code: string;
  name: string;
  goldstein: number;
  quadClass: QuadClass;
  origin: string;
}

/** CAMEO codes with names, Goldstein scores and QuadClass, and the CAMEO → PLOVER crosswalk. */
export interface Codebook {
  cameo(code: string): CameoEntry | undefined;
  /** The coding for a code, falling back to its parent (0311 → 031 → 03) when unlisted. */
  coding(code: string): CameoCoding | null;
  plover(code: string): PloverCoding;
  codes(): string[];
}

/** QuadClass by root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
export function quadClassOf(root: string): QuadClass {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13) return 3;
  return 4;
}
