import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';

const COUNT_WORDS = new Set(['two', 'both', 'warring']);
const PARTY_NOUNS = new Set(['countries', 'nations', 'sides', 'states', 'governments', 'leaders', 'neighbours', 'neighbors', 'allies', 'capitals', 'parties', 'factions']);
/** Nouns for the sides of a conflict, which may be two forces of one country (an army and a militia). */
const SIDE_NOUNS = new Set(['sides', 'parties', 'factions']);
const FIGHTING_ROLES = new Set(['GOV', 'MIL', 'REB', 'UAF', 'INS', 'SEP', 'OPP', 'COP']);

/**
 * "the two countries", "both sides": a plural reference to the last two distinct countries (or
 * leaders) named before it. The mention keeps both as members, so an event can be reciprocal.
 */
export function resolvePairs(tokens: readonly Token[], from: number, to: number, sentence: number, mentions: readonly ActorMention[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!COUNT_WORDS.has(tokens[i]!.key) || !PARTY_NOUNS.has(tokens[i + 1]!.key)) continue;
    if (tokens[i]!.key === 'warring' && !SIDE_NOUNS.has(tokens[i + 1]!.key)) continue;
    // "both sides" of Sudan's war are its army and a militia: told apart by code, not country.
    const sides = SIDE_NOUNS.has(tokens[i + 1]!.key);
    const members: ActorMention[] = [];
    const seen = new Set<string>();
    for (let k = mentions.length - 1; k >= 0 && members.length < 2; k--) {
      const m = mentions[k]!;
      if (m.sentence > sentence || (m.sentence === sentence && m.tokenEnd > i)) continue;
      // "urged the warring parties": the parties at war were named before, not the ones urging.
      if (tokens[i]!.key === 'warring' && m.sentence === sentence) continue;
      if (m.sentence < sentence - 3) break;
      if (!m.country || m.members) continue;
      if (sides && !(m.type === 'country' || m.roles.some((r) => FIGHTING_ROLES.has(r)))) continue;
      const key = sides ? m.code : m.country;
      if (seen.has(key)) continue;
      seen.add(key);
      members.unshift(m);
    }
    if (members.length < 2) continue;
    const startTok = tokens[i - 1]?.key === 'the' ? i - 1 : i;
    const start = tokens[startTok]!.start;
    const end = tokens[i + 1]!.end;
    out.push({
      start,
      end,
      tokenStart: startTok,
      tokenEnd: i + 2,
      sentence,
      text: text.slice(start, end),
      code: '',
      country: null,
      roles: [],
      type: 'pronoun',
      person: false,
      plural: true,
      basis: 'inferred',
      ruleIds: ['coref.pair'],
      members,
    });
  }
  return out;
}
