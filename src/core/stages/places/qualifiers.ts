import { type Gazetteer, isInside, type PlaceCandidate, placeKey } from '../../geo/gazetteer.js';
import type { Token } from '../../model/sentence.js';
import type { Toponym } from './toponyms.js';

/**
 * "Alexandria, Louisiana", "Pandi, Bulacan", "Alexandria, La.", "Paris, France": a region or
 * country right after a place and a comma says which place it is. An abbreviation ("La.",
 * "W.Va.") is only trusted in this position, and becomes a toponym of its own.
 */
export function attachQualifiers(found: Toponym[], tokens: readonly Token[], from: number, to: number, text: string, gazetteer: Gazetteer): Toponym[] {
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
  return [...out, ...standaloneAbbreviations(out, tokens, from, to, text, gazetteer)].sort((a, b) => a.start - b.start);
}

/**
 * Abbreviations that need no known place before them: ones with two dotted parts ("S.C.",
 * "W.Va.", "D.C."), which are no English word, and any after a capitalised name and a comma
 * ("Harwinton, Conn.", where the town is too small for the gazetteer).
 */
function standaloneAbbreviations(found: readonly Toponym[], tokens: readonly Token[], from: number, to: number, text: string, gazetteer: Gazetteer): Toponym[] {
  const out: Toponym[] = [];
  const covered = (i: number) => found.some((m) => m.tokenStart <= i && i < m.tokenEnd) || out.some((m) => m.tokenStart <= i && i < m.tokenEnd);
  for (let i = from; i < to; i++) {
    if (covered(i) || !/^\p{Lu}/u.test(tokens[i]!.text)) continue;
    const afterName = i >= from + 2 && tokens[i - 1]!.key === ',' && /^\p{Lu}/u.test(tokens[i - 2]!.text);
    const dotted = /^(\p{Lu}\p{Ll}{0,2}\.){2}$/u.test(tokens[i]!.text);
    if (!afterName && !dotted) continue;
    const abbr = abbreviationAt(tokens, i, to, text, gazetteer, tokens[i]!.sentence);
    if (!abbr) continue;
    abbr.ruleIds.push(dotted ? 'place.name.abbreviation-dotted' : 'place.name.abbreviation-after-name');
    out.push(abbr);
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
