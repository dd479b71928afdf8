import type { Coder, CodedArticle, CodedEvent } from '../core/index.js';
import { primaryEvent } from './primary-event.js';

export interface CodedItem {
  article: CodedArticle;
  primary: CodedEvent | null;
  /**
   * Our events on the primary event's trigger: one event with a compound actor ("Hungarian and
   * Romanian officials agreed") is coded as one event per actor, so its actors are the union.
   */
  group: CodedEvent[];
}

/** Codes one evaluation item (usually one sentence) and picks our primary event. */
export function codeItem(coder: Coder, text: string, published?: string): CodedItem {
  const article = coder.code({ text, ...(published ? { published } : {}) });
  const primary = primaryEvent(article);
  const group = primary ? article.events.filter((e) => e.evidence.trigger.start === primary.evidence.trigger.start && e.cameo.code === primary.cameo.code) : [];
  return { article, primary, group };
}

/** The country (or IGO, NGO ... prefix) of an actor, as the gold sets write it. */
export function actorCountry(a: { code: string; country: string | null } | null | undefined): string | null {
  if (!a) return null;
  return a.country ?? (a.code.slice(0, 3) || null);
}
