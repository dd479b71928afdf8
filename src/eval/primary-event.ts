import type { CodedArticle, CodedEvent } from '../core/index.js';

/**
 * The one event we stand behind for a one-sentence item: the most confident, and on a tie the
 * one whose trigger comes first (the main clause usually precedes reported or subordinate ones).
 * Scoring only this event keeps the figures honest: scoring the best of several guesses against
 * the gold would reward coding many events per sentence.
 */
export function primaryEvent(article: CodedArticle): CodedEvent | null {
  let best: CodedEvent | null = null;
  for (const e of article.events) {
    if (!best || e.confidence > best.confidence || (e.confidence === best.confidence && e.evidence.trigger.start < best.evidence.trigger.start)) best = e;
  }
  return best;
}

/** A short human-readable form of an event for `--errors`: "ISRGOV -173-> PSE (detain)". */
export function describeEvent(e: CodedEvent | null): string {
  if (!e) return '(no event)';
  return `${e.source?.code ?? '-'} -${e.cameo.code}/${e.plover.type}-> ${e.target?.code ?? '-'} [${e.evidence.trigger.text}]`;
}

/** The rule ids behind an event and its actors, for `--errors`. */
export function ruleIdsOf(e: CodedEvent | null): string[] {
  if (!e) return [];
  return [...new Set([...e.ruleIds, ...(e.source?.ruleIds ?? []), ...(e.target?.ruleIds ?? [])])];
}
