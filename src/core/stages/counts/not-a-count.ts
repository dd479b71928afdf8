import type { Token } from '../../model/sentence.js';

// Units after a number that make it a measure, a sum or a time rather than a count of things.
const UNIT_WORDS = new Set([
  'percent', 'per', 'pct', '%', 'percentage', 'point', 'points',
  'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'mile', 'miles', 'meter', 'meters', 'metre', 'metres', 'm', 'cm', 'mm', 'ft', 'foot', 'feet', 'inch', 'inches', 'yard', 'yards',
  'kg', 'kilogram', 'kilograms', 'gram', 'grams', 'g', 'lb', 'lbs', 'pound', 'pounds', 'ton', 'tons', 'tonne', 'tonnes', 'ounce', 'ounces',
  'liter', 'liters', 'litre', 'litres', 'gallon', 'gallons', 'barrel', 'barrels', 'acre', 'acres', 'hectare', 'hectares', 'square', 'cubic', 'degree', 'degrees', 'mph', 'knots',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'times',
  'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', "o'clock",
  'dollar', 'dollars', 'euro', 'euros', 'ruble', 'rubles', 'rouble', 'roubles', 'yuan', 'yen', 'won', 'rupee', 'rupees', 'cent', 'cents', 'hryvnia', 'hryvnias', 'franc', 'francs', 'peso', 'pesos', 'lira', 'shekel', 'shekels', 'rand', 'naira', 'riyal', 'riyals', 'dinar', 'dinars', 'usd', 'eur', 'bn', 'mn',
]);
const CURRENCY = /^(?:[$€£¥₹₽₴]|us\$|rs\.?|usd|eur|gbp)$/i;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'of', 'the', 'before', 'after', 'during', 'to', 'through', ',', 'early', 'late', 'mid', 'year']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);

/** A unit of measure, time or money: what "millions of tons" and "hundreds of years" count is not things. */
export function isUnit(t: Token): boolean {
  return UNIT_WORDS.has(t.key) || CURRENCY.test(t.text);
}

/**
 * Why the number at `[from, to)` is not a count of things, or null when it may be one: a year,
 * part of a date, an age, a percentage, money, a time, a measure, a compound modifier ("5-year",
 * "69-year-old"), or a label ("Flight 17", "Resolution 2231").
 */
export function notACount(tokens: readonly Token[], from: number, to: number, inDate: (i: number) => boolean): string | null {
  const first = tokens[from]!;
  const last = tokens[to - 1]!;
  const prev = tokens[from - 1];
  const next = tokens[to];
  for (let i = from; i < to; i++) if (inDate(i)) return 'date';
  if (prev && MONTHS.has(prev.key)) return 'date';
  if (next && MONTHS.has(next.key)) return 'date';
  if (/^\d{4}$/.test(first.text) && to - from === 1) {
    const n = Number(first.text);
    if (n >= 1000 && n <= 2199 && (!prev || YEAR_BEFORE.has(prev.key) || !next || next.pos !== 'NOUN' || !/s$/.test(next.key))) return 'year';
  }
  if (prev && (CURRENCY.test(prev.text) || prev.text.endsWith('$'))) return 'money';
  if (next && (UNIT_WORDS.has(next.key) || CURRENCY.test(next.text))) return 'measure';
  if (next && next.key === '-' && next.start === last.end) return 'modifier';
  if (prev && AGE_WORDS.has(prev.key)) return 'age';
  // "Mr. Kim, 38, said": a number alone between commas after a name.
  if (prev?.key === ',' && next?.key === ',' && tokens[from - 2]?.pos === 'PROPN') return 'age';
  if (/^\d/.test(first.text) && prev && /^\p{Lu}/u.test(prev.text) && prev.pos !== 'DET' && from - 1 > 0 && tokens[from - 2]?.sentence === prev.sentence && !/^(?:At|About|Some|Over|Nearly|Almost|Around|Up|Only|Just)$/.test(prev.text)) return 'label';
  if (/:/.test(first.text)) return 'time';
  return null;
}
