import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';

const COUNT_WORDS = new Set(['two', 'both']);
const PARTY_NOUNS = new Set(['countries', 'nations', 'sides', 'states', 'governments', 'leaders', 'neighbours', 'neighbors', 'allies', 'capitals', 'parties']);

/**
 * "the two countries", "both sides": a plural reference to the last two distinct countries (or
 * leaders) named before it. The mention keeps both as members, so an event can be reciprocal.
 */
export function resolvePairs(tokens: readonly Token[], from: number, to: number, sentence: number, mentions: readonly ActorMention[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!COUNT_WORDS.has(tokens[i]!.key) || !PARTY_NOUNS.has(tokens[i + 1]!.key)) continue;
    const members: ActorMention[] = [];
    const seen = new Set<string>();
    for (let k = mentions.length - 1; k >= 0 && members.length < 2; k--) {
      const m = mentions[k]!;
      if (m.sentence > sentence || (m.sentence === sentence && m.tokenEnd > i)) continue;
      if (m.sentence < sentence - 3) break;
      if (!m.country || seen.has(m.country)) continue;
      seen.add(m.country);
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
