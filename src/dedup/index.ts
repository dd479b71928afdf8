/**
 * @module
 * De-duplication: URL canonicalisation, exact content hashes, near-duplicates (MinHash + LSH over
 * word shingles) and the key that merges coded events across articles. Pure functions; the stores
 * persist what they compute (band keys, signatures, keys) so de-duplication works across runs.
 */
export { canonicalUrl, urlDomain, isTrackingParam } from './canonical-url.js';
export { contentHash } from './content-hash.js';
export { shingleHashes, words, SHINGLE_SIZE } from './shingles.js';
export { minhash, estimateJaccard, signatureToBytes, signatureFromBytes, NUM_HASHES } from './minhash.js';
export { bandKeys, BANDS, ROWS } from './lsh.js';
export { fingerprint, bestNearDuplicate, NEAR_DUPLICATE_JACCARD, MIN_SHINGLES, type ArticleFingerprint } from './fingerprint.js';
export { eventKey, locationKey, actorParty, firstDay, inLead, LEAD_SENTENCES, type EventKey } from './event-key.js';
