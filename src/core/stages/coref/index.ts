import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildEntities } from '../actors/entities.js';
import type { ActorMention } from '../actors/mention.js';
import { inheritAgentCountry } from './definite-agents.js';
import { resolvePairs } from './group-references.js';
import { resolvePronouns } from './pronouns.js';
import { resolveShortNames } from './short-names.js';

/**
 * Coreference inside one article: short names and honorifics ("Mr. Kim"), agents named again
 * without their country ("the National Guard"), "the two countries", and pronouns. Sentence by
 * sentence, so a pronoun can refer to a short name resolved just before it. Entities are built
 * here, once every mention is known.
 */
export const corefStage: Stage = {
  name: 'coref',
  run(ctx: CoderContext) {
    inheritAgentCountry(ctx.mentions);
    const resolved: ActorMention[] = [];
    const bySentence = groupBySentence(ctx.mentions);
    for (const s of ctx.sentences) {
      const own = bySentence.get(s.index) ?? [];
      const taken = (i: number) => own.some((m) => m.tokenStart <= i && i < m.tokenEnd);
      const earlier = [...resolved, ...own].sort((a, b) => a.start - b.start);
      const shorts = resolveShortNames(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, earlier, taken, ctx.text);
      own.push(...shorts);
      const taken2 = (i: number) => own.some((m) => m.tokenStart <= i && i < m.tokenEnd);
      const pairs = resolvePairs(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, [...resolved, ...own].sort((a, b) => a.start - b.start), ctx.text).filter((m) => !taken2(m.tokenStart));
      own.push(...pairs);
      own.sort((a, b) => a.start - b.start);
      const pronouns = resolvePronouns(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, [...resolved, ...own], ctx.text).filter((m) => !taken2(m.tokenStart));
      own.push(...pronouns);
      own.sort((a, b) => a.start - b.start);
      resolved.push(...own);
    }
    ctx.mentions = resolved;
    ctx.entities = buildEntities(resolved.filter((m) => !m.members));
  },
};

function groupBySentence(mentions: readonly ActorMention[]): Map<number, ActorMention[]> {
  const out = new Map<number, ActorMention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence) ?? [];
    list.push(m);
    out.set(m.sentence, list);
  }
  return out;
}
