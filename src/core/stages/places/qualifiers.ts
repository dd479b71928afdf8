import { type Gazetteer, isInside, type PlaceCandidate, placeKey } from '../../geo/gazetteer.js';
import type { Token } from '../../model/sentence.js';
import type { Toponym } from './toponyms.js';

/**
 * "Alexandria, Louisiana", "Pandi, Bulacan", "Alexandria, La.", "Paris, France": a region or
 * country right after a place and a comma says which place it is. An abbreviation ("La.",
 * "W.Va.") is only trusted in this position, and becomes a toponym of its own.
 */
export function attachQualifiers(found: Toponym[], tokens: readonly Token[], to: number, text: string, gazetteer: Gazetteer): Toponym[] {
  const out: Toponym[] = [];
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    out.push(m);
    const comma = tokens[m.tokenEnd];
    if (!comma || comma.key !== ',' || m.tokenEnd + 1 >= to) continue;
    const next = found[k + 1];
    if (next && next.tokenStart === m.tokenEnd + 1 && containsSome(next.candidates, m.candidates)) {
      m.qualifier = next;
      m.ruleIds.push('place.disambig.comma-region');
      continue;
    }
    const abbr = abbreviationAt(tokens, m.tokenEnd + 1, to, text, gazetteer, m.sentence);
    if (abbr && containsSome(abbr.candidates, m.candidates) && (!next || next.tokenStart >= abbr.tokenEnd)) {
      m.qualifier = abbr;
      m.ruleIds.push('place.disambig.comma-abbreviation');
      out.push(abbr);
    }
  }
  return out;
}

/** One or two capitalised tokens ("La.", "W.Va.", "W. Va.") that name a region by abbreviation. */
function abbreviationAt(tokens: readonly Token[], i: number, to: number, text: string, gazetteer: Gazetteer, sentence: number): Toponym | null {
  if (!gazetteer.abbreviation) return null;
  for (const n of [2, 1]) {
    if (i + n > to) continue;
    const span = tokens.slice(i, i + n);
    if (!/^\p{Lu}/u.test(span[0]!.text) || span.some((t) => !/\p{L}/u.test(t.text))) continue;
    let end = span[n - 1]!.end;
    if (text[end] === '.' && !span[n - 1]!.text.endsWith('.')) end++;
    const raw = text.slice(span[0]!.start, end);
    if (!raw.includes('.') && raw.length > 4) continue;
    const candidates = gazetteer.abbreviation(placeKey(raw));
    if (candidates.length) return { tokenStart: i, tokenEnd: i + n, start: span[0]!.start, end, sentence, key: placeKey(raw), candidates, kind: 'abbreviation', ruleIds: ['place.name.abbreviation'] };
  }
  return null;
}

/** Some region or country among `outer` contains some place among `inner`. */
export function containsSome(outer: readonly PlaceCandidate[], inner: readonly PlaceCandidate[]): boolean {
  return outer.some((r) => inner.some((p) => within(p, r)));
}

/** A place lies within a region (by admin code) or within a country. */
export function within(p: PlaceCandidate, r: PlaceCandidate): boolean {
  if (r.feature === 'A.PCLI') return p !== r && p.country === r.country;
  return isInside(p, r);
}
