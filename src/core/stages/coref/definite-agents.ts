import type { ActorMention } from '../actors/mention.js';

/**
 * "The National Guard" after "Russia's National Guard": an agent mention without a country takes
 * the country of the closest earlier mention of the same agent that has one.
 */
export function inheritAgentCountry(mentions: ActorMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.type !== 'agent' || m.country || !m.agentId) continue;
    const bare = m.text.toLowerCase().replace(/^(the|a|an)\s+/, '');
    for (let j = k - 1; j >= 0; j--) {
      const prev = mentions[j]!;
      // The same agent noun, or a named institution whose name ends with it ("Russia's National Guard").
      const same = prev.agentId === m.agentId || (prev.type !== 'agent' && prev.text.toLowerCase().replace(/[’]/g, "'").endsWith(bare));
      if (same && prev.country) {
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
