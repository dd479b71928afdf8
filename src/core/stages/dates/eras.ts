import type { DatePrecision } from '../../model/time.js';
import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { HISTORICAL_ERAS, type HistoricalEra } from './historical-eras.js';

let compiled: { re: RegExp; byName: Map<string, HistoricalEra> } | null = null;

/** One regex for every era name, longest first so "the 1991 Gulf War" beats "the Gulf War". */
function eraPattern() {
  if (compiled) return compiled;
  const byName = new Map<string, HistoricalEra>();
  for (const era of HISTORICAL_ERAS) for (const n of era.names) byName.set(normalise(n), era);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+').replace(/-/g, '[-‐–]'));
  compiled = { re: new RegExp(`(?<![\\w/])(?:${alternatives.join('|')})(?![\\w/])`, 'gi'), byName };
  return compiled;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[‐–]/g, '-');

/** Named historical periods ("the Second World War", "the Cold War"). Always history. */
export function findEras(input: FinderInput): Candidate[] {
  const { re, byName } = eraPattern();
  const out: Candidate[] = [];
  for (const m of input.text.matchAll(re)) {
    const era = byName.get(normalise(m[0]));
    if (!era) continue;
    if (input.ref && era.year > input.ref.year) continue;
    const precision: DatePrecision = era.value ? 'day' : 'year';
    const historical = input.ref ? era.year < input.ref.year - 5 : true;
    out.push(fixed(m.index, m.index + m[0].length, { value: era.value ?? String(era.year), precision, basis: 'inferred', historical, ruleId: `date.historical.era.${era.id}` }));
  }
  return out;
}
