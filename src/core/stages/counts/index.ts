import type { Count } from '../../model/count.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { kindIndex } from './count-kinds.js';
import { countedPhrase } from './counted-phrase.js';
import { findKind } from './find-kind.js';
import { isUnit, notACount } from './not-a-count.js';
import { parseNumber } from './parse-number.js';
import { qualifierBefore } from './qualifiers.js';

const KINDS = kindIndex();

/**
 * Numbers with what they count. Steps, sentence by sentence:
 * 1. a number: digits, words, multipliers, or a vague plural kept as a lower bound (parse-number.ts);
 * 2. not a count when it is a year, date, age, percentage, sum, time, measure or label (not-a-count.ts);
 * 3. the noun phrase it counts, which must exist (counted-phrase.ts);
 * 4. a qualifier before it ("at least", "nearly") and a kind from the verb or the noun (find-kind.ts).
 * "One" counts only when the kind says what happened to whom ("one soldier was killed").
 */
/** Tokens inside a date expression, marked once so each number is checked in constant time. */
function dateTokens(ctx: CoderContext): (i: number) => boolean {
  const mark = new Uint8Array(ctx.tokens.length);
  let k = 0;
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  for (const d of dates) {
    while (k < ctx.tokens.length && ctx.tokens[k]!.end <= d.start) k++;
    for (let i = k; i < ctx.tokens.length && ctx.tokens[i]!.start < d.end; i++) mark[i] = 1;
  }
  return (i) => mark[i] === 1;
}

export const countsStage: Stage = {
  name: 'counts',
  run(ctx: CoderContext) {
    const { tokens } = ctx;
    const keys = tokens.map((t) => t.key);
    const inDate = dateTokens(ctx);
    const counts: Count[] = [];
    for (const s of ctx.sentences) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const n = parseNumber(tokens, i, s.tokenEnd);
        if (!n) continue;
        i = n.to - 1;
        const why = notACount(tokens, n.from, n.to, inDate);
        if (why) {
          ctx.debug('counts', () => `skipped ${tokens[n.from]!.text}: ${why}`);
          continue;
        }
        const phrase = countedPhrase(tokens, n.to, s.tokenEnd);
        if (!phrase || isUnit(tokens[phrase.to - 1]!) || isUnit(tokens[phrase.from]!)) continue;
        const q = n.vague ? null : qualifierBefore(keys, n.from, s.tokenStart);
        const kind = findKind(tokens, KINDS, q ? q.from : n.from, phrase, s);
        if (n.value === 1 && n.ruleId === 'count.words' && !kind) continue;
        const first = tokens[q ? q.from : n.from]!;
        const aboutFirst = tokens[phrase.from]!;
        const aboutLast = tokens[phrase.to - 1]!;
        const count: Count = {
          number: n.value,
          about: ctx.text.slice(aboutFirst.start, aboutLast.end),
          aboutStart: aboutFirst.start,
          aboutEnd: aboutLast.end,
          start: first.start,
          end: aboutLast.end,
          ruleIds: [n.ruleId, 'count.phrase', ...(q ? [q.id] : []), ...(kind ? [kind.id] : [])],
        };
        if (kind) count.kind = kind.kind;
        if (n.vague) count.qualifier = 'at-least';
        else if (q) count.qualifier = q.qualifier;
        counts.push(count);
        i = Math.max(i, phrase.to - 1);
      }
    }
    ctx.counts = counts;
    ctx.debug('counts', () => counts.map((c) => `${c.number} ${c.about}${c.kind ? ` (${c.kind})` : ''}`).join('; '));
  },
};
