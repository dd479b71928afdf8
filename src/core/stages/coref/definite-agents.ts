import type { ActorMention } from '../actors/mention.js';

/**
 * "The National Guard" after "Russia's National Guard": an agent mention without a country takes
 * the country of the closest earlier mention of the same agent that has one.
 */
export function inheritAgentCountry(mentions: ActorMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'agent' || m.country || !m.agentId) continue;
    for (let j = k - 1; j >= 0; j--) {
      const prev = mentions[j]!;
      if (prev.agentId === m.agentId && prev.country) {
        m.country = prev.country;
        m.code = prev.code;
        m.roles = prev.roles;
        if (prev.entityId) m.entityId = prev.entityId;
        m.basis = 'inferred';
        m.ruleIds = ['coref.agent-country', ...m.ruleIds];
        break;
      }
    }
  }
}
