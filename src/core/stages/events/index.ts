import type { ActorRef } from '../../model/actor.js';
import type { Token } from '../../model/sentence.js';
import type { CodedEvent, Modality, SuppressedEvent } from '../../model/event.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { Stage } from '../../pipeline/stage.js';
import { GROUP_OWNERS, ownedByPronoun } from '../actors/compose.js';
import type { ActorMention } from '../actors/mention.js';
import { actorRef, withCounterpartCountry, withHomeCountry, withPlaceCountry } from './actor-ref.js';
import { datelineCountry } from './dateline.js';
import { ANAPHOR_ROOTS, eventAnaphor } from './event-anaphor.js';
import { type Argument, endsClause, fallbackTarget, findByAgent, findObject, findSubject, namesCause, sameActor, whenClauseAgent } from './arguments.js';
import { nounPhrase, npStart } from './np.js';
import { afterAspectual, type Candidate, findCandidates } from './candidates.js';
import { anchorDate, claimDates, dateByTense, type EventDate, fromExpression } from './event-date.js';
import { eventLocation } from './event-location.js';
import type { MatchScope, Slot } from './match-pattern.js';
import { coordinatedHead, cuesWithInfinitive, findGovernor, type Governor, isHypothetical } from './modality.js';
import type { VerbPattern } from './verb-lexicon.js';
import { REPORTING_LEMMAS, REPORTING_NOUNS, reportingVerbAfter, reportingVerbBefore } from './reporting.js';
import { demandCode, rejectCode, transformCode } from './transform.js';
import { verbGroup, type VerbGroup } from './verb-group.js';

const MAX_PAIRS = 6;

/**
 * Who did what to whom: for each trigger that an event pattern matches, find the source and
 * target, the mood (asserted, intended, threatened, negated, hypothetical), the date and the
 * place, then code it with the CAMEO codebook and the PLOVER crosswalk.
 */
export const eventsStage: Stage = {
  name: 'events',
  run(ctx: CoderContext) {
    const mentionAt = indexMentions(ctx);
    const claims = claimDates(ctx.tokens, ctx.sentences, ctx.dates);
    const anchor = anchorDate(ctx.dates, ctx.refDate);
    let narrative: EventDate | null = null;
    for (const s of ctx.sentences) {
      const scope: MatchScope = { tokens: ctx.tokens, from: s.tokenStart, to: s.tokenEnd, mentionAt: (i) => mentionAt[i] };
      const cands = findCandidates(scope, ctx.resources.verbs);
      const analysed = cands.map((c) => analyse(ctx, scope, c));
      analysed.push(...unpatterned(ctx, scope, analysed));
      dropSubordinate(analysed, ctx);
      ctx.debug('events', () => analysed.map((a) => `s${s.index} ${a.cand.match.pattern.id}@${ctx.tokens[a.cand.match.trigger]!.text} src=[${a.sources.map((m) => m.code)}] tgt=[${a.targets.map((m) => m.code)}] mood=${a.modality.mood}${a.dropped ? ' DROPPED' : ''} rules=${a.rules.join(',')}`).join('\n'));
      for (const a of analysed) {
        if (a.dropped) continue;
        const date = eventDate(ctx, a, claims, anchor, narrative);
        if (!date.historical && date.value && !date.durative && date.rule !== 'date.event.anchor-recent-date' && date.rule !== 'date.event.publication') narrative = date;
        emit(ctx, s.index, a, date);
      }
    }
  },
};

interface Analysed {
  cand: Candidate;
  group: VerbGroup;
  governor: Governor | null;
  sources: ActorMention[];
  targets: ActorMention[];
  rules: string[];
  modality: Modality;
  hypothetical: string | null;
  targetFallback: boolean;
  reportVerb: number | null;
  dropped: boolean;
  /** For an appeal or demand, the code of the act in its complement ("urged Iran to release" → 084). */
  askedCode?: string;
  /** The trigger word's key, for scoring participles. */
  triggerKey: string;
  /** The trigger sits in a subordinate or relative clause. */
  subordinate: boolean;
  /** An infinitive, or a verb coordinated with one ("to land and evacuate"). */
  nonfinite: boolean;
}

function indexMentions(ctx: CoderContext): (ActorMention | undefined)[] {
  const at: (ActorMention | undefined)[] = new Array(ctx.tokens.length);
  for (const m of ctx.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) at[i] ??= m;
  return at;
}

function analyse(ctx: CoderContext, scope: MatchScope, cand: Candidate): Analysed {
  const { match } = cand;
  const p = match.pattern;
  const tokens = ctx.tokens;
  const verbIndex = cand.noun ? governingVerb(scope, match.trigger) ?? match.trigger : match.trigger;
  // "prepared to resume shelling": the verb of resuming carries the gerund's tense, governor and negation.
  const aspect = verbIndex === match.trigger && afterAspectual(tokens, verbIndex, scope.from);
  const group = verbGroup(tokens, aspect ? verbIndex - 1 : verbIndex, scope.from);
  const rules: string[] = [p.id];
  const governor = cand.noun ? null : findGovernor(scope, group, ctx.resources.verbs);
  const govGroup = governor ? verbGroup(tokens, governor.verb, scope.from) : null;
  let sources: ActorMention[] = [];
  let targets: ActorMention[] = [];
  let targetFallback = false;
  const take = (arg: Argument | null | undefined, rule: string) => {
    if (!arg || !arg.mentions.length) return [];
    rules.push(arg.rule || rule);
    return arg.mentions;
  };
  if (match.source?.mentions.length) sources = take({ mentions: match.source.mentions, rule: 'arg.source.slot' }, '');
  if (match.target?.mentions.length) targets = take({ mentions: match.target.mentions, rule: 'arg.target.slot' }, '');
  // "X came under fire from Y": the subject undergoes the event, as in a passive.
  const passive = !cand.noun && (group.passive || p.patient);
  if (passive) {
    if (!targets.length && !match.target) targets = take(findSubject(scope, group.start), 'arg.target.passive-subject');
    if (!sources.length) {
      const by = findByAgent(scope, match.trigger + 1);
      if (by) sources = take({ mentions: by.mentions, rule: 'arg.source.passive-by' }, '');
      else sources = take(whenClauseAgent(scope, match.trigger + 1), '');
    }
  } else {
    if (!sources.length && cand.noun) sources = take(nounOwner(scope, match.trigger), '');
    // A noun event without a support verb ("dealt with protest rallies") has no subject to borrow.
    // ("since fighting broke out": an event noun that needs no subject is itself the subject of its verb.)
    const nounWithoutVerb = (cand.noun && verbIndex === match.trigger) || (p.noun && p.nosubject);
    // "signed a pact with Zelenskiy during a visit to Kyiv": the visitor is the clause's subject.
    // ("after a visit to Minsk by U.S. envoy Kellogg": a by-phrase names the visitor itself.)
    const during = cand.noun && !sources.length && p.code.startsWith('04') ? adverbialOpener(tokens, match.trigger, scope.from) : null;
    if (during !== null) {
      const by = findByAgent(scope, match.end);
      const mainVerb = by ? -1 : lastVerbBefore(tokens, during, scope.from);
      if (by) sources = take({ mentions: by.mentions, rule: 'arg.source.passive-by' }, '');
      else if (mainVerb >= 0) sources = take(findSubject(scope, verbGroup(tokens, mainVerb, scope.from).start), 'arg.subject.adverbial-visit');
    }
    if (!sources.length && !nounWithoutVerb) {
      const subjectOf = governor ? findSubject(scope, govGroup!.start) : null;
      sources = take(subjectOf ?? findSubject(scope, group.start), 'arg.subject');
    }
    if (!targets.length && !match.target && !cand.noun) {
      // The object starts right after the verb, even when the pattern's words cover it
      // ("expelled two Russian diplomats" with a pattern "expel * &envoy").
      const obj = findObject(scope, match.trigger + 1) ?? findObject(scope, match.end);
      if (obj?.mentions.length) targets = take({ mentions: obj.mentions, rule: 'arg.target.object' }, '');
    }
  }
  // "suggest the two countries expand ties": the proposer acts toward the other member of the pair.
  const pairSubject = passive || cand.noun ? undefined : governor?.embedded?.members ? governor.embedded : findSubject(scope, group.start)?.mentions.find((m) => m.members);
  if (pairSubject?.members && !targets.length) {
    const others = pairSubject.members.filter((m) => !sources.some((s) => s.country && s.country === m.country));
    if (sources.length && !sources.some((s) => s.members) && others.length) {
      targets = others;
      rules.push('arg.target.pair-other');
    } else if (!sources.length || sources.some((s) => s.members)) {
      sources = [pairSubject.members[0]!];
      targets = [pairSubject.members[1]!];
      rules.push('arg.pair.reciprocal');
    }
  }
  sources = sources.flatMap((m) => (m.members && !pairSubject ? m.members : [m])).filter((m) => !m.members);
  // "cooperation between Moscow and Pyongyang", "talks between the two sides": both are parties.
  if (!sources.length && targets.length >= 2 && tokens[(match.target?.start ?? 0) - 1]?.key === 'between') {
    sources = targets;
    targets = [];
    rules.push('arg.between.reciprocal');
  }
  // A statement is about the first other party its content names ("Kim said Russian-North Korean ties...").
  if (!targets.length && p.code.startsWith('01') && REPORTING_LEMMAS.has(tokens[match.trigger]!.lemma)) {
    const other = firstOtherActor(scope, match.end, sources);
    if (other) {
      targets = [other];
      rules.push('arg.target.statement-content');
    }
  }
  const venue = PLACE_IS_VENUE.has(p.code.slice(0, 2));
  /** The first party after the event (`fallbackTarget`), when `accept` takes it. */
  const targetFallbackRight = (accept: (fb: Slot) => boolean = () => true): boolean => {
    const fb = fallbackTarget(scope, match.end, sources, venue);
    if (!fb?.mentions.length || !accept(fb)) return false;
    targets = fb.mentions;
    targetFallback = true;
    rules.push('arg.target.fallback-right');
    return true;
  };
  if (!targets.length) {
    // "A missionary was arrested in Lebanon": a passive's patient is its subject; "in" names where.
    if (!targetFallbackRight((fb) => !(passive && ['in', 'at'].includes(tokens[fb.start - 1]?.key ?? ''))) && !passive) {
      // "expressed concern about the growing cooperation between Moscow and Pyongyang": a verbal
      // reaction is about the first other party its complement names.
      const other = firstOtherActor(scope, match.trigger + 1, sources, venue);
      if (other) {
        targets = [other];
        targetFallback = true;
        rules.push('arg.target.first-actor-after');
      }
    }
  }
  targets = targets.flatMap((m) => (m.members ? m.members : [m]));
  // "North Korea was ready to mobilize its deterrent": an actor acting on its own belongings is not its own target.
  if (targets.length && sources.length && targets.every((t) => sources.some((s) => sameActor(s, t)))) {
    targets = [];
    rules.splice(rules.indexOf('arg.target.object'), rules.includes('arg.target.object') ? 1 : 0);
    targetFallbackRight();
  }
  targets = withoutBareCountries(targets.filter((t) => !sources.some((s) => sameActor(s, t))));
  sources = withoutBareCountries(sources);
  // "put its forces on high alert", "withdrew their troops": the actor's own forces are not a party
  // to the act; look further for one.
  if (targets.length && sources.length && !p.code.startsWith('01') && targets.every((t) => ownBelonging(tokens, t, sources, p.code))) {
    targets = [];
    for (const r of ['arg.target.object', 'arg.target.slot', 'arg.target.fallback-right']) if (rules.includes(r)) rules.splice(rules.indexOf(r), 1);
    rules.push('arg.target.not-own-forces');
    targetFallbackRight((fb) => !fb.mentions.every((t) => ownBelonging(tokens, t, sources, p.code)));
  }
  // "South Korea and Japan condemned the launch": the target is whoever did what the noun names.
  if (!targets.length && !passive && ANAPHOR_ROOTS.has(p.code.slice(0, 2))) {
    const prior = eventAnaphor(ctx, scope, Math.min(match.end, match.trigger + 1), sources, p.code.slice(0, 2));
    if (prior) {
      targets = [prior];
      rules.push('arg.target.event-anaphor');
    }
  }
  const before = reportingVerbBefore(tokens, scope.from, governor ? governor.start : group.start);
  const isReporting = REPORTING_LEMMAS.has(tokens[match.trigger]!.lemma);
  const reportVerb = before ?? (isReporting ? null : reportingVerbAfter(tokens, match.end, scope.to));
  let reportedBy: string | null = null;
  let speaker: ActorMention | undefined;
  if (reportVerb !== null && reportVerb !== match.trigger) {
    speaker = reporterOf(scope, reportVerb, before === null);
    if (speaker) reportedBy = speaker.name ?? speaker.text;
    // An agentless passive in reported speech ("people were being held", said the Guard): the reporter did it.
    // Medics, witnesses, rights groups and the press report what others did: only a party that can
    // act (a government, its forces, an armed group) is taken as the hand behind its own report.
    if (passive && !sources.length && speaker && !p.nosubject && canActOnReport(speaker) && !namesCause(scope, match.trigger + 1)) {
      sources = [speaker];
      rules.push('arg.source.reporter-of-passive');
    }
  }
  // "Obama wants Putin to attack Switzerland": Obama appeals to Putin.
  if ((governor?.mood === 'appeal' || governor?.mood === 'threat') && governor.embedded) {
    targets = [governor.embedded];
    rules.push(governor.mood === 'threat' ? 'mood.threat.addressee' : 'mood.appeal.asked-actor');
  }
  // "agreed with India to expand ties", "promised Kyiv to deliver": the actor after the cue is the partner.
  if (governor?.mood === 'intent' && governor.embedded && !targets.length && !sources.some((s) => sameActor(s, governor.embedded!))) {
    targets = [governor.embedded];
    rules.push('mood.intent.partner');
  }
  // A pattern whose own words reach over the verb's negation ("not * >allow") codes it as it says.
  const patternNegation = p.head > 0 && match.start <= group.start;
  // "will no longer tolerate": the pattern's own words hold the negation.
  const ownNegation = p.head > 0 && tokens.slice(match.start, match.trigger).some((t) => t.key === 'not' || t.key === "n't" || t.key === 'never' || t.key === 'longer');
  const negated = (group.negated && !patternNegation && !ownNegation) || (govGroup?.negated ?? false) || governor?.mood === 'negate';
  // A threat is conditional by nature: "could be treated as targets", "will strike if" threaten all the same.
  // "hoped French officials would be indicted", "expects Russia will attack": a wish or forecast about
  // others' act, in a clause of its own, is not the act (an infinitive "wants Putin to attack" asks it).
  const wished = !!governor?.embedded && governor.cue.id === 'mood.intent.want' && !group.infinitive ? tokens[governor.verb]!.text : null;
  const hypothetical = p.code.startsWith('13') ? null : wished ?? isHypothetical(scope, group, ctx.resources.verbs);
  // "may halt its mediation if the parties do not cooperate": a harmful act held out on a condition is a threat.
  const conditionalThreat = !governor && !cand.noun && !!hypothetical && POSSIBILITY_MODALS.has(hypothetical) && conditionAfter(tokens, match.end, scope.to) && HELD_OUT_ROOTS.has(p.code.slice(0, 2));
  if (conditionalThreat) rules.push('mood.condition.threat');
  // "Egypt will host talks", "Hamas said it would study the proposal": the future is an intention.
  const future = !governor && !cand.noun && (group.tense === 'future' || (group.modal === 'would' && reportVerb !== null));
  if (future) rules.push('mood.future.intent');
  // "Libya must hand over the suspects, the minister said": the speaker demands it of the subject.
  // "X announced that Kigali must agree to": a verb of saying is reported only when it is the statement itself.
  const obliged = (g: VerbGroup) => g.modal === 'must' || g.modal === 'should' || hasTo(tokens, g, scope.from);
  // "said the US must be ready to mediate": an obligation on the intent is a demand for the act.
  const demandOnIntent = governor?.mood === 'intent' && !!govGroup && obliged(govGroup);
  const demand = (demandOnIntent || (!governor && obliged(group))) && !cand.noun && !(isReporting && p.code.startsWith('01')) && reportVerb !== null;
  if (demand) {
    targets = sources.length ? sources : targets;
    sources = speaker && !targets.some((t) => sameActor(t, speaker!)) ? [speaker] : [];
    rules.push('mood.must.demand');
  }
  const mood = demandOnIntent && demand ? 'demand' : wished ? 'hypothetical' : governor && governor.mood !== 'negate' ? governor.mood : conditionalThreat ? 'threat' : hypothetical ? 'hypothetical' : demand ? 'demand' : future ? 'intent' : 'asserted';
  const cue = negated ? (group.negation ?? governor?.cue.id) : governor ? tokens.slice(governor.start, governor.end).map((t) => t.text).join(' ') : undefined;
  if (governor) rules.push(governor.cue.id);
  return {
    cand,
    group,
    governor,
    sources,
    targets,
    rules,
    modality: { mood, negated, reportedBy, ...(cue ? { cue } : {}) },
    hypothetical,
    targetFallback,
    reportVerb,
    triggerKey: tokens[match.trigger]!.key,
    subordinate: inSubordinateClause(tokens, scope.from, governor ? governor.start : group.start),
    nonfinite: group.infinitive || (!cand.noun && infinitiveConjunct(scope, group)),
    dropped: (p.voice === 'passive' && !passive) || (p.voice === 'active' && passive) || (p.needTarget && (!targets.length || targetFallback)),
  };
}

const POSSIBILITY_MODALS = new Set(['may', 'might', 'could']);

/** "his Chinese counterpart Wang Yi": a bare country beside a more specific actor of it is that actor. */
function withoutBareCountries(list: ActorMention[]): ActorMention[] {
  if (list.length < 2) return list;
  return list.filter((m) => m.roles.length || !m.country || !list.some((o) => o !== m && o.country === m.country && o.roles.length));
}
/** Statements, intents, diplomatic acts and cooperation: a capital or a body named "at" is where they happened. */
const PLACE_IS_VENUE = new Set(['01', '03', '05', '06']);

const ADVERBIAL_OPENERS = new Set(['during', 'on', 'after', 'before', 'ahead', 'following']);

/** The preposition opening an adverbial phrase that ends in the noun at `noun` ("during a visit"), or null. */
function adverbialOpener(tokens: readonly Token[], noun: number, from: number): number | null {
  for (let i = noun - 1; i >= from && i >= noun - 4; i--) {
    const t = tokens[i]!;
    if (ADVERBIAL_OPENERS.has(t.key)) return i;
    if (!['DET', 'ADJ', 'NUM'].includes(t.pos) && t.key !== 'of') return null;
  }
  return null;
}

function lastVerbBefore(tokens: readonly Token[], before: number, from: number): number {
  for (let i = before - 1; i >= from; i--) if (tokens[i]!.pos === 'VERB') return i;
  return -1;
}

/** The source's own forces: "its forces", "their own troops" (of the source's country, or of none). */
function ownBelonging(tokens: readonly Token[], t: ActorMention, sources: readonly ActorMention[], code: string): boolean {
  const force = !t.person && t.roles.length > 0 && t.roles.every((r) => r === 'MIL' || r === 'COP');
  const ours = !t.country || sources.some((s) => s.country === t.country);
  // "Poland has sent 10,000 soldiers": forces moved or readied (15x) are the mover's own.
  if (code.startsWith('15') && force && ours) return true;
  // ("its troops" as one mention, or "its" before it; a bare "its" is the owner itself.)
  const startsOwned = GROUP_OWNERS.has(tokens[t.tokenStart]!.key);
  const owned = startsOwned ? t.tokenEnd - t.tokenStart > 1 : ownedByPronoun(tokens, t.tokenStart);
  // (Only forces: "its European partners" are other parties.)
  const armed = !t.person && t.roles.some((r) => r === 'MIL' || r === 'COP' || r === 'REB');
  return owned && armed && ours;
}
/** Acts that, held out on a condition, threaten: rejection, sanctions, coercion, force (not criticism or protest). */
const HELD_OUT_ROOTS = new Set(['12', '15', '16', '17', '18', '19', '20']);

/** An "if" or "unless" clause follows the event in its sentence. */
function conditionAfter(tokens: readonly Token[], after: number, to: number): boolean {
  for (let i = after; i < Math.min(to, after + 15); i++) {
    const k = tokens[i]!.key;
    if (k === ';' || k === '.') return false;
    if (k === 'if' || k === 'unless') return true;
  }
  return false;
}

/** "refused to allow the planes to land and evacuate": the second verb is an infinitive too. */
function infinitiveConjunct(scope: MatchScope, group: VerbGroup): boolean {
  const head = coordinatedHead(scope, group.start);
  return head !== null && verbGroup(scope.tokens, head, scope.from).infinitive;
}

const ACTING_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'SPY', 'REB', 'INS', 'SEP', 'UAF', 'LEG']);

function canActOnReport(m: ActorMention): boolean {
  if (m.roles.length) return m.roles.some((r) => ACTING_ROLES.has(r));
  return m.type === 'country' || m.type === 'capital' || m.type === 'igo' || m.type === 'group';
}

function firstOtherActor(scope: MatchScope, after: number, sources: readonly ActorMention[], placesAreNotTargets = true): ActorMention | null {
  const countries = new Set(sources.map((s) => s.country).filter(Boolean));
  for (let i = after; i < Math.min(scope.to, after + 60); i++) {
    if (scope.tokens[i]!.key === ';' || endsClause(scope.tokens, i, scope.to)) return null;
    const m = scope.mentionAt(i);
    if (!m || m.members) continue;
    // "expressed concern in Doha": a capital after a locative preposition is where, not whom.
    const prep = scope.tokens[npStart(scope.tokens, m.tokenStart, after, scope.mentionAt) - 1]?.key ?? '';
    // "stayed silent and Argentina's minister said": the subject of a coordinated clause is not what it is about.
    if (prep === 'and' && ['VERB', 'AUX'].includes(scope.tokens[nounPhrase(scope.tokens, m.tokenStart, scope.to, scope.mentionAt).end]?.pos ?? '')) return null;
    const locative = placesAreNotTargets && ((m.type === 'capital' && ['in', 'at'].includes(scope.tokens[m.tokenStart - 1]?.key ?? '')) || prep === 'at');
    if (!locative && !sources.some((s) => sameActor(s, m)) && !(m.country && countries.has(m.country))) return m;
    i = m.tokenEnd - 1;
  }
  return null;
}

/**
 * Events said only by their mood: "agreed to set up a research centre" (an intent, 030),
 * "threatened to retaliate" (130), "Sudan must return the helicopter, Russia said" (a demand,
 * 100) when no pattern codes the act itself. The cue or the verb is the trigger.
 */
function unpatterned(ctx: CoderContext, scope: MatchScope, analysed: readonly Analysed[]): Analysed[] {
  const out: Analysed[] = [];
  const lex = ctx.resources.verbs;
  const taken = (i: number) => analysed.some((a) => a.cand.match.trigger === i || (a.governor && a.governor.verb === i));
  for (const gov of cuesWithInfinitive(scope, lex)) {
    if (taken(gov.verb) || analysed.some((a) => a.governor?.start === gov.start)) continue;
    const code = gov.mood === 'threat' ? '130' : gov.mood === 'appeal' ? '020' : '030';
    const cand: Candidate = { match: { pattern: synthetic(`mood.unpatterned.${gov.mood}`, code), trigger: gov.verb, start: gov.start, end: gov.end + 2, score: 1 }, noun: false };
    const a = analyse(ctx, scope, cand);
    a.rules.push(gov.cue.id);
    if (a.modality.mood === 'asserted') a.modality = { ...a.modality, mood: gov.mood as 'intent' | 'threat' | 'appeal' };
    out.push(a);
  }
  // "agreed to a six-month extension": agreeing to something is an intent to cooperate (030).
  for (let i = scope.from; i + 2 < scope.to; i++) {
    const t = scope.tokens[i]!;
    if (t.pos !== 'VERB' || !AGREE_LEMMAS.has(t.lemma) || scope.tokens[i + 1]!.key !== 'to' || taken(i)) continue;
    if (['VERB', 'AUX'].includes(scope.tokens[i + 2]!.pos)) continue;
    const cand: Candidate = { match: { pattern: synthetic('mood.unpatterned.agree-to', '030'), trigger: i, start: i, end: i + 2, score: 1 }, noun: false };
    const a = analyse(ctx, scope, cand);
    if (a.modality.mood === 'asserted') a.modality = { ...a.modality, mood: 'intent' };
    out.push(a);
  }
  for (let i = scope.from; i < scope.to; i++) {
    const t = scope.tokens[i]!;
    if (t.pos !== 'VERB' || taken(i)) continue;
    const g = verbGroup(scope.tokens, i, scope.from);
    if (g.modal !== 'must' && g.modal !== 'should' && !hasTo(scope.tokens, g, scope.from)) continue;
    const cand: Candidate = { match: { pattern: synthetic('mood.unpatterned.demand', '100'), trigger: i, start: i, end: i + 1, score: 1 }, noun: false };
    const a = analyse(ctx, scope, cand);
    if (a.modality.mood === 'demand') out.push(a);
  }
  return out;
}

const AGREE_LEMMAS = new Set(['agree', 'consent']);
const ASKING_ROOTS = new Set(['02', '10']);

/** `a` lies in the "that"/"to" complement of an appeal or demand `b` in the same sentence. */
/** Nouns of asking: a rejected "appeal to lay down arms" asked for the act, nobody did it. */
const ASKING_NOUNS = new Set(['appeal', 'appeals', 'plea', 'pleas', 'call', 'calls', 'demand', 'demands', 'request', 'requests', 'ultimatum']);

function asks(ctx: CoderContext, b: Analysed): boolean {
  const root = b.cand.match.pattern.code.slice(0, 2);
  if (ASKING_ROOTS.has(root)) return true;
  return root === '12' && ctx.tokens.slice(b.cand.match.start, b.cand.match.end).some((t) => ASKING_NOUNS.has(t.key));
}

function inComplementOf(ctx: CoderContext, b: Analysed, a: Analysed): boolean {
  if (!asks(ctx, b) || ASKING_ROOTS.has(a.cand.match.pattern.code.slice(0, 2))) return false;
  const from = b.cand.match.trigger;
  const to = a.cand.match.trigger;
  if (to <= from || ctx.tokens[to]!.sentence !== ctx.tokens[from]!.sentence || to - from > 25) return false;
  let complement = a.group.infinitive;
  for (let i = from + 1; i < to; i++) {
    const k = ctx.tokens[i]!.key;
    if (k === ';' || k === '.') return false;
    if (k === 'that') complement = true;
  }
  return complement;
}

const SYNTHETIC = new Map<string, VerbPattern>();

function synthetic(id: string, code: string): VerbPattern {
  let p = SYNTHETIC.get(id);
  if (!p) {
    p = { id, code, elements: [], head: 0, headWords: [], noun: false, voice: 'any', nosubject: false, needTarget: false, patient: false, specificity: 1, origin: 'events stage' };
    SYNTHETIC.set(id, p);
  }
  return p;
}

/** "has to", "have to", "need to" before the verb: an obligation like "must". */
function hasTo(tokens: readonly Token[], g: VerbGroup, from: number): boolean {
  if (!g.infinitive) return false;
  const before = tokens[g.start - 1];
  return g.start - 1 >= from && !!before && ['has', 'have', 'had', 'need', 'needs'].includes(before.key);
}

/** Who reports: the subject of the verb of saying, the object of "according to", or "said X" inverted. */
function reporterOf(scope: MatchScope, verb: number, trailing: boolean): ActorMention | undefined {
  const { tokens } = scope;
  if (tokens[verb]!.key === 'according') return findObject(scope, verb + 2)?.mentions[0];
  const g = verbGroup(tokens, verb, scope.from);
  if (trailing) {
    // ", officials said" / ", said the minister"
    for (let i = g.start - 1; i >= scope.from && i >= g.start - 8 && tokens[i]!.key !== ','; i--) {
      const m = scope.mentionAt(i);
      if (m) return m;
    }
    return findObject(scope, verb + 1)?.mentions[0];
  }
  return findSubject(scope, g.start)?.mentions[0];
}

/**
 * Verbs that carry an event noun without adding meaning of their own: "held talks", "launched
 * an attack", "imposed sanctions". Only their subject is the noun event's source; "dealt with
 * protest rallies" does not make the subject a protester.
 */
const SUPPORT_VERBS = new Set([
  'hold', 'stage', 'launch', 'carry', 'conduct', 'mount', 'make', 'give', 'issue', 'begin', 'start', 'continue', 'resume', 'sign',
  'reach', 'impose', 'announce', 'join', 'organize', 'organise', 'lead', 'open', 'deliver', 'offer', 'extend', 'provide', 'send',
  'pay', 'host', 'undertake', 'order', 'step', 'escalate', 'intensify', 'renew', 'call', 'declare', 'file', 'lodge', 'level', 'wage',
  'commit', 'perpetrate', 'unleash', 'initiate', 'stage', 'end', 'halt', 'suspend', 'agree', 'accept', 'conclude', 'seal', 'strike',
  'announce', 'approve', 'grant', 'lift', 'ease', 'tighten', 'expand', 'broaden', 'slap', 'introduce', 'adopt', 'pass',
]);

/** For a noun trigger, the support verb that carries it ("held talks"), or null. */
function governingVerb(scope: MatchScope, trigger: number): number | null {
  for (let i = trigger - 1; i >= scope.from && i >= trigger - 5; i--) {
    const t = scope.tokens[i]!;
    if (t.pos === 'VERB') return SUPPORT_VERBS.has(t.lemma) ? i : null;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'SCONJ') return null;
  }
  return null;
}

/** "Russia's attack on", "Russian talks with": the actor inside the noun phrase before the trigger. */
function nounOwner(scope: MatchScope, trigger: number): Argument | null {
  for (let i = trigger - 1; i >= scope.from && i >= trigger - 4; i--) {
    const m = scope.mentionAt(i);
    if (m) return { mentions: [m], rule: 'arg.source.noun-owner' };
    const t = scope.tokens[i]!;
    if (!['DET', 'ADJ', 'NUM', 'NOUN', 'PART'].includes(t.pos)) return null;
  }
  return null;
}

/**
 * Which candidates in a sentence are not coded on their own:
 * - a trigger inside a more specific pattern's match ("missile attack on Kyiv": the attack
 *   pattern, not also "missile");
 * - a statement ("X said") whose complement holds another event;
 * - a verb that only governs another ("vowed to", "threatened to"): it gives its meaning to that
 *   event. A refusal is the exception: "refused to release" is its own event (12x) when a pattern
 *   covers both words, and the refused act is not coded.
 */
function dropSubordinate(list: Analysed[], ctx: CoderContext): void {
  const drop = new Set<Analysed>();
  const covers = (b: Analysed, i: number) => b.cand.match.start <= i && i < b.cand.match.end;
  for (const a of list) {
    const trig = a.cand.match.trigger;
    const outranks = (b: Analysed) => b.cand.match.score > a.cand.match.score || (b.cand.match.score === a.cand.match.score && b.cand.match.trigger < trig);
    // A pattern that spans the verb this event's own governor ("threatened to hold a strike") does not hide it.
    const governs = (b: Analysed) => !!a.governor && a.governor.start <= b.cand.match.trigger && b.cand.match.trigger < a.governor.end;
    if (list.some((b) => b !== a && covers(b, trig) && outranks(b) && !governs(b))) drop.add(a);
    const t = ctx.tokens[trig]!;
    // Only the generic statement (010) yields; "claimed responsibility" (015) is an event in itself.
    // ("issued a declaration demanding that ...": the statement noun carries the demand, too.)
    const isStatement = a.cand.match.pattern.code === '010' && (REPORTING_LEMMAS.has(t.lemma) || ctx.tokens.slice(a.cand.match.start, a.cand.match.end).some((u) => REPORTING_NOUNS.has(u.key)));
    // CAMEO codes a bare statement only when the sentence holds nothing more specific (a pessimistic
    // comment, a denial and an accusation are all more specific than "said").
    if (isStatement && list.some((b) => b !== a && b.cand.match.pattern.code !== '010')) drop.add(a);
    // "warned that police will no longer tolerate rallies": the threat it voices is the warning.
    if (t.lemma === 'warn' && a.cand.match.pattern.code.startsWith('01') && list.some((b) => b.cand.match.trigger > trig && (b.cand.match.pattern.code.startsWith('13') || b.modality.mood === 'threat'))) drop.add(a);
    // "demanded that the US match the EU's support", "urged Iran to release": the act asked for
    // is the content of the appeal or demand, not an event of its own.
    // (Not when the asking word is this event's own governor: "seeking to deepen a partnership" is
    // an intent to deepen it, and the governor's pattern yields to it below.)
    const asker = list.find((b) => b !== a && !governs(b) && inComplementOf(ctx, b, a));
    if (asker) {
      drop.add(a);
      // A generic appeal or demand takes the code of the act it asks for (02x and 10x mirror 03x).
      asker.askedCode ??= a.cand.match.pattern.code;
    }
    // "met with Assad Tuesday to discuss efforts to counter IS": the talk a meeting is for is that meeting.
    if (a.cand.match.pattern.code.startsWith('04') && a.group.infinitive && list.some((b) => b !== a && b.cand.match.pattern.code.startsWith('04') && b.cand.match.trigger < trig && !b.group.infinitive)) drop.add(a);
    for (const b of list) {
      if (b === a || !b.governor || trig < b.governor.start || trig >= b.governor.end) continue;
      if (b.governor.mood === 'negate' && covers(a, b.cand.match.trigger)) drop.add(b);
      else drop.add(a);
    }
  }
  for (const a of drop) a.dropped = true;
}

function eventDate(ctx: CoderContext, a: Analysed, claims: Map<number, import('../../model/time.js').DateExpression>, anchor: EventDate, narrative: EventDate | null): EventDate {
  const own = claims.get(a.group.verb) ?? claims.get(a.cand.match.trigger);
  // "offered to host talks next week": an intention or threat happens when it is voiced; the date of
  // the act it promises is not the event's date.
  const promised = a.modality.mood === 'intent' || a.modality.mood === 'threat';
  if (own) {
    const d = fromExpression(own, 'date.event.own-adverbial', ctx.tokens);
    if (!(promised && d.value && anchor.value && d.value > anchor.value)) return d;
  }
  if (a.governor) {
    const g = claims.get(a.governor.verb);
    if (g) return fromExpression(g, 'date.event.governor-adverbial');
  }
  if (a.reportVerb !== null) {
    const r = claims.get(a.reportVerb);
    if (r) return fromExpression(r, 'date.event.reporting-verb');
  }
  // "clashed in June 2020, killing 24 soldiers": a participle or infinitive shares its main verb's time.
  if (a.group.start === a.group.verb && (/ing$/.test(a.triggerKey) || a.group.infinitive)) {
    const s = ctx.sentences[ctx.tokens[a.cand.match.trigger]!.sentence]!;
    for (let i = a.group.start - 1; i >= s.tokenStart; i--) {
      const main = claims.get(i);
      if (main) return fromExpression(main, 'date.event.main-clause', ctx.tokens);
    }
  }
  const tense = a.governor ? verbGroup(ctx.tokens, a.governor.verb, ctx.sentences[ctx.tokens[a.governor.verb]!.sentence]!.tokenStart).tense : a.group.tense;
  return dateByTense(tense, narrative, anchor);
}

function emit(ctx: CoderContext, sentence: number, a: Analysed, date: EventDate): void {
  const p = a.cand.match.pattern;
  let code = p.code;
  const rules = [...a.rules];
  if (a.modality.mood === 'intent' || a.modality.mood === 'threat') {
    const t = transformCode(code, a.modality.mood, ctx.resources.verbs);
    if (t) {
      code = t.code;
      rules.push(t.rule);
    }
  } else if (a.modality.mood === 'demand') {
    code = demandCode(code, ctx.resources.verbs);
  } else if (a.modality.mood === 'appeal') {
    code = demandCode(code, ctx.resources.verbs, '02');
  }
  if (a.askedCode && (code === '020' || code === '100')) {
    code = demandCode(a.askedCode, ctx.resources.verbs, code === '020' ? '02' : '10');
    rules.push('mood.asked-act');
  }
  // "dismissed an appeal to lay down their arms": rejecting what the appeal asked for (12x).
  if (a.askedCode && code === '120') {
    code = rejectCode(a.askedCode, ctx.resources.verbs, true) ?? code;
    rules.push('mood.asked-act');
  }
  // "issued an ultimatum to Ecuador to halt attacks": CAMEO's ultimatum (139) whatever the act.
  if (a.governor?.cue.id.includes('ultimatum')) {
    code = '139';
    rules.push('mood.ultimatum');
  }
  // "will not meet the demands", "refused to withdraw": refusing cooperation is an event (12x).
  let refused = false;
  if (a.modality.negated && isRefusal(a)) {
    const r = rejectCode(p.code, ctx.resources.verbs, /refuse|reject|resist|decline/.test(a.governor?.cue.id ?? ''));
    if (r) {
      code = r;
      refused = true;
      rules.push('mood.refusal.to-12');
    }
  }
  // An intention to use force is coded, and reported, as the threat it is.
  const modality = refused
    ? { ...a.modality, mood: 'asserted' as const, negated: false }
    : a.modality.mood === 'intent' && code.startsWith('13')
      ? { ...a.modality, mood: 'threat' as const }
      : a.modality;
  const coding = ctx.resources.codebook.coding(code);
  if (!coding) {
    ctx.warnings.push(`pattern ${p.id} has CAMEO code ${code}, which the codebook lacks`);
    return;
  }
  const s = ctx.sentences[sentence]!;
  const trigger = ctx.tokens[a.cand.match.trigger]!;
  const spanStart = ctx.tokens[a.cand.match.start]!;
  const spanEnd = ctx.tokens[a.cand.match.end - 1] ?? trigger;
  const actorSpans = ctx.mentions.filter((m) => m.sentence === sentence);
  const loc = eventLocation(ctx.places, ctx.tokens, s, trigger, actorSpans, spanStart);
  if (loc) rules.push(loc.rule);
  rules.push(date.rule);
  // "Russia is conducting military exercises in Alaska": a show of force, a visit or an attack with
  // no named target is aimed at the country where it happens (inferred).
  let targets = a.targets;
  if (!targets.length && loc?.place.country && LOCATION_TARGET_ROOTS.has(code.slice(0, 2)) && !a.sources.some((s) => s.country === loc.place.country)) {
    targets = [placeAsActor(loc.place, ctx, sentence)];
    rules.push('arg.target.location-country');
  }
  // "Thousands of Iraqi Kurds demonstrated", "authorities imposed a curfew": protest and repression
  // with no named target are domestic, aimed at the country where they happen (or the actors' own).
  const home = loc?.place.country ?? a.sources.find((s) => s.country)?.country ?? null;
  // (Not for a passive: "the actor was arrested" has a patient, just not a political one.)
  if (!targets.length && home && DOMESTIC_TARGET_ROOTS.has(code.slice(0, 2)) && !a.group.passive) {
    targets = [loc ? placeAsActor(loc.place, ctx, sentence) : countryAsActor(home, a.sources[0]!, sentence)];
    rules.push('arg.target.domestic');
  }
  // "A roadside bombing near Samarra killed a U.S. soldier": violence with no named perpetrator is
  // attributed, as inferred, to the country where it happened (PLOVER's convention).
  let sources = a.sources;
  if (!sources.length && targets.length && loc?.place.country && PERPETRATOR_ROOTS.has(code.slice(0, 2)) && byUnnamedHand(ctx, a)) {
    sources = [placeAsActor(loc.place, ctx, sentence)];
    rules.push('arg.source.location-country');
  }
  const pairs = actorPairs(sources, targets, code);
  if (!targets.length && sources.length >= 2 && pairs.some(([, t]) => t)) rules.push('arg.compound.reciprocal');
  const base = {
    date: date.value,
    datePrecision: date.precision,
    dateBasis: date.basis,
    cameo: coding,
    plover: ctx.resources.codebook.plover(code),
    location: loc ? { ...loc.place, basis: loc.place.basis } : null,
    evidence: {
      sentenceIndex: sentence,
      start: s.start,
      end: s.end,
      text: ctx.text.slice(s.start, s.end),
      trigger: { start: spanStart.start, end: Math.max(spanEnd.end, trigger.end), text: ctx.text.slice(spanStart.start, Math.max(spanEnd.end, trigger.end)) },
    },
    modality,
  };
  for (const [src, tgt] of pairs) {
    const home = datelineCountry(ctx);
    let source = src ? withHomeCountry(withPlaceCountry(actorRef(src), loc?.place ?? null), home) : null;
    let target = tgt ? withHomeCountry(withPlaceCountry(actorRef(tgt), loc?.place ?? null), home) : null;
    // "Liberian riot police dispersed demonstrators": a generic group with no country is, by default, domestic.
    if (source && target) {
      target = withCounterpartCountry(target, source, code.slice(0, 2));
      source = withCounterpartCountry(source, target, code.slice(0, 2));
    }
    const ruleIds = [...new Set([...rules, ...(source?.ruleIds ?? []), ...(target?.ruleIds ?? [])])];
    const confidence = score(a, source, target, p.specificity);
    const event = { ...base, source, target, confidence, ruleIds };
    const reason = modality.negated
      ? 'negated'
      : modality.mood === 'hypothetical'
        ? 'hypothetical'
        : date.historical
          ? 'historical'
          : embeddedGerund(ctx, a)
            ? 'embedded'
            : !source && !target
              ? 'no-actor'
              : !source && HARM_ROOTS.has(code.slice(0, 2)) && !p.nosubject && !a.cand.noun && !byUnnamedHand(ctx, a)
                ? 'no-actor' // "the hurricane killed 12 people": harm with nobody behind it is not political violence
                : code.startsWith('01') && !target
                  ? 'one-sided' // "X said" with no counterpart tells nothing about a relation
                  : null;
    if (reason) {
      ctx.suppressed.push({ ...event, reason } as SuppressedEvent);
      continue;
    }
    if (isDuplicate(ctx.events, event)) continue;
    ctx.events.push({ id: '', ...event } as CodedEvent);
  }
}

/** Verbal events: statements, appeals, demands, criticism, rejection, threats. */
const VERBAL_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);

const LOCATION_TARGET_ROOTS = new Set(['04', '15', '16', '18', '19', '20']);
const DOMESTIC_TARGET_ROOTS = new Set(['14', '17']);

/** A country standing in as an actor, placed at the mention it was inferred from. */
function countryAsActor(country: string, from: ActorMention, sentence: number): ActorMention {
  return { ...from, sentence, code: country, country, roles: [], type: 'country', name: undefined, entityId: undefined, agentId: undefined, members: undefined, person: false, plural: false, basis: 'inferred', ruleIds: [] } as ActorMention;
}
const PERPETRATOR_ROOTS = new Set(['18', '19', '20']);
const HARM_ROOTS = new Set(['17', '18', '19', '20']);
/** Subjects that are acts of violence, so someone did it ("a roadside bombing killed"); a hurricane did not. */
const VIOLENT_NOUNS = /^(bomb|bombs|bombing|bombings|blast|blasts|explosion|explosions|attack|attacks|mine|mines|rocket|rockets|shell|shells|shelling|gunfire|gunmen|gunman|strike|strikes|airstrike|airstrikes|raid|raids|ambush|device|devices|shooting|shootings|missile|missiles|grenade|grenades|drone|drones|sniper|snipers|assailant|assailants|attacker|attackers|militant|militants|suicide)$/;

/** The act has a perpetrator nobody names: a passive without agent, or a violent act as subject. */
function byUnnamedHand(ctx: CoderContext, a: Analysed): boolean {
  if (a.group.passive) return true;
  const s = ctx.sentences[ctx.tokens[a.cand.match.trigger]!.sentence]!;
  for (let i = a.group.start - 1; i >= s.tokenStart && i >= a.group.start - 12; i--) {
    const t = ctx.tokens[i]!;
    if (t.key === ',' || t.key === ';') break;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && VIOLENT_NOUNS.test(t.key)) return true;
  }
  return false;
}

/** A place standing in for its country as an actor. */
function placeAsActor(place: import('../../model/place.js').Place, ctx: CoderContext, sentence: number): ActorMention {
  const first = ctx.tokens.findIndex((t) => t.start >= place.start);
  return {
    start: place.start, end: place.end, tokenStart: first, tokenEnd: first + 1, sentence, text: place.text,
    code: place.country!, country: place.country, roles: [], type: 'country', person: false, plural: false, basis: 'inferred',
    ruleIds: [...place.ruleIds],
  };
}

/** Roots whose events between a compound subject are mutual: "Putin and Kim signed a pact", "X and Y clashed". */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06', '19']);

function actorPairs(sources: ActorMention[], targets: ActorMention[], code: string): [ActorMention | null, ActorMention | null][] {
  const out: [ActorMention | null, ActorMention | null][] = [];
  if (!targets.length && sources.length >= 2 && RECIPROCAL_ROOTS.has(code.slice(0, 2))) {
    for (const s of sources) {
      for (const t of sources) {
        if (s !== t && !sameActor(s, t) && !(s.country && s.country === t.country)) out.push([s, t]);
        if (out.length >= MAX_PAIRS) return out;
      }
    }
    if (out.length) return out;
  }
  const ss = sources.length ? sources : [null];
  const ts = targets.length ? targets : [null];
  for (const s of ss) {
    for (const t of ts) {
      // An inferred domestic target may share the source's country code ("Iraqi protesters" -> IRQ).
      if (s && t && sameActor(s, t) && t.basis !== 'inferred') continue;
      out.push([s, t]);
      if (out.length >= MAX_PAIRS) return out;
    }
  }
  return out;
}

const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'because', 'since', 'when', 'although', 'though', 'if', 'until', 'unless', 'whereas', 'once']);
const RELATIVES = new Set(['who', 'which', 'whom', 'whose']);
/** Never prepositions, whatever the tagger says ("fight until they gain control"). */
const ALWAYS_SUBORDINATING = new Set(['until', 'unless', 'because', 'whereas', 'although', 'though', 'while']);

const nounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/** A subordinating conjunction or relative pronoun between the sentence's first verb and this one. */
function inSubordinateClause(tokens: readonly Token[], from: number, start: number): boolean {
  let sawVerb = false;
  for (let i = from; i < start; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') sawVerb = true;
    if (RELATIVES.has(t.key) && t.pos !== 'DET') return true;
    // "in Serbia, where 24 people were killed": "where" after a place opens a relative clause.
    if (t.key === 'where' && i > from && (tokens[i - 1]!.key === ',' || nounish(tokens[i - 1]!))) return true;
    if (sawVerb && SUBORDINATORS.has(t.key) && (t.pos === 'SCONJ' || ALWAYS_SUBORDINATING.has(t.key) || asClause(tokens, i, start))) return true;
  }
  return false;
}

/**
 * "eased the curfew as authorities in Croatia cracked down": "as" tagged a preposition still
 * opens a clause when a noun phrase and then a finite verb follow it ("as part of a deal" does not).
 */
function asClause(tokens: readonly Token[], at: number, verbStart: number): boolean {
  if (tokens[at]!.key !== 'as' || verbStart - at > 8) return false;
  const next = tokens[at + 1];
  if (!next || !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(next.pos) || next.key === 'well' || next.key === 'part') return false;
  for (let i = at + 1; i < verbStart; i++) {
    const t = tokens[i]!;
    if (t.key === ',' || (t.pos === 'ADP' && t.key !== 'of' && t.key !== 'in')) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

const GERUND_PREPS = new Set(['of', 'on', 'for', 'about', 'against', 'from', 'without', 'over']);

/**
 * "its ban on supplying weapons", "accused of helping militants", "without returning": a gerund
 * after these prepositions names an act talked about, not one that happened.
 */
function embeddedGerund(ctx: CoderContext, a: Analysed): boolean {
  if (!/ing$/.test(a.triggerKey) || a.group.start !== a.group.verb || a.governor) return false;
  return GERUND_PREPS.has(ctx.tokens[a.cand.match.trigger - 1]?.key ?? '');
}

/** Negation that refuses rather than reports absence: "will not", "would not", "refused to", "rejected calls to". */
function isRefusal(a: Analysed): boolean {
  if (a.group.modal === 'will' || a.group.modal === 'would') return true;
  if (a.modality.mood === 'intent') return true;
  const cue = a.governor?.cue.id ?? '';
  return a.governor?.mood === 'negate' && /refuse|reject|resist/.test(cue);
}

/**
 * How much we stand behind an event, 0..1. The main clause's finite verb with both actors scores
 * highest; participles, purpose infinitives, subordinate clauses, nouns and guessed targets less.
 */
function score(a: Analysed, source: ActorRef | null, target: ActorRef | null, specificity: number): number {
  let c = 0.5;
  const participle = !a.governor && a.group.start === a.cand.match.trigger && /ing$/.test(a.triggerKey);
  const purpose = !a.governor && a.nonfinite;
  if (participle) c -= 0.15;
  if (purpose) c -= 0.15;
  if (a.subordinate) c -= 0.1;
  if (a.cand.noun) c -= 0.05;
  if (!participle && !purpose && !a.subordinate && !a.cand.noun) c += 0.15;
  if (specificity >= 2) c += 0.1;
  c += source && target ? 0.15 : -0.15;
  if (a.targetFallback) c -= 0.1;
  if (source?.basis === 'inferred') c -= 0.05;
  return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100));
}

function isDuplicate(events: readonly CodedEvent[], e: Omit<CodedEvent, 'id'>): boolean {
  return events.some(
    (x) => x.evidence.sentenceIndex === e.evidence.sentenceIndex && x.cameo.code === e.cameo.code && x.source?.code === e.source?.code && x.target?.code === e.target?.code,
  );
}
