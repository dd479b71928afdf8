import type { ActorMention } from '../actors/mention.js';

/** How far back (in sentences) a pronoun or short form may reach for its antecedent. */
export const PRONOUN_REACH = 2;
export const NAME_REACH = 1_000;

/**
 * The closest mention before token `before` (in the same sentence or up to `reach` sentences
 * back) that `accept` likes. Mentions are sorted by offset.
 */
export function closestBefore(mentions: readonly ActorMention[], sentence: number, before: number, reach: number, accept: (m: ActorMention) => boolean): ActorMention | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.sentence > sentence || (m.sentence === sentence && m.tokenEnd > before)) continue;
    if (m.sentence < sentence - reach) break;
    if (accept(m)) return m;
  }
  return null;
}

/** A mention that stands for its antecedent, keeping the antecedent's code and entity. */
export function referTo(antecedent: ActorMention, at: Pick<ActorMention, 'start' | 'end' | 'tokenStart' | 'tokenEnd' | 'sentence' | 'text'>, rule: string, type: ActorMention['type'] = 'pronoun'): ActorMention {
  return {
    ...at,
    code: antecedent.code,
    country: antecedent.country,
    roles: antecedent.roles,
    type,
    ...(antecedent.name ? { name: antecedent.name } : {}),
    ...(antecedent.entityId ? { entityId: antecedent.entityId } : {}),
    ...(antecedent.agentId ? { agentId: antecedent.agentId } : {}),
    ...(antecedent.members ? { members: antecedent.members } : {}),
    person: antecedent.person,
    plural: antecedent.plural,
    basis: 'inferred',
    ruleIds: [rule, ...antecedent.ruleIds],
  };
}
