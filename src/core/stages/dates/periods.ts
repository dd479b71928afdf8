import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { withModifier } from './modifiers.js';

// "the 1990s", "the mid-1980s", "the '90s", "the nineties".
const DECADE = /\b(1[5-9]|20)(\d)0s\b|(?<=\bthe\s+(?:early\s+|late\s+|mid-?)?)['’](\d)0s\b|(?<=\bthe\s+(?:early\s+|late\s+|mid-?)?)\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
// "the 20th century", "the nineteenth century".
const CENTURY = /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))\s+century\b/gi;
const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const CENTURY_WORDS = ['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];

/**
 * Decades and centuries. Our values cannot say "a decade", so a period gets the latest year it
 * covers up to publication (a future one its first year) at year precision; the rule id says it
 * stands for a period.
 */
export function findPeriods(input: FinderInput): Candidate[] {
  const { text, ref } = input;
  const out: Candidate[] = [];
  // Stated when written in digits ("the 1990s", "the 20th century"); "the nineties" leaves the century to us.
  const push = (start: number, end: number, first: number, last: number, ruleId: string, stated: boolean) => {
    // A period still to come ("by the mid-2030s") gets its first year.
    const year = !ref ? last : first > ref.year ? first : Math.min(last, ref.year);
    out.push(fixed(start, end, { value: String(year), precision: 'year', basis: stated ? 'stated' : 'inferred', ruleId }));
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
    push(withThe(text, withModifier(text, m.index)), m.index + m[0].length, first, first + 9, 'date.period.decade', !!m[1]);
  }
  for (const m of text.matchAll(CENTURY)) {
    const n = m[1] ? Number(m[1]) : CENTURY_WORDS.indexOf(m[2]!.toLowerCase()) + 11;
    if (n < 1 || n > 21) continue;
    push(withModifier(text, m.index), m.index + m[0].length, (n - 1) * 100 + 1, n * 100, 'date.period.century', true);
  }
  return out;
}

/** "the 1990s", "the late 1980s": the article belongs to a decade's name. */
function withThe(text: string, start: number): number {
  const m = /\bthe\s+$/i.exec(text.slice(Math.max(0, start - 5), start));
  return m ? start - m[0].length : start;
}
