import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { buildEntities } from '../actors/entities.js';
import type { ActorMention } from '../actors/mention.js';
import { resolveDefiniteBodies } from './definite-bodies.js';
import { agentCountryFromPlace, agentCountryFromPossessor, inheritAgentCountry } from './definite-agents.js';
import { resolvePairs } from './group-references.js';
import { resolvePronouns } from './pronouns.js';
import { PersonNames, resolveShortNames } from './short-names.js';

/**
 * Coreference inside one article: short names and honorifics ("Mr. Kim"), agents named again
 * without their country ("the National Guard"), "the two countries", and pronouns. Sentence by
 * sentence, so a pronoun can refer to a short name resolved just before it. Entities are built
 * here, once every mention is known.
 */
export const corefStage: Stage = {
  name: 'coref',
  run(ctx: CoderContext) {
    agentCountryFromPlace(ctx.mentions, ctx.places, ctx.tokens);
    inheritAgentCountry(ctx.mentions);
    const resolved: ActorMention[] = [];
    const bySentence = groupBySentence(ctx.mentions);
    const covered = new Uint8Array(ctx.tokens.length);
    const cover = (list: readonly ActorMention[]) => {
      for (const m of list) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
    };
    const taken = (i: number) => covered[i] === 1;
    const people = new PersonNames();
    // `resolved` holds every mention up to the current sentence, sorted; new mentions go into the
    // current sentence's tail, which is re-sorted, so no pass copies the whole list.
    const addToTail = (tailStart: number, list: ActorMention[]) => {
      cover(list);
      resolved.push(...list);
      const tail = resolved.splice(tailStart).sort((a, b) => a.start - b.start);
      resolved.push(...tail);
    };
    for (const s of ctx.sentences) {
      const own = bySentence.get(s.index) ?? [];
      const tailStart = resolved.length;
      for (const m of own) people.add(m);
      addToTail(tailStart, own);
      addToTail(tailStart, resolveShortNames(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, people, taken, ctx.text));
      addToTail(tailStart, resolvePairs(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, resolved, ctx.text).filter((m) => !taken(m.tokenStart)));
      addToTail(tailStart, resolveDefiniteBodies(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, resolved, ctx.text, taken));
      addToTail(tailStart, resolvePronouns(ctx.tokens, s.tokenStart, s.tokenEnd, s.index, resolved, ctx.text).filter((m) => !taken(m.tokenStart)));
    }
    agentCountryFromPossessor(resolved, ctx.tokens);
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
