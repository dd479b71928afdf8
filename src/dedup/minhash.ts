/**
 * MinHash signatures over 32-bit shingle hashes. Each of the `NUM_HASHES` functions is the murmur3
 * finaliser of the shingle hash xor a per-function seed; the seeds come from a fixed-seed PRNG, so a
 * signature means the same thing in every run and in every store that persisted one.
 */
export const NUM_HASHES = 120;
const SEED = 0x5eed_d1ad;

const seeds: Uint32Array = makeSeeds(NUM_HASHES, SEED);

export function minhash(shingles: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix32(h ^ seeds[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Fraction of positions where two signatures agree: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** murmur3's 32-bit finaliser: a cheap bijective mix, good enough as a hash family for MinHash. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small deterministic PRNG for the seeds. */
function makeSeeds(n: number, seed: number): Uint32Array {
  const out = new Uint32Array(n);
  let a = seed >>> 0;
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
}

/** Signatures are persisted as little-endian bytes. */
export function signatureToBytes(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(sig.length * 4);
  const view = new DataView(out.buffer);
  sig.forEach((v, i) => view.setUint32(i * 4, v, true));
  return out;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
