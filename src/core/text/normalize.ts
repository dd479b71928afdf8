/**
 * Text keys used to compare dictionary phrases with article tokens. Both sides go through the
 * same folding, so "Zaporizhzhia", "ZAPORIZHZHIA" and "Zapórizhzhia" meet, and "U.S." meets "US".
 */

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’‘`´ʼ]/g;
const QUOTES = /[“”„«»]/g;
const DASHES = /[‐‑‒–—―]/g;

// Called for every token several times: one test skips the three replacements for most words.
const TYPOGRAPHIC = /[’‘`´ʼ“”„«»‐‑‒–—―]/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, typographic apostrophes, quotes and dashes folded to ASCII. Keeps length. */
export function normText(s: string): string {
  const lower = s.toLowerCase();
  if (!TYPOGRAPHIC.test(lower)) return lower;
  return lower.replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-');
}

/** The comparison key of one word: `normText`, no diacritics, no periods (except a lone "."). */
export function wordKey(s: string): string {
  const t = normText(s);
  // ASCII has no combining marks, so NFD (the costly part) would change nothing.
  const n = NON_ASCII.test(t) ? t.normalize('NFD').replace(MARKS, '') : t;
  return n === '.' || n === '...' || !n.includes('.') ? n : n.replace(/\./g, '');
}

const PHRASE_WORD = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?|['’]s\b|n't\b|[^\s\p{L}\p{N}]/gu;

export interface PhraseWord {
  key: string;
  /** The word starts with a capital letter in the dictionary, so it must in the text too. */
  capital: boolean;
}

/**
 * Splits a dictionary phrase into words keyed the way article tokens are keyed: hyphens
 * separate words and are dropped, a possessive 's is its own word.
 */
export function phraseWords(phrase: string): PhraseWord[] {
  const words: PhraseWord[] = [];
  for (const m of phrase.matchAll(PHRASE_WORD)) {
    let w = m[0];
    let possessive = false;
    if (w.length > 2 && /['’]s$/.test(w)) {
      w = w.slice(0, -2);
      possessive = true;
    }
    for (const part of w.split('-')) {
      const key = wordKey(part);
      if (key && key !== '-') words.push({ key, capital: /^\p{Lu}/u.test(part) });
    }
    if (possessive) words.push({ key: "'s", capital: false });
  }
  return words;
}

/** The word keys of a phrase (see `phraseWords`). */
export function phraseKeys(phrase: string): string[] {
  return phraseWords(phrase).map((w) => w.key);
}

/** True when a phrase is an acronym that must be upper case in the text to match ("US", "UN"). */
export function isCaseSensitiveAcronym(phrase: string): boolean {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase() && /^[\p{Lu}.\s-]+$/u.test(phrase);
}
