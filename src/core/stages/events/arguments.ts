import type { Token } from '../../model/sentence.js';
import type { ActorMention } from '../actors/mention.js';
import { nounPhrase, npStart } from './np.js';
import { attributionAfter, REPORTING_LEMMAS } from './reporting.js';
import type { MatchScope, Slot } from './match-pattern.js';

/** Words that open a subordinate clause: a subject is never looked for across them. */
const CLAUSE_OPENERS = new Set(['that', 'because', 'after', 'before', 'while', 'when', 'if', 'although', 'though', 'unless', 'whether', 'whereas', 'once', 'until']);
const RELATIVE = new Set(['which', 'who', 'that', 'whom']);
const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'since', 'until', 'because', 'when', 'though', 'although', 'once', 'whereas', 'if']);

/** Verbs whose object does what the infinitive after it says: "convinced Parliament to amend". */
const OBJECT_CONTROL = new Set(['convince', 'persuade', 'force', 'allow', 'permit', 'ask', 'urge', 'order', 'tell', 'invite', 'encourage', 'help', 'enable', 'compel', 'push', 'press', 'pressure', 'call', 'require', 'lead', 'get', 'want', 'expect', 'authorize', 'authorise', 'instruct', 'direct', 'oblige', 'prompt', 'drive', 'cause', 'warn', 'advise', 'remind', 'challenge', 'dare']);

/** Participles of saying, asking and judging: after an object they go with the main subject ("wrote to Bush urging him"). */
const ADVERBIAL_PARTICIPLES = new Set(['urge', 'ask', 'call', 'appeal', 'request', 'press', 'invite', 'demand', 'plead', 'beg', 'seek', 'express', 'voice', 'describe', 'accuse', 'blame', 'condemn', 'criticize', 'criticise', 'praise', 'thank', 'welcome', 'cite', 'pledge', 'promise', 'vow', 'threaten', 'prompt', 'end', 'bring', 'raise', 'mark']);

/** Only adverbs (or nothing) between the end of a noun phrase and the verb group. */
function adjacent(tokens: readonly Token[], npEnd: number, verbStart: number): boolean {
  for (let i = npEnd; i < verbStart; i++) if (tokens[i]!.pos !== 'ADV' && tokens[i]!.key !== ',') return false;
  return true;
}
/** Only the rest of a noun phrase ("bases in the region") and adverbs between a mention and the verb. */
function restOfPhrase(tokens: readonly Token[], npEnd: number, verbStart: number): boolean {
  if (verbStart - npEnd > 6) return false;
  for (let i = npEnd; i < verbStart; i++) {
    const t = tokens[i]!;
    if (!['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'ADV'].includes(t.pos) && !(t.pos === 'ADP' && t.key !== 'that')) return false;
  }
  return true;
}

/** Prepositions after which a noun phrase is not a subject ("by Putin's forces", "to Pyongyang"). */
const HARD_STOP = new Set([';', ':']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** How many tokens an argument may lie from its verb: keeps run-on "sentences" linear. */
const REACH = 60;

export interface Argument {
  mentions: ActorMention[];
  rule: string;
}

/**
 * The subject of the verb group starting at `verbStart`: the closest actor to its left that is
 * not the object of a preposition or of another verb, within the clause. A relative pronoun
 * ("Ukraine, which has been bombarded") hands over to its antecedent.
 */
export function findSubject(scope: MatchScope, verbStart: number): Argument | null {
  const { tokens, from, mentionAt } = scope;
  // "Pakistan has refused to deploy troops and has urged its citizens": a verb right after "and"
  // shares the subject of the verb before it.
  const shared = sharedSubjectVerb(tokens, verbStart, from);
  if (shared !== null) {
    const s = findSubject(scope, shared);
    if (s) return { ...s, rule: 'arg.subject.coordinated-verb' };
  }
  // "fired at opposition supporters protesting against the results": an -ing participle right after
  // an actor modifies it, and that actor does it.
  const v = tokens[verbStart];
  const head = mentionAt(verbStart - 1);
  // ("wrote to President Bush urging him to": saying and asking participles go with the main subject.)
  if (head && v && v.pos === 'VERB' && /ing$/.test(v.norm) && verbStart - 1 >= from && !ADVERBIAL_PARTICIPLES.has(v.lemma) && !REPORTING_LEMMAS.has(v.lemma)) return { mentions: [head], rule: 'arg.subject.participle-head' };
  const appositive = beforeAppositive(scope, verbStart);
  if (appositive) return { mentions: [appositive], rule: 'arg.subject.before-appositive' };
  for (let i = verbStart - 1; i >= Math.max(from, verbStart - REACH); i--) {
    const t = tokens[i]!;
    if (HARD_STOP.has(t.key)) return null;
    if (RELATIVE.has(t.key) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') && isRelative(tokens, i, from, mentionAt)) {
      const ante = antecedent(tokens, i, from, mentionAt);
      return ante ? { mentions: withCoordinated(tokens, ante, from, mentionAt), rule: 'arg.subject.relative-antecedent' } : null;
    }
    // "before the war" is a phrase, "before they left" a clause: only a subordinating conjunction closes the search.
    if (CLAUSE_OPENERS.has(t.key) && t.pos === 'SCONJ' && !mentionAt(i)) return null;
    const m = mentionAt(i);
    if (!m) continue;
    let first = npStart(tokens, m.tokenStart, from, mentionAt);
    // "Up to 100 Albanians demonstrated", "more than 50 students": a quantifier, not a preposition.
    first = quantifierStart(tokens, first, from);
    const gov = tokens[first - 1];
    // "Russian aircraft including helicopter gunships killed": an example is not the subject.
    if (gov && (gov.key === 'including' || (gov.key === 'as' && tokens[first - 2]?.key === 'such'))) {
      i = first;
      continue;
    }
    // Right before the verb, after a verb of saying or a subordinator, it starts a clause:
    // "says it has detained", "as Russia's National Guard says".
    // ("said US bases in the region would be": the rest of its noun phrase may come between.)
    // (An infinitive opens no clause: "summoned the British ambassador in Tehran to protest" is Iran's protest.)
    // ("convince the Lithuanian Parliament to amend": after a verb of making or letting, the object acts.)
    const infinitive = tokens[verbStart]?.key === 'to' && !(gov?.pos === 'VERB' && OBJECT_CONTROL.has(gov.lemma));
    const opensClause = !infinitive && (adjacent(tokens, m.tokenEnd, verbStart) || restOfPhrase(tokens, m.tokenEnd, verbStart)) && gov && (gov.pos === 'VERB' || SUBORDINATORS.has(gov.key));
    // "A camp for Congolese refugees was attacked": when the noun heading the subject is not an
    // actor, the actor in its of/for/from phrase stands in for it.
    // "Thousands of Iraqi Kurds demonstrated": the actor after a quantity is the subject itself.
    if (gov?.key === 'of' && isQuantity(tokens[first - 2])) return { mentions: withCoordinated(tokens, m, from, mentionAt), rule: 'arg.subject.quantity-of' };
    const inSubjectPp = adjacent(tokens, m.tokenEnd, verbStart) && gov && ['of', 'for', 'from'].includes(gov.key) && tokens[first - 2]?.pos === 'NOUN' && !mentionAt(first - 2);
    if (inSubjectPp) return { mentions: [m], rule: 'arg.subject.pp-in-subject' };
    // "Exiled Belarusians wrote": a participle opening the sentence describes the noun after it.
    const openingParticiple = gov?.pos === 'VERB' && first - 1 === from && /ed$/.test(gov.norm);
    // An object of a preposition or verb is not the subject; keep looking further left.
    if (!opensClause && !openingParticiple && gov && (gov.pos === 'ADP' || gov.pos === 'VERB') && gov.key !== 'that') {
      i = first;
      continue;
    }
    // "the Russian leader's letter": the possessor stands for the subject.
    return { mentions: withCoordinated(tokens, m, from, mentionAt), rule: 'arg.subject.closest-left' };
  }
  return null;
}

/**
 * When the verb group at `verbStart` directly follows "and"/"but" and a finite verb came before it
 * in the same clause, the start of that verb's group; otherwise null.
 */
function sharedSubjectVerb(tokens: readonly Token[], verbStart: number, from: number): number | null {
  const conj = tokens[verbStart - 1];
  if (!conj || verbStart - 1 <= from || (conj.key !== 'and' && conj.key !== 'but')) return null;
  for (let k = verbStart - 2; k >= from && k >= verbStart - 25; k--) {
    const t = tokens[k]!;
    if (t.key === ';' || t.key === ':' || t.pos === 'SCONJ' || RELATIVE.has(t.key)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // Back to the start of that verb's group, over auxiliaries, adverbs, negation and "to".
    let start = k;
    while (start - 1 >= from && ['AUX', 'ADV', 'PART'].includes(tokens[start - 1]!.pos)) start--;
    // "refused to deploy": an infinitive's subject is its governor's; keep going left to the finite verb.
    if (tokens[start]!.key === 'to') {
      k = start;
      continue;
    }
    return start;
  }
  return null;
}

const QUANTITY_NOUNS = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'tens', 'scores', 'group', 'groups', 'members', 'some', 'many', 'most', 'all', 'dozen', 'hundred', 'thousand', 'number', 'majority', 'crowd', 'crowds', 'delegation', 'team', 'band', 'unit', 'contingent', 'several', 'few']);

function isQuantity(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NUM' || QUANTITY_NOUNS.has(t.key));
}

/**
 * "Pakistan, a key U.S. ally in the war on terror, has refused": a noun phrase set off by commas
 * right before the verb describes the actor before it, which is the subject.
 */
function beforeAppositive(scope: MatchScope, verbStart: number): ActorMention | null {
  const { tokens, from, mentionAt } = scope;
  let i = verbStart - 1;
  while (i >= from && tokens[i]!.pos === 'ADV') i--;
  if (tokens[i]?.key !== ',') return null;
  for (let k = i - 1; k >= from && k >= i - 15; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.key === ';' || RELATIVE.has(t.key)) return null;
    if (t.key !== ',') continue;
    let m = mentionAt(k - 1);
    // The set-off phrase must open with a determiner or a noun: "a key ally", "the ministry's chief".
    const opener = tokens[k + 1];
    if (!m || !opener || !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(opener.pos)) return null;
    // "The US commander in Iraq, General Petraeus, held talks": the actor before the comma may sit
    // in a prepositional phrase of the real head.
    for (let hops = 0; hops < 2; hops++) {
      const first = npStart(tokens, m.tokenStart, from, mentionAt);
      const prep = tokens[first - 1];
      if (!prep || prep.pos !== 'ADP' || first - 2 < from) break;
      const head = mentionAt(first - 2);
      if (!head) break;
      m = head;
    }
    return m;
  }
  return null;
}

/** "X, which ..." or "X which ...": the pronoun directly follows a noun phrase (or its comma). */
function isRelative(tokens: readonly Token[], i: number, from: number, mentionAt: MatchScope['mentionAt']): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < from) return false;
  if (prev.key === ',') return true;
  return !!mentionAt(i - 1) || prev.pos === 'NOUN' || prev.pos === 'PROPN';
}

function antecedent(tokens: readonly Token[], rel: number, from: number, mentionAt: MatchScope['mentionAt']): ActorMention | null {
  let i = rel - 1;
  if (tokens[i]?.key === ',') i--;
  return i >= from ? (mentionAt(i) ?? null) : null;
}

/** "Hungarian and Romanian officials": both sides of a coordination act together. */
function withCoordinated(tokens: readonly Token[], m: ActorMention, from: number, mentionAt: MatchScope['mentionAt']): ActorMention[] {
  const out = [m];
  let cur = m;
  for (let guard = 0; guard < 4; guard++) {
    // Step back over "the", then ", and" / "and" / ",", to the previous conjunct.
    let i = cur.tokenStart - 1;
    while (i >= from && tokens[i]!.pos === 'DET') i--;
    let sawConj = false;
    let sawAnd = false;
    while (i >= from && (tokens[i]!.key === 'and' || tokens[i]!.key === ',')) {
      sawConj = true;
      sawAnd ||= tokens[i]!.key === 'and';
      i--;
    }
    // "southwest of Baghdad, the U.S. Central Command said": a list ends in "and"; a comma alone sets off a new phrase.
    if (!sawConj || i < from || (out.length === 1 && !sawAnd)) break;
    const prev = mentionAt(i);
    if (!prev || prev === cur) break;
    out.unshift(prev);
    cur = prev;
  }
  return distributeRoles(out);
}

/**
 * "US and British activists": a bare country coordinated with a country-and-agent mention shares
 * the agent's roles (USAOPP, GBROPP), since the noun applies to both.
 */
function distributeRoles(list: ActorMention[]): ActorMention[] {
  const last = list[list.length - 1]!;
  if (list.length < 2 || !last.roles.length || !last.country) return list;
  return list.map((m) =>
    m !== last && m.type === 'country' && !m.roles.length && m.country && m.tokenEnd < last.tokenStart
      ? { ...m, code: m.country + last.roles.join(''), roles: [...last.roles], ruleIds: ['actor.coord.distribute', ...m.ruleIds] }
      : m,
  );
}

/** The direct object: the noun phrase right after the verb (past adverbs and particles). */
export function findObject(scope: MatchScope, after: number): Slot | null {
  const { tokens, to, mentionAt } = scope;
  let i = after;
  while (i < to && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART') && tokens[i]!.key !== 'to') i++;
  i = skipQuantifier(tokens, i, to);
  if (i >= to) return null;
  const t = tokens[i]!;
  if (t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return null;
  const np = nounPhrase(tokens, i, to, mentionAt);
  return np.end > i ? { start: i, end: np.end, mentions: np.mentions } : null;
}

/** Words that open a count: "more than 100 Palestinians", "up to 16 advisers", "at least 30 people". */
const QUANTIFIERS: readonly string[][] = [
  ['tens', 'of', 'thousands', 'of'], ['hundreds', 'of', 'thousands', 'of'], ['millions', 'of'], ['tens', 'of'],
  ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'], ['as', 'many', 'as'],
  ['nearly'], ['about'], ['around'], ['some'], ['over'], ['almost'], ['roughly'], ['approximately'], ['dozens', 'of'], ['hundreds', 'of'], ['thousands', 'of'], ['scores', 'of'],
];

/** The first token of a quantifier ("up to", "more than") that ends right before `first`, or `first`. */
function quantifierStart(tokens: readonly Token[], first: number, from: number): number {
  for (const q of QUANTIFIERS) {
    if (q.length < 2) continue;
    const start = first - q.length;
    if (start >= from && q.every((w, k) => tokens[start + k]!.key === w)) return start;
  }
  return first;
}

export function skipQuantifier(tokens: readonly Token[], i: number, to: number): number {
  for (const q of QUANTIFIERS) {
    if (i + q.length <= to && q.every((w, k) => tokens[i + k]!.key === w)) return i + q.length;
  }
  return i;
}

/** The agent of a passive: "by Putin's forces" after the verb, within a few words. */
export function findByAgent(scope: MatchScope, after: number): Slot | null {
  const { tokens, to, mentionAt } = scope;
  for (let i = after; i < Math.min(to, after + 8); i++) {
    const t = tokens[i]!;
    if (HARD_STOP.has(t.key) || t.pos === 'VERB') return null;
    if (t.key === 'in') {
      const attacker = attackerOfAttackNoun(scope, i + 1);
      if (attacker) return attacker;
      continue;
    }
    if (t.key !== 'by' && t.key !== 'from') continue;
    const np = nounPhrase(tokens, i + 1, to, mentionAt);
    // "released by their captors": the possessive points back at the patients, not at the agent.
    const agents = np.mentions.filter((m) => !POSSESSIVE_PRONOUNS.has(m.text.toLowerCase()));
    return agents.length ? { start: i + 1, end: np.end, mentions: agents } : null;
  }
  return null;
}

/**
 * "were killed when Pakistani troops fired shells": the agent of a passive without "by" is the
 * actor acting in a when-clause right after it (an actor followed by its verb).
 */
export function whenClauseAgent(scope: MatchScope, after: number): Argument | null {
  const { tokens, to, mentionAt } = scope;
  for (let i = after; i < Math.min(to, after + 6); i++) {
    const t = tokens[i]!;
    if (HARD_STOP.has(t.key) || t.key === ',' || t.pos === 'VERB') return null;
    if (t.key !== 'when') continue;
    const np = nounPhrase(tokens, i + 1, to, mentionAt);
    const verb = tokens[np.end];
    if (!np.mentions.length || !verb || verb.pos !== 'VERB' || np.mentions.every((m) => POSSESSIVE_PRONOUNS.has(m.text.toLowerCase()))) return null;
    return { mentions: np.mentions, rule: 'arg.source.when-clause' };
  }
  return null;
}

/** Nouns for an attack whose modifier names the attacker: "killed in Israeli tank shelling". */
const ATTACK_HEADS = new Set(['shelling', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'attack', 'attacks', 'bombing', 'bombings', 'bombardment', 'bombardments', 'fire', 'gunfire', 'offensive', 'assault', 'ambush', 'barrage', 'shell', 'shells', 'missile', 'missiles', 'rocket', 'rockets', 'drone', 'drones', 'operation', 'crackdown', 'incursion', 'onslaught']);

/**
 * "wounded in a Russian missile strike", "killed in Israeli tank shelling": in a passive the
 * actor modifying an attack noun after "in" did it. "killed in Ukraine" names no attacker.
 */
function attackerOfAttackNoun(scope: MatchScope, first: number): Slot | null {
  const { tokens, to, mentionAt } = scope;
  const np = nounPhrase(tokens, first, to, mentionAt);
  // A gerund head ("tank shelling") is tagged as a verb and ends the noun phrase before it.
  const end = ATTACK_HEADS.has(tokens[np.end]?.key ?? '') ? np.end + 1 : np.end;
  const head = tokens[end - 1];
  if (!head || !ATTACK_HEADS.has(head.key) || mentionAt(end - 1)) return null;
  const agents = np.mentions.filter((m) => m.tokenEnd < end && !POSSESSIVE_PRONOUNS.has(m.text.toLowerCase()));
  return agents.length ? { start: first, end, mentions: agents } : null;
}

/**
 * The passive names its cause without naming an actor: "killed by a roadside bomb", "killed in a
 * suicide car bombing". Then nobody who merely reports it stands behind it.
 */
export function namesCause(scope: MatchScope, after: number): boolean {
  const { tokens, to, mentionAt } = scope;
  for (let i = after; i < Math.min(to, after + 8); i++) {
    const t = tokens[i]!;
    if (HARD_STOP.has(t.key) || t.key === ',' || t.pos === 'VERB') return false;
    if (t.key === 'by') return true;
    if (t.key === 'in' || t.key === 'during') {
      const np = nounPhrase(tokens, i + 1, to, mentionAt);
      const end = ATTACK_HEADS.has(tokens[np.end]?.key ?? '') ? np.end + 1 : np.end;
      // Any noun of the phrase: "in nationalist riots last March" runs on into its date.
      for (let k = i + 1; k < end; k++) {
        const w = tokens[k]!.key;
        if ((ATTACK_HEADS.has(w) && !OWN_OPERATIONS.has(w)) || BLAST_HEADS.has(w)) return true;
      }
    }
  }
  return false;
}
/** "killed in the operation, the army said": these are as likely the reporter's own. */
const OWN_OPERATIONS = new Set(['operation', 'crackdown', 'raid', 'raids', 'offensive', 'fire', 'assault']);
const BLAST_HEADS = new Set(['explosion', 'explosions', 'blast', 'blasts', 'bomb', 'bombs', 'clash', 'clashes', 'fighting', 'crossfire', 'shootout', 'firefight', 'riot', 'riots', 'violence', 'unrest', 'stampede', 'crash', 'accident']);

/** Prepositions that introduce the party an event is directed at. */
const TARGET_PREPS = new Set(['with', 'against', 'on', 'to', 'toward', 'towards', 'at', 'into', 'over', 'from', 'for', 'upon', 'in', 'of', 'about']);

const LOCATIVE_PREPS = new Set(['in', 'at', 'from']);

/**
 * When the pattern and the object give no target: the first actor after the trigger introduced
 * by a directional preposition ("conflicts with the US"), within the sentence.
 */
export function fallbackTarget(scope: MatchScope, after: number, exclude: readonly ActorMention[], placesAreNotTargets = false): Slot | null {
  const { tokens, mentionAt } = scope;
  const to = Math.min(scope.to, after + REACH);
  // "stayed silent and Argentina's minister said he…": an actor we passed over, then a verb, is a new clause.
  let passedActor = false;
  for (let i = after; i < to; i++) {
    const t = tokens[i]!;
    if (HARD_STOP.has(t.key) || endsClause(tokens, i, scope.to)) return null;
    if (passedActor && (t.pos === 'VERB' || t.pos === 'AUX') && !mentionAt(i)) return null;
    const m = mentionAt(i);
    if (!m) continue;
    if (exclude.some((x) => sameActor(x, m))) {
      i = m.tokenEnd - 1;
      continue;
    }
    let first = npStart(tokens, m.tokenStart, after, mentionAt);
    let gov = tokens[first - 1];
    // "with the US or South Korea": the second conjunct shares the first one's preposition.
    // ("China remained mum and Russia's envoy said": only an actor before the conjunction is a conjunct.)
    for (let hops = 0; gov && (gov.key === 'or' || gov.key === 'and') && mentionAt(first - 2) && hops < 3; hops++) {
      const before = npStart(tokens, first - 2, after, mentionAt);
      gov = tokens[before - 1];
      if (gov && (TARGET_PREPS.has(gov.key) || gov.pos === 'VERB')) first = before;
    }
    // "made his remarks in Doha": a statement's capital after a locative preposition is where it
    // was said, not whom it is about. (A curfew "in Algiers" does fall on Algeria.)
    // ("signed a declaration at the White House": for these acts anything named "at" is the venue.)
    if (placesAreNotTargets && gov && ((m.type === 'capital' && LOCATIVE_PREPS.has(gov.key)) || gov.key === 'at')) {
      i = m.tokenEnd - 1;
      continue;
    }
    if (gov && (TARGET_PREPS.has(gov.key) || gov.pos === 'VERB')) {
      const np = nounPhrase(tokens, first, to, mentionAt);
      const found = { start: first, end: np.end, mentions: np.mentions.filter((x) => !exclude.some((y) => sameActor(x, y))) };
      // "bans on travel to Canada against four Russian officers": "against" names the party over a place.
      return WEAK_PREPS.has(gov.key) ? (againstLater(scope, np.end, to, exclude) ?? found) : found;
    }
    passedActor = true;
    i = m.tokenEnd - 1;
  }
  return null;
}

/**
 * "…, but China remained mum", "…, while Russia said", "…, the Indian army said": a contrasting
 * clause or the attribution after a comma has its own parties.
 */
export function endsClause(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i]!;
  if (t.key === 'but') return true;
  if (t.key === ',') return attributionAfter(tokens, i, to);
  return (t.key === 'while' || t.key === 'whereas') && tokens[i - 1]?.key === ',';
}

/** Prepositions that as often name a place or a topic as a party. */
const WEAK_PREPS = new Set(['to', 'in', 'of', 'from', 'about', 'into', 'at', 'for']);

/** An actor introduced by "against" later in the same clause, or null. */
function againstLater(scope: MatchScope, from: number, to: number, exclude: readonly ActorMention[]): Slot | null {
  const { tokens, mentionAt } = scope;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (HARD_STOP.has(t.key) || endsClause(tokens, i, to) || t.pos === 'VERB') return null;
    if (t.key !== 'against') continue;
    let np = nounPhrase(tokens, skipQuantifier(tokens, i + 1, to), to, mentionAt);
    // "against four senior officers in the Russian military": the actor may sit in the head's phrase.
    if (!np.mentions.length && ['in', 'of', 'from'].includes(tokens[np.end]?.key ?? '')) np = nounPhrase(tokens, np.end + 1, to, mentionAt);
    const mentions = np.mentions.filter((x) => !exclude.some((y) => sameActor(x, y)));
    return mentions.length ? { start: i + 1, end: np.end, mentions } : null;
  }
  return null;
}

export function sameActor(a: ActorMention, b: ActorMention): boolean {
  if (a === b) return true;
  if (a.entityId && a.entityId === b.entityId) return true;
  return a.code === b.code && a.country === b.country && !!a.code;
}
