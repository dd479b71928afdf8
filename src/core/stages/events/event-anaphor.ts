import type { CodedEvent } from '../../model/event.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { ActorMention } from '../actors/mention.js';
import { sameActor } from './arguments.js';
import type { MatchScope } from './match-pattern.js';

/** Reactions to an earlier event: statements, appeals, demands, criticism, rejection, protest, reduced relations. */
export const ANAPHOR_ROOTS = new Set(['01', '02', '10', '11', '12', '14', '16']);

/** Nouns that name an event just reported ("condemned the launch", "severed relations over the move"). */
/** Which roots an event noun can stand for: "the agreement" is an agreement, "the launch" a show of force. */
const NOUN_ROOTS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^(deal|agreement|pact|accord|treaty|plan)s?$/, ['03', '04', '05', '06', '07', '08']],
  [/^(visit|talks|meeting|summit)s?$/, ['04']],
  [/^(launch|launches|test|tests|attack|attacks|strike|strikes|bombing|shelling|killing|killings|invasion|incursion|offensive|raid|raids|provocation|execution)$/, ['13', '15', '18', '19', '20']],
  [/^(arrest|arrests|detention|crackdown|warrant|verdict|sentence|ruling|seizure|expulsion|coup)$/, ['16', '17', '11', '12']],
  [/^(sanctions|measures|ban|annexation|violation)$/, ['16', '17', '19']],
  // "rejected that demand", "dismissed the accusation": a reaction to something said.
  [/^(demand|demands|call|calls|request|requests|appeal|appeals|ultimatum)$/, ['02', '10']],
  [/^(proposal|proposals|offer|offers|initiative)$/, ['03', '02', '05', '04']],
  [/^(accusation|accusations|allegation|allegations|claim|claims|charge|charges|criticism)$/, ['11', '01']],
  [/^(threat|threats|warning|warnings)$/, ['13']],
];

const EVENT_NOUNS = new Set([
  'launch', 'launches', 'test', 'tests', 'attack', 'attacks', 'strike', 'strikes', 'move', 'moves', 'decision', 'step', 'coup',
  'arrest', 'arrests', 'detention', 'invasion', 'incursion', 'offensive', 'bombing', 'shelling', 'killing', 'killings', 'execution',
  'sanctions', 'measures', 'ban', 'deal', 'agreement', 'pact', 'plan', 'announcement', 'visit', 'raid', 'raids', 'crackdown',
  'seizure', 'annexation', 'recognition', 'expulsion', 'warrant', 'verdict', 'sentence', 'ruling', 'provocation', 'violation',
  'demand', 'demands', 'call', 'calls', 'request', 'requests', 'appeal', 'appeals', 'ultimatum', 'proposal', 'proposals', 'offer',
  'offers', 'initiative', 'accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge', 'charges',
  'criticism', 'threat', 'threats', 'warning', 'warnings',
]);

const HOSTILE_REACTIONS = new Set(['10', '11', '12', '14', '16']);
const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON']);

/**
 * When a reaction has no actor target but its object (or an "over/about/against" phrase) is an
 * event noun, the target is the source of the latest earlier event by someone else.
 */
export function eventAnaphor(ctx: CoderContext, scope: MatchScope, after: number, sources: readonly ActorMention[], root: string): ActorMention | null {
  const { tokens } = scope;
  let noun: string | null = null;
  for (let i = after; i < Math.min(scope.to, after + 8); i++) {
    const t = tokens[i]!;
    if (EVENT_NOUNS.has(t.key) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      noun = t.key;
      break;
    }
    // ("that demand": wink may tag the demonstrative as a conjunction.)
    if (!NP_WORDS.has(t.pos) && !['over', 'about', 'against', 'on', 'to', 'for', 'that', 'this', 'these', 'those'].includes(t.key)) break;
  }
  if (!noun) return null;
  const here = tokens[after - 1]?.sentence ?? 0;
  // The noun says what kind of act it was; failing that, condemning, rejecting or protesting
  // answers a hostile act, so prefer the latest conflictual event.
  const roots = NOUN_ROOTS.find(([re]) => re.test(noun!))?.[1];
  const hostile = HOSTILE_REACTIONS.has(root);
  const passes: ((e: CodedEvent) => boolean)[] = [];
  if (roots) passes.push((e) => roots.includes(e.cameo.root));
  if (hostile) passes.push((e) => e.cameo.quadClass >= 3);
  passes.push(() => true);
  for (const fits of passes) {
    for (let k = ctx.events.length - 1; k >= 0; k--) {
      const e = ctx.events[k]!;
      if (e.evidence.sentenceIndex < here - 3) break;
      if (!fits(e)) continue;
      const src = e.source;
      if (!src || sources.some((s) => s.code === src.code || (s.country && s.country === src.country))) continue;
      const m = ctx.mentions.find((x) => x.start === src.start && x.end === src.end);
      if (m) return m;
    }
  }
  return null;
}

export { sameActor };
