import type { Place } from '../../model/place.js';
import type { Token } from '../../model/sentence.js';
import { movedAway } from '../actors/compose.js';
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

const PLACE_PREPS = new Set(['of', 'in', 'from', 'throughout', 'across', 'at']);
const SKIP = new Set(['the', 'a', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'capital', 'city', 'of', 'province', 'region', 'state']);

/**
 * "The government of Sindh province", "students throughout Indonesia", "activists in the Gaza
 * Strip": an agent without a country takes the country of the place its phrase names.
 */
export function agentCountryFromPlace(mentions: ActorMention[], places: readonly Place[], tokens: readonly Token[]): void {
  for (const m of mentions) {
    if (m.type !== 'agent' || m.country || !m.roles.length) continue;
    let i = m.tokenEnd;
    if (!PLACE_PREPS.has(tokens[i]?.key ?? '')) continue;
    // "strengthened its forces in Lebanon", "withdrew troops from Mali": a place they are sent to
    // or taken from is not whose they are ("its" is resolved on its own).
    if (tokens[i]!.key !== 'of' && movedAway(tokens, m.tokenStart)) continue;
    i++;
    for (let k = 0; k < 4 && SKIP.has(tokens[i]?.key ?? ''); k++) i++;
    const t = tokens[i];
    if (!t || t.sentence !== m.sentence) continue;
    const place = places.find((p) => p.start === t.start);
    if (!place?.country) continue;
    m.country = place.country;
    m.code = place.country + m.roles.join('');
    m.basis = 'inferred';
    m.ruleIds = ['coref.agent-country-from-place', ...m.ruleIds];
  }
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "Israel has strengthened its forces": an agent without a country owned by a resolved possessive
 * pronoun takes the possessor's country (and the possessor's code when the possessor is a group).
 */
export function agentCountryFromPossessor(mentions: readonly ActorMention[], tokens: readonly Token[]): void {
  const byEnd = new Map<number, ActorMention>();
  for (const m of mentions) if (POSSESSIVES.has(m.text.toLowerCase()) && m.country) byEnd.set(m.tokenEnd, m);
  for (const m of mentions) {
    if (m.type !== 'agent' || m.country || !m.roles.length) continue;
    let i = m.tokenStart;
    while (i > 0 && ['ADJ', 'NUM'].includes(tokens[i - 1]!.pos) && !byEnd.has(i)) i--;
    const owner = byEnd.get(i);
    if (!owner?.country) continue;
    // ("Hamas said its fighters": a group's fighters act for the group and keep its code.)
    const group = owner.type === 'group' || owner.type === 'organization';
    m.country = owner.country;
    m.code = group ? owner.code : owner.country + m.roles.join('');
    if (group) m.roles = [...owner.roles];
    m.basis = 'inferred';
    m.ruleIds = ['coref.agent-country-from-possessor', ...m.ruleIds];
  }
}
