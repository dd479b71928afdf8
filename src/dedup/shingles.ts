/**
 * Word shingles for near-duplicate detection: lower case, diacritics and punctuation removed, then
 * every run of `size` consecutive words, hashed to 32 bits. A set, so repeats count once.
 */
export const SHINGLE_SIZE = 3;

export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function shingleHashes(text: string, size = SHINGLE_SIZE): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length < size) {
    if (w.length) out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= w.length; i++) out.add(fnv1a(w.slice(i, i + size).join(' ')));
  return out;
}

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
