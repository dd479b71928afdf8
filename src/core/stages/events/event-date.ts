import type { Sentence, Token } from '../../model/sentence.js';
import type { Basis } from '../../model/span.js';
import type { DateExpression, DatePrecision } from '../../model/time.js';
import type { Day } from '../../pipeline/context.js';
import { spanIndexAt } from '../../text/search.js';
import type { Tense } from './verb-group.js';

export interface EventDate {
  value: string | null;
  precision: DatePrecision | null;
  basis: Basis;
  historical: boolean;
  /** "since February": the start of a state, not a point the narrative moves to. */
  durative?: boolean;
  rule: string;
}

/**
 * Which verb each date expression modifies: in English a time adverbial follows its verb
 * ("bombarded ... since February", "said in July"), so a date belongs to the closest verb
 * before it; a sentence-initial date ("The same month, North Korea recognized") to the first
 * verb after it.
 */
export function claimDates(tokens: readonly Token[], sentences: readonly Sentence[], dates: readonly DateExpression[]): Map<number, DateExpression> {
  const claims = new Map<number, DateExpression>();
  for (const d of dates) {
    const first = tokenAt(tokens, d.start);
    if (first < 0) continue;
    const s = sentences[tokens[first]!.sentence]!;
    let verb = -1;
    for (let i = first - 1; i >= s.tokenStart; i--) {
      if (tokens[i]!.key === ';') break;
      if (tokens[i]!.pos === 'VERB') {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      for (let i = first + 1; i < s.tokenEnd; i++) {
        if (tokens[i]!.pos === 'VERB') {
          verb = i;
          break;
        }
      }
    }
    if (verb >= 0 && !claims.has(verb)) claims.set(verb, d);
  }
  return claims;
}

const tokenAt = (tokens: readonly Token[], offset: number): number => spanIndexAt(tokens, offset);

/**
 * The article's anchor: the day the news is about. The first full date in the week before
 * publication ("on Monday, August 15" in an article of the 16th), else the publication day.
 */
export function anchorDate(dates: readonly DateExpression[], ref: Day | null): EventDate {
  if (!ref) return { value: null, precision: null, basis: 'inferred', historical: false, rule: 'date.event.unknown' };
  const pub = Date.UTC(ref.year, ref.month - 1, ref.day);
  for (const d of dates) {
    if (d.precision !== 'day' || d.historical) continue;
    const [y, m, dd] = d.value.split('-').map(Number) as [number, number, number];
    const t = Date.UTC(y, m - 1, dd);
    if (t <= pub && pub - t <= 7 * 86_400_000) return { value: d.value, precision: 'day', basis: 'inferred', historical: false, rule: 'date.event.anchor-recent-date' };
  }
  const iso = `${ref.year}-${String(ref.month).padStart(2, '0')}-${String(ref.day).padStart(2, '0')}`;
  return { value: iso, precision: 'day', basis: 'inferred', historical: false, rule: 'date.event.publication' };
}

export function fromExpression(d: DateExpression, rule: string, tokens?: readonly Token[]): EventDate {
  const durative = !!tokens && DURATIVE.has(tokens[tokenAt(tokens, d.start) - 1]?.key ?? '');
  return { value: d.value, precision: d.precision, basis: d.basis, historical: !!d.historical, ...(durative ? { durative } : {}), rule };
}

const DURATIVE = new Set(['since', 'until', 'till', 'through']);

/**
 * An event without a date of its own: present-tense and perfect news is about the anchor day;
 * a past-tense narrative continues from the last date the article gave.
 */
export function dateByTense(tense: Tense, narrative: EventDate | null, anchor: EventDate): EventDate {
  if (tense === 'past' && narrative) return { ...narrative, basis: 'inferred', rule: 'date.event.narrative' };
  return anchor;
}
