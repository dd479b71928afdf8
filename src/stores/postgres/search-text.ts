/**
 * Full-text search on PostgreSQL with the meaning of the SQLite store's FTS5 (unicode61, remove
 * diacritics): words lower-cased, accents removed, no stemming, every word required, `word*` a
 * prefix. Accents are removed here rather than with the `unaccent` extension, so the schema needs no
 * extension (managed servers do not always allow one); the same folding is applied to stored text
 * and to queries, so they meet.
 */

/** Text longer than this is indexed only up to here: a tsvector is limited to 1 MB. */
const MAX_INDEXED_CHARS = 400_000;

/**
 * Stored text as it goes into `to_tsvector('simple', …)`: anything but letters and digits becomes a
 * space, so PostgreSQL's parser sees plain words and splits where unicode61 does (its own parser
 * would keep `alpha.example` or `3.5` as one token).
 */
export function foldForIndex(text: string): string {
  return fold(text.length > MAX_INDEXED_CHARS ? text.slice(0, MAX_INDEXED_CHARS) : text).replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * A user's search words as a `to_tsquery('simple', …)` string, or null when no word remains. Each
 * word is split into its letter-and-digit runs, as stored text is, and each run quoted, so tsquery
 * operators in the input are inert.
 */
export function toTsQuery(q: string): string | null {
  const terms: string[] = [];
  for (const w of fold(q).split(/\s+/)) {
    const parts = w.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (!parts.length) continue;
    const prefix = w.endsWith('*');
    parts.forEach((p, i) => terms.push(`'${p}'${prefix && i === parts.length - 1 ? ':*' : ''}`));
  }
  return terms.length ? terms.join(' & ') : null;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
