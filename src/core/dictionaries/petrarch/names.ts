import { phraseParts } from './source-lines.js';

/**
 * A PETRARCH actor name as we write names: words title-cased, since our matcher reads a capital
 * as "the text must be capitalised too" and treats short all-capital names as case-sensitive
 * acronyms. Dotted abbreviations stay upper case ("U.S.", "U.N."). A trailing `_` (TABARI's
 * whole-word marker) is dropped: our names always match whole words.
 */
export function actorName(raw: string): string {
  return phraseParts(raw)
    .map((w, i) => {
      if (/\.[A-Za-z]/.test(w)) return w.toUpperCase();
      const lower = w.toLowerCase();
      // Lower case asks nothing of the text: "the AU" and "The AU" both match "the Au".
      if (i > 0 || phraseParts(raw).length > 1) if (MINOR.has(lower)) return lower;
      return lower.replace(/(^|[-'])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

const MINOR = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'del', 'la', 'le', 'van', 'von']);

/** A PETRARCH agent noun or pattern word as we write common nouns: lower case, spaces. */
export function commonWords(raw: string): string {
  return phraseParts(raw).join(' ').toLowerCase();
}

/** Characters our line formats reserve: `|` separates fields, `;` list items, `#` starts a comment. */
export function clean(s: string): string {
  return s.replace(/[|;]/g, ' ').replace(/#/g, '\\#').replace(/\s+/g, ' ').trim();
}

/** A lower-case id fragment: "PETR.Validate.actors.txt" → "petr-validate-actors". */
export function slug(s: string): string {
  const base = s.split('/').pop()!.replace(/\.txt$/i, '');
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
