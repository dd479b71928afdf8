import type { Day } from '../../pipeline/context.js';
import { type Candidate, type FinderInput, fixed } from './candidate.js';
import { isoValue } from './calendar.js';
import { dayForWeekday } from './past-preference.js';
import { tenseCue } from './tense-cue.js';

const MODIFIER = /^(last|next|this|past|coming)\s+/i;
// Full names, or a capitalised abbreviation with its period ("Wed."): "sun" and "sat" are words.
const NAME = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)/i;

/** A weekday chrono found ("on Monday", "last Friday"), placed by past preference. */
export function weekdayCandidate(start: number, end: number, raw: string, input: FinderInput, ref: Day): Candidate | null {
  const name = NAME.exec(raw);
  if (!name || !/^[A-Z]/.test(name[0])) return null;
  const mod = MODIFIER.exec(raw)?.[1]?.toLowerCase();
  const modifier = mod === 'last' || mod === 'past' ? 'last' : mod === 'next' || mod === 'coming' ? 'next' : mod === 'this' ? 'this' : null;
  const cue = modifier ? null : tenseCue(input.tokens, input.sentences, start, end);
  const day = dayForWeekday(ref, weekdayNumber(name[0]), modifier, cue);
  const rule = modifier ? `date.relative.weekday-${modifier}` : cue === 'future' ? 'date.relative.weekday-future' : 'date.relative.weekday-past';
  return fixed(start, end, { value: isoValue(day, 'day'), precision: 'day', basis: 'inferred', ruleId: rule });
}

function weekdayNumber(s: string): number {
  return ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'].indexOf(s.toLowerCase().slice(0, 2));
}
