import type { Place } from '../../model/place.js';
import type { Token } from '../../model/sentence.js';
import { firstSpanFrom } from '../../text/search.js';
import { REPORTING_LEMMAS } from './reporting.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'on', 'into', 'over']);

/**
 * Where an event happened: the place its sentence names after a locative preposition ("in the
 * Zaporizhzhia and Kherson regions"), nearest to the trigger. A place that is one of the
 * sentence's actors is not a location. Else a place that is the object of the verb (`verb`, the
 * pattern's first word when the trigger comes later). None when no such place is named.
 */
export function eventLocation(places: readonly Place[], tokens: readonly Token[], sentence: { start: number; end: number }, trigger: Token, actorSpans: readonly { start: number; end: number }[], verb: Token = trigger): { place: Place; rule: string } | null {
  const inSentence = places.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  if (!inSentence.length) return null;
  // A place named as an actor ("Russia's National Guard", "relations with Pyongyang") is not where it happened.
  // (A country named after "in" is a place even though it is also an actor mention: "in northern Mali".)
  // ("fired on Togolese protesters": a nationality word modifying an actor's noun is the actor, not where.)
  const modifiesActor = (p: Place) => p.text !== p.name && actorSpans.some((a) => a.start <= p.start && p.end < a.end);
  const free = inSentence.filter((p) => !modifiesActor(p) && (isLocative(tokens, p) || !actorSpans.some((a) => p.start < a.end && a.start < p.end)));
  // ("the crackdown on protesters, EU ministers announced in Brussels": where it was said is not where it happened.)
  const locative = free.filter((p) => isLocative(tokens, p) && !reportedBetween(tokens, trigger, p));
  const dist = (p: Place) => Math.abs(p.start - trigger.start);
  if (locative.length) return { place: [...locative].sort((a, b) => dist(a) - dist(b))[0]!, rule: 'loc.event.locative-pp' };
  // "shelled the southern Ukrainian city of Kherson": a place the verb acts on is where it happened.
  const object = free.find((p) => inObject(tokens, verb, p));
  return object ? { place: object, rule: 'loc.event.object-place' } : null;
}

/** A verb of saying between the trigger and a place after it: the place belongs to the report. */
function reportedBetween(tokens: readonly Token[], trigger: Token, p: Place): boolean {
  if (p.start < trigger.end) return false;
  const a = firstSpanFrom(tokens, trigger.end);
  const b = firstSpanFrom(tokens, p.start);
  for (let i = a; i < b; i++) if (tokens[i]!.pos === 'VERB' && REPORTING_LEMMAS.has(tokens[i]!.lemma)) return true;
  return false;
}

const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The place is the head of the noun phrase right after the verb ("the port city of Odesa"). */
function inObject(tokens: readonly Token[], verb: Token, p: Place): boolean {
  const t0 = firstSpanFrom(tokens, verb.start);
  const first = firstSpanFrom(tokens, p.start);
  if (first <= t0 || first - t0 > 8) return false;
  for (let i = t0 + 1; i < first; i++) {
    const t = tokens[i]!;
    if (!OBJECT_POS.has(t.pos) && t.key !== 'of' && t.key !== '-') return false;
  }
  // The place word itself must end the phrase, not modify a noun after it ("the Kherson power plant").
  const after = tokens[firstSpanFrom(tokens, p.end)];
  return !after || !(after.pos === 'NOUN' || after.pos === 'PROPN');
}

/**
 * A locative preposition within a few words before the place ("in the Zaporizhzhia and Kherson
 * regions", "outside of the Iraqi city of Basra").
 */
function isLocative(tokens: readonly Token[], p: Place): boolean {
  let i = firstSpanFrom(tokens, p.start);
  for (let k = 0; k < 7 && i > 0; k++) {
    i--;
    const t = tokens[i]!;
    if (LOCATIVE.has(t.key)) return true;
    if (t.pos === 'VERB' || t.key === ',' || t.key === '.') return false;
  }
  return false;
}

