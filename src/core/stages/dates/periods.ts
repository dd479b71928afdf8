import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { withModifier } from './modifiers.js';

// "the 1990s", "the mid-1980s", "the '90s", "the nineties".
const DECADE = /\b(?:(1[5-9]|20)(\d)0s|(?<=\bthe\s+(?:early\s+|late\s+|mid-?)?)['’](\d)0s|(?<=\bthe\s+(?:early\s+|late\s+|mid-?)?)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi;
// "the 20th century", "the nineteenth century".
const CENTURY = /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))\s+century\b/gi;
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const CENTURY_WORDS = ['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];

/**
 * Decades and centuries. Our values cannot say "a decade", so a period gets the latest year it
 * covers (up to publication) at year precision; the rule id says it stands for a period.
 */
export function findPeriods(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  const out: Candidate[] = [];
  const push = (start: number, end: number, first: number, last: number, ruleId: string) => {
    const year = ref ? Math.min(last, ref.year) : last;
    if (ref && first > ref.year) return;
    out.push(fixed(withModifier(text, start), end, { value: String(year), precision: 'year', basis: ref && !/^\d/.test(text.slice(start, end)) ? 'inferred' : 'stated', ruleId }));
  };
  for (const m of text.matchAll(DECADE)) {
    let first: number;
    if (m[1]) first = Number(m[1] + m[2] + '0');
    else {
      // "the '90s", "the nineties": the latest such decade up to publication.
      const d = m[3] ? Number(m[3]) : DECADE_WORDS.indexOf(m[4]!.toLowerCase()) + 2;
      const century = ref ? Math.floor(ref.year / 100) * 100 : 1900;
      first = century + d * 10;
      if (ref && first > ref.year) first -= 100;
    }
    push(m.index, m.index + m[0].length, first, first + 9, 'date.period.decade');
  }
  for (const m of text.matchAll(CENTURY)) {
    const n = m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf(m[2]!.toLowerCase()) + 11;
    if (n < 1 || n > 21) continue;
    push(m.index, m.index + m[0].length, (n - 1) * 100 + 1, n * 100, 'date.period.century');
  }
  return out;
}
