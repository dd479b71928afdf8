import type { Entity } from '../../model/actor.js';
import type { Speaker } from '../../model/quote.js';
import type { CoderContext } from '../../pipeline/context.js';
import type { ActorMention } from '../actors/mention.js';
import type { TokenRange } from './noun-phrase.js';
import { firstIndex } from '../../text/search.js';

const PERSONAL = new Set(['he', 'she', 'him', 'her']);
const LEADING = /^(?:the|a|an)\s+/i;

export interface ResolvedSpeaker {
  speaker: Speaker;
  ruleIds: string[];
  /** True when the speaker is only a pronoun we could not resolve. */
  unresolvedPronoun: boolean;
  /** A person named in the text (not a pronoun), usable as the antecedent of a later "he said". */
  named: boolean;
}

/**
 * Turns the words that name a speaker into a Speaker: the entity of an actor mention inside the
 * phrase when there is one (coreference has already resolved pronouns and titles), otherwise the
 * phrase itself ("a senior official"). `lastNamed` is the previous named speaker, the fallback for
 * "he"/"she" when coreference gave nothing.
 */
export function resolveSpeaker(ctx: CoderContext, range: TokenRange, lastNamed: Speaker | null, nameRange: TokenRange = range): ResolvedSpeaker {
  const first = ctx.tokens[range.from]!;
  const last = ctx.tokens[range.to - 1]!;
  const span = { start: first.start, end: last.end };
  const head = headOf(ctx, nameRange);
  const found = bestMention(ctx.mentions, nameRange, head);
  // A pronoun coreference could not resolve is no better than no mention: try the last speaker.
  const mention = found && !(found.type === 'pronoun' && !found.entityId) ? found : null;
  if (mention) {
    const entity = mention.entityId ? entityById(ctx).get(mention.entityId) : undefined;
    const speaker: Speaker = {
      name: speakerName(ctx, nameRange, entity?.name ?? mention.name),
      ...span,
      code: entity?.code ?? mention.code ?? null,
      country: entity?.country ?? mention.country ?? null,
    };
    if (entity) speaker.entityId = entity.id;
    const pronoun = mention.type === 'pronoun';
    return { speaker, ruleIds: ['quote.speaker.mention', ...mention.ruleIds], unresolvedPronoun: false, named: !pronoun && (mention.person || mention.type === 'person') };
  }
  const single = range.to - range.from === 1 && first.pos === 'PRON';
  if (single && PERSONAL.has(first.key) && lastNamed) {
    return { speaker: { ...lastNamed, ...span }, ruleIds: ['quote.speaker.previous'], unresolvedPronoun: false, named: false };
  }
  const name = phraseText(ctx, nameRange);
  const named = !single && ctx.tokens.slice(nameRange.from, nameRange.to).some((t) => t.pos === 'PROPN');
  const speaker: Speaker = { name, ...span };
  // "the President of Russia" without an entity: the country it names still says whose official.
  const country = bestMention(ctx.mentions, nameRange, null)?.country;
  if (country) speaker.country = country;
  return { speaker, ruleIds: ['quote.speaker.phrase'], unresolvedPronoun: single, named };
}

// Mentions are sorted and do not overlap, so their ends are sorted too: binary search keeps
// speaker lookup linear in the article, however many quotations it has.
function firstEndingAfter(mentions: readonly ActorMention[], token: number): number {
  return firstIndex(mentions.length, (k) => mentions[k]!.tokenEnd > token);
}

const ENTITY_MAPS = new WeakMap<readonly Entity[], Map<string, Entity>>();

function entityById(ctx: CoderContext): Map<string, Entity> {
  let map = ENTITY_MAPS.get(ctx.entities);
  if (!map) ENTITY_MAPS.set(ctx.entities, (map = new Map(ctx.entities.map((e) => [e.id, e]))));
  return map;
}

const HEAD_ENDS = new Set(['of', 'for', 'at', 'in', 'from', 'with']);

/** The head word of a phrase: the last word, or the word before "of" ("the President of Russia", "a spokesman for the ministry"). */
function headOf(ctx: CoderContext, r: TokenRange): number {
  for (let i = r.from + 1; i < r.to; i++) if (HEAD_ENDS.has(ctx.tokens[i]!.key)) return i - 1;
  return r.to - 1;
}

/**
 * The entity's name, unless it is only a word of the speaker's own phrase ("spokesman" for "a
 * spokesman for the ministry"): then the phrase says more.
 */
function speakerName(ctx: CoderContext, r: TokenRange, known: string | undefined): string {
  const phrase = phraseText(ctx, r);
  if (!known) return phrase;
  return phrase.toLowerCase().includes(known.toLowerCase()) && phrase.length > known.length && /\s/.test(phrase) && r.to - r.from > 1 && !ctx.tokens.slice(r.from, r.to).every((t) => t.pos === 'PROPN' || t.pos === 'DET') ? phrase : known;
}

/** The words of a range, without a leading article for a name ("the ministry" stays readable). */
function phraseText(ctx: CoderContext, r: TokenRange): string {
  const text = ctx.text.slice(ctx.tokens[r.from]!.start, ctx.tokens[r.to - 1]!.end).replace(/\s+/g, ' ');
  const propn = ctx.tokens.slice(r.from, r.to).every((t) => t.pos === 'PROPN' || t.pos === 'DET' || t.key === "'s");
  return propn ? text.replace(LEADING, '') : text;
}

/**
 * The mention covering most of the range and, when `head` is given, its head word (so "Russia" in
 * "the President of Russia" is not the speaker); on a tie the later one.
 */
function bestMention(mentions: readonly ActorMention[], r: TokenRange, head: number | null): ActorMention | null {
  let best: ActorMention | null = null;
  let bestOverlap = 0;
  for (let k = firstEndingAfter(mentions, r.from); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.tokenStart >= r.to) break;
    if (head !== null && (m.tokenStart > head || m.tokenEnd <= head)) continue;
    const overlap = Math.min(m.tokenEnd, r.to) - Math.max(m.tokenStart, r.from);
    if (overlap > 0 && overlap >= bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}
