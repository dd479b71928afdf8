import { type Candidate, type FinderInput, fixed } from './candidate.js';

// Transcripts spell years out: "nineteen ninety-six", "the year two thousand", "in two thousand one".
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TWO_DIGITS = `(?:(${TEENS.join('|')})|(${TENS.join('|')})(?:[\\s-](${ONES.join('|')}))?|(?:oh|o)[\\s-](${ONES.join('|')}))`;
const CENTURY_YEAR = new RegExp(`\\b(?:the\\s+year\\s+)?(eighteen|nineteen|twenty)[\\s-]${TWO_DIGITS}\\b(?![\\s-]+(?:${ONES.join('|')}|hundred|thousand|percent|per\\s+cent)\\b)`, 'gi');
const AFTER_2000 = `(?:\\s+(?:and\\s+)?(${ONES.join('|')}|${TEENS.join('|')}))?\\b`;
// After a preposition "two thousand" must end the phrase: "in two thousand people" counts.
const MILLENNIUM_YEAR = new RegExp(`\\bthe\\s+year\\s+two\\s+thousand${AFTER_2000}|(?<=\\b(?:in|since|by|until|before|after)\\s+)two\\s+thousand${AFTER_2000}(?=\\s*[,.;:!?)]|\\s*$|\\s+(?:and|when|or|to)\\b)`, 'gi');
// "twenty twenty" and "nineteen ninety" also count things; after a date preposition they are years.
const DATE_WORD_BEFORE = /\b(?:in|since|by|until|till|before|after|of|from|through|during|early|late|mid|the\s+year)\s+$/i;

export function findSpelledYears(input: FinderInput): Candidate[] {
  const { text } = input;
  const out: Candidate[] = [];
  for (const m of text.matchAll(CENTURY_YEAR)) {
    const century = ['eighteen', 'nineteen', 'twenty'].indexOf(m[1]!.toLowerCase()) + 18;
    const rest = m[2] ? TEENS.indexOf(m[2].toLowerCase()) + 10 : m[3] ? (TENS.indexOf(m[3].toLowerCase()) + 2) * 10 + (m[4] ? ONES.indexOf(m[4].toLowerCase()) + 1 : 0) : ONES.indexOf(m[5]!.toLowerCase()) + 1;
    const year = century * 100 + rest;
    const introduced = /^the\s+year/i.test(m[0]) || DATE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
    // "nineteen ninety-six" is a year wherever it stands; "twenty twenty" only after a date word.
    if (!introduced && (century === 20 || !m[4])) continue;
    out.push(fixed(m.index, m.index + m[0].length, { value: String(year), precision: 'year', basis: 'stated', ruleId: 'date.year.spelled' }));
  }
  for (const m of text.matchAll(MILLENNIUM_YEAR)) {
    const w = (m[1] ?? m[2])?.toLowerCase();
    const rest = !w ? 0 : ONES.includes(w) ? ONES.indexOf(w) + 1 : TEENS.indexOf(w) + 10;
    out.push(fixed(m.index, m.index + m[0].length, { value: String(2000 + rest), precision: 'year', basis: 'stated', ruleId: 'date.year.spelled' }));
  }
  return out;
}
