import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { dayToMs, isoValue } from './calendar.js';
import { HOLIDAYS, type Holiday } from './holidays.js';
import { pickByTense } from './past-preference.js';
import { tenseCue } from './tense-cue.js';

let compiled: { re: RegExp; byName: Map<string, Holiday> } | null = null;

function pattern() {
  if (compiled) return compiled;
  const byName = new Map<string, Holiday>();
  for (const h of HOLIDAYS) for (const n of h.names) byName.set(n.toLowerCase(), h);
  const names = HOLIDAYS.flatMap((h) => h.names).sort((a, b) => b.length - a.length).map((n) => n.replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  // Capitalised, as holiday names are; an optional "last/this/next" before and a year after.
  // Not part of a longer name ("Easter Island", "May Day Parade").
  compiled = { re: new RegExp(`\\b(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?(${names.join('|')})(?:,?\\s+(\\d{4}))?\\b(?!\\s+[A-Z][a-z])`, 'g'), byName };
  return compiled;
}

/**
 * Named holidays: with a year, that day; with "last"/"next", the one before or after
 * publication; bare, the latest one by publication unless the tense points ahead.
 */
export function findHolidays(input: FinderInput): Candidate[] {
  const { re, byName } = pattern();
  const { ref } = input;
  const out: Candidate[] = [];
  for (const m of input.text.matchAll(re)) {
    const h = byName.get(m[2]!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
    if (!h) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (m[3]) {
      out.push(fixed(start, end, { value: isoValue(h.day(Number(m[3])), 'day'), precision: 'day', basis: 'stated', ruleId: `date.holiday.${h.id}` }));
      continue;
    }
    if (!ref) continue;
    const which = m[1]?.toLowerCase();
    const pub = dayToMs(ref);
    const thisYear = h.day(ref.year);
    const past = dayToMs(thisYear) <= pub ? thisYear : h.day(ref.year - 1);
    const future = dayToMs(thisYear) >= pub ? thisYear : h.day(ref.year + 1);
    const day = which === 'this' ? thisYear : which === 'next' ? future : which === 'last' ? past : pickByTense(ref, past, future, tenseCue(input.tokens, input.sentences, start, end));
    out.push(fixed(start, end, { value: isoValue(day, 'day'), precision: 'day', basis: 'inferred', ruleId: `date.holiday.${h.id}` }));
  }
  return out;
}
