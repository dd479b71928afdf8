import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';

/**
 * Document tone as GDELT defines it: (positive - negative words) per 100 words, from our
 * polarity lexicon (dictionaries/lexicon/tone.txt). Lemmas are looked up so "killed" counts as "kill".
 */
export const toneStage: Stage = {
  name: 'tone',
  run(ctx: CoderContext) {
    let positive = 0;
    let negative = 0;
    let words = 0;
    const lex = ctx.resources.tone;
    for (const t of ctx.tokens) {
      if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'SPACE') continue;
      words++;
      const w = lex.get(t.norm) ?? lex.get(t.lemma);
      if (w === undefined) continue;
      const negated = isNegated(ctx, t.i);
      const v = negated ? -w : w;
      if (v > 0) positive += v;
      else negative -= v;
    }
    const per100 = (n: number) => (words ? (100 * n) / words : 0);
    ctx.tone = {
      score: round(per100(positive) - per100(negative)),
      positive: round(per100(positive)),
      negative: round(per100(negative)),
      words,
    };
  },
};

function isNegated(ctx: CoderContext, i: number): boolean {
  const s = ctx.tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = ctx.tokens[k]!;
    if (t.sentence !== s) break;
    if (t.norm === 'not' || t.norm === "n't" || t.norm === 'never' || t.norm === 'no') return true;
  }
  return false;
}

const round = (x: number) => Math.round(x * 100) / 100;
