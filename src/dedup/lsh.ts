import { fmix32, NUM_HASHES } from './minhash.js';

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into `BANDS` bands of
 * `ROWS` values; two articles become candidates when any band is equal. With 40 bands of 3 rows a
 * pair at Jaccard 0.5 is a candidate with probability 1-(1-0.5^3)^40 ≈ 0.995, at 0.4 ≈ 0.93, at
 * 0.1 ≈ 0.04; candidates are then confirmed on the whole signature (`NEAR_DUPLICATE_JACCARD`).
 *
 * A band key is one integer below 2^53 (exact in JavaScript, fits SQLite INTEGER and PostgreSQL
 * bigint) that also encodes the band number, so one indexed column holds every band.
 */
export const BANDS = 40;
export const ROWS = 3;
if (BANDS * ROWS > NUM_HASHES) throw new Error('lsh: BANDS * ROWS exceeds the signature length');

export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = fmix32(b + 1);
    let h2 = fmix32(0x9e3779b9 ^ b);
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!;
      h1 = fmix32(h1 ^ v);
      h2 = fmix32(Math.imul(h2, 31) ^ v ^ 0x27d4eb2f);
    }
    keys.push((h1 & 0x1fffff) * 2 ** 32 + h2);
  }
  return keys;
}
