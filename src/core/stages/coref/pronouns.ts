import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import { closestBefore, PRONOUN_REACH, referTo } from './antecedents.js';

const PERSONAL = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const NEUTER = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'themselves']);
const OBJECT_PRONOUNS = new Set(['him', 'them']);
/** "It comes as", "it is said", "it emerged": an empty subject, not a reference. */
const BE_FORMS = new Set(['is', "'s", 'was']);
/** Predicates of an empty "it": evaluations and reports ("it is clear that", "it was time to"). */
const EXPLETIVE_PREDICATES = new Set(['clear', 'unclear', 'likely', 'unlikely', 'possible', 'impossible', 'important', 'necessary', 'hard', 'difficult', 'easy', 'time', 'true', 'said', 'believed', 'thought', 'expected', 'reported', 'feared', 'understood', 'known', 'estimated', 'alleged', 'claimed', 'hoped', 'rumoured', 'rumored', 'obvious', 'evident', 'essential', 'vital', 'crucial', 'up', 'worth', 'too', 'still', 'also', 'now', 'a', 'an', 'the', 'not']);
const EXPLETIVE_NEXT = new Set(['is', "'s", 'was', 'seems', 'seemed', 'appears', 'appeared', 'comes', 'came', 'remains', 'remained', 'emerged', 'became', 'becomes', 'takes', 'took']);

/** "it has been reported", "it would be": expletive only when a form of "be" follows the auxiliary. */
function isExpletive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.key ?? '';
  // "it is clear that", "it was reported"; but "it is prepared to", "it was ready to" refer back.
  if (BE_FORMS.has(next)) {
    let k = i + 2;
    while (tokens[k]?.pos === 'ADV' || tokens[k]?.key === 'not') k++;
    const pred = tokens[k];
    return !pred || EXPLETIVE_PREDICATES.has(pred.key) || pred.pos === 'DET' || (pred.pos === 'VERB' && /ed$/.test(pred.key) && tokens[k + 1]?.key === 'that');
  }
  if (EXPLETIVE_NEXT.has(next)) return true;
  return ['has', 'had', 'would', 'will', 'may', 'might', 'could'].includes(next) && ['been', 'be'].includes(tokens[i + 2]?.key ?? '');
}

/**
 * Resolves personal pronouns to the closest fitting actor before them: he/she to a person,
 * it/its to a singular country or organisation, they/their to a plural group.
 */
export function resolvePronouns(tokens: readonly Token[], from: number, to: number, sentence: number, mentions: readonly ActorMention[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PRON' && t.pos !== 'DET') continue;
    let accept: ((m: ActorMention) => boolean) | null = null;
    let rule = '';
    if (PERSONAL.has(t.key)) {
      accept = (m) => m.person && !m.plural;
      rule = 'coref.pronoun.person';
    } else if (NEUTER.has(t.key)) {
      if (t.key === 'it' && isExpletive(tokens, i)) continue;
      accept = (m) => !m.person && !m.plural;
      rule = 'coref.pronoun.it';
    } else if (PLURAL.has(t.key)) {
      accept = (m) => m.plural;
      rule = 'coref.pronoun.they';
    }
    if (!accept) continue;
    // Prefer an antecedent that was a subject or object, not one inside a prepositional phrase
    // ("victory over Japan"): salience ranks grammatical roles that way.
    // "Orban praised him": an object pronoun is not the subject of its own verb.
    const objectOf = OBJECT_PRONOUNS.has(t.key);
    const a0 = objectOf ? (m: ActorMention) => accept!(m) && !subjectOfVerbBefore(tokens, m, i) : accept;
    // Nor one that only modifies a noun ("a key U.S. ally"): "Pakistan, a key U.S. ally, urged its citizens".
    const ante = closestBefore(mentions, sentence, i, PRONOUN_REACH, (m) => a0(m) && !afterPreposition(tokens, m) && !modifiesNoun(tokens, m)) ?? closestBefore(mentions, sentence, i, PRONOUN_REACH, a0);
    if (ante) out.push(referTo(ante, { start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence, text: text.slice(t.start, t.end) }, rule));
  }
  return out;
}

const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'since', 'until', 'because', 'when', 'though', 'although', 'once', 'if']);

/** Inside a prepositional phrase ("over Japan"), not the subject of a clause ("as Russia's Guard says"). */
function afterPreposition(tokens: readonly Token[], m: ActorMention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && ['DET', 'ADJ', 'NUM'].includes(tokens[k]!.pos)) k--;
  if (k < 0 || tokens[k]!.pos !== 'ADP' || SUBORDINATORS.has(tokens[k]!.key)) return false;
  const next = tokens[m.tokenEnd];
  return !(next && (next.pos === 'VERB' || next.pos === 'AUX'));
}

/** The mention stands before a noun it modifies, inside a larger noun phrase ("U.S. ally", "Iraqi oil"). */
function modifiesNoun(tokens: readonly Token[], m: ActorMention): boolean {
  const next = tokens[m.tokenEnd];
  return !!next && next.sentence === m.sentence && next.pos === 'NOUN';
}

/** The mention is followed only by the verb group that governs the pronoun at `pronoun`. */
function subjectOfVerbBefore(tokens: readonly Token[], m: ActorMention, pronoun: number): boolean {
  if (m.tokenEnd >= pronoun) return false;
  let sawVerb = false;
  for (let k = m.tokenEnd; k < pronoun; k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'VERB') sawVerb = true;
    else if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return false;
  }
  return sawVerb;
}
