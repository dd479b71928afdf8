import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import { closestBefore, PRONOUN_REACH, referTo } from './antecedents.js';

/**
 * What news calls an international body once it has named it: "the bloc" for the EU or ASEAN,
 * "the alliance" for NATO, "the watchdog" for the IAEA ("the body" is left out: bodies are also dead). Each noun takes the closest earlier
 * mention of a body of that kind.
 */
/** An international body, or its people ("ASEAN leaders" are IGOSEAGOV). */
const igo = (m: ActorMention) => m.type === 'igo' || m.code.startsWith('IGO');

const BODY_NOUNS: ReadonlyMap<string, (m: ActorMention) => boolean> = new Map([
  ['bloc', igo],
  ['alliance', (m) => igo(m) && /NAT|alliance|treaty|pact/i.test(`${m.code} ${m.name ?? m.text}`)],
  ['union', (m) => igo(m) && /union/i.test(m.name ?? m.text)],
  ['organisation', (m) => igo(m) || m.type === 'organization'],
  ['organization', (m) => igo(m) || m.type === 'organization'],
  ['watchdog', (m) => igo(m) || m.type === 'organization'],
  ['agency', (m) => igo(m) || m.type === 'organization'],
]);

export function resolveDefiniteBodies(tokens: readonly Token[], from: number, to: number, sentence: number, mentions: readonly ActorMention[], text: string, taken: (i: number) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    const fits = BODY_NOUNS.get(t.key);
    // Only "the bloc" on its own: "the trade bloc's rules" still refers back, "a military alliance" does not.
    if (!fits || tokens[i - 1]!.key !== 'the' || taken(i) || t.pos !== 'NOUN') continue;
    // ("met in Brussels": a name after a locative preposition is a place there, not the body.)
    const located = (m: ActorMention) => ['in', 'at', 'from', 'to'].includes(tokens[m.tokenStart - 1]?.key ?? '');
    const ante = closestBefore(mentions, sentence, i - 1, PRONOUN_REACH, (m) => !m.members && fits(m) && !located(m));
    if (ante) out.push(referTo(ante, { start: tokens[i - 1]!.start, end: t.end, tokenStart: i - 1, tokenEnd: i + 1, sentence, text: text.slice(tokens[i - 1]!.start, t.end) }, 'coref.definite-body', ante.type));
  }
  return out;
}
