import type { CoderContext } from '../../pipeline/context.js';
import type { ActorMention } from '../actors/mention.js';
import { sameActor } from './arguments.js';
import type { MatchScope } from './match-pattern.js';

/** Reactions to an earlier event: statements, appeals, demands, criticism, rejection, protest, reduced relations. */
export const ANAPHOR_ROOTS = new Set(['01', '02', '10', '11', '12', '14', '16']);

/** Nouns that name an event just reported ("condemned the launch", "severed relations over the move"). */
const EVENT_NOUNS = new Set([
  'launch', 'launches', 'test', 'tests', 'attack', 'attacks', 'strike', 'strikes', 'move', 'moves', 'decision', 'step', 'coup',
  'arrest', 'arrests', 'detention', 'invasion', 'incursion', 'offensive', 'bombing', 'shelling', 'killing', 'killings', 'execution',
  'sanctions', 'measures', 'ban', 'deal', 'agreement', 'pact', 'plan', 'announcement', 'visit', 'raid', 'raids', 'crackdown',
  'seizure', 'annexation', 'recognition', 'expulsion', 'warrant', 'verdict', 'sentence', 'ruling', 'provocation', 'violation',
]);

const HOSTILE_REACTIONS = new Set(['10', '11', '12', '14', '16']);
const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON']);

/**
 * When a reaction has no actor target but its object (or an "over/about/against" phrase) is an
 * event noun, the target is the source of the latest earlier event by someone else.
 */
export function eventAnaphor(ctx: CoderContext, scope: MatchScope, after: number, sources: readonly ActorMention[], root: string): ActorMention | null {
  const { tokens } = scope;
  let noun = false;
  for (let i = after; i < Math.min(scope.to, after + 8); i++) {
    const t = tokens[i]!;
    if (EVENT_NOUNS.has(t.key) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      noun = true;
      break;
    }
    if (!NP_WORDS.has(t.pos) && !['over', 'about', 'against', 'on', 'to', 'for'].includes(t.key)) break;
  }
  if (!noun) return null;
  const here = tokens[after - 1]?.sentence ?? 0;
  // Condemning, rejecting or protesting answers a hostile act: prefer the latest conflictual event.
  const hostile = HOSTILE_REACTIONS.has(root);
  for (const pass of hostile ? [true, false] : [false]) {
    for (let k = ctx.events.length - 1; k >= 0; k--) {
      const e = ctx.events[k]!;
      if (e.evidence.sentenceIndex < here - 3) break;
      if (pass && e.cameo.quadClass < 3) continue;
      const src = e.source;
      if (!src || sources.some((s) => s.code === src.code || (s.country && s.country === src.country))) continue;
      const m = ctx.mentions.find((x) => x.start === src.start && x.end === src.end);
      if (m) return m;
    }
  }
  return null;
}

export { sameActor };
