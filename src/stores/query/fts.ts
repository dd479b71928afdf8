/**
 * A user's search words as a safe FTS5 query: every word quoted (so FTS syntax in the input is
 * inert) and all of them required; a trailing `*` on a word keeps prefix search. Null when no word
 * remains. PostgreSQL stores use `plainto_tsquery` for the same meaning.
 */
export function toFtsQuery(q: string): string | null {
  const terms = q
    .split(/\s+/)
    .map((w) => {
      const prefix = w.endsWith('*');
      const word = w.replace(/["*]/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      return word ? `"${word}"${prefix ? '*' : ''}` : '';
    })
    .filter(Boolean);
  return terms.length ? terms.join(' ') : null;
}
