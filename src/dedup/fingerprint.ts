import { canonicalUrl, urlDomain } from './canonical-url.js';
import { contentHash } from './content-hash.js';
import { bandKeys } from './lsh.js';
import { estimateJaccard, minhash } from './minhash.js';
import { shingleHashes } from './shingles.js';

/**
 * Estimated Jaccard similarity of word 3-shingles at or above which an article is a copy of an
 * earlier one. Syndicated rewrites with light edits score 0.5 and more; separate reports of the same
 * story by different outlets score well under 0.1 (see near-duplicate.test.ts).
 */
export const NEAR_DUPLICATE_JACCARD = 0.4;

/** Below this many distinct shingles a text is too short for similarity to mean syndication. */
export const MIN_SHINGLES = 20;

/** Everything the stores need to de-duplicate one article, computed once, the same in every store. */
export interface ArticleFingerprint {
  canonicalUrl: string | null;
  /** Outlet domain from the URL (without `www.`), or null. */
  domain: string | null;
  contentHash: string;
  /** MinHash signature, or null when the text is too short to compare. */
  signature: Uint32Array | null;
  /** LSH band keys of the signature (empty when there is none). */
  bands: number[];
}

export function fingerprint(text: string, url: string | null | undefined): ArticleFingerprint {
  const shingles = shingleHashes(text);
  const signature = shingles.size >= MIN_SHINGLES ? minhash(shingles) : null;
  return {
    canonicalUrl: canonicalUrl(url),
    domain: urlDomain(url),
    contentHash: contentHash(text),
    signature,
    bands: signature ? bandKeys(signature) : [],
  };
}

/** The best candidate at or above the threshold, or null. Candidates come from a band lookup. */
export function bestNearDuplicate<T extends { signature: Uint32Array }>(sig: Uint32Array, candidates: Iterable<T>): { candidate: T; similarity: number } | null {
  let best: { candidate: T; similarity: number } | null = null;
  for (const candidate of candidates) {
    const similarity = estimateJaccard(sig, candidate.signature);
    if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { candidate, similarity };
  }
  return best;
}
