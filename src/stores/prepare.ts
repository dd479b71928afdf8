import type { CodedEvent } from '../core/index.js';
import { actorParty, eventKey, fingerprint, inLead, type ArticleFingerprint, type EventKey } from '../dedup/index.js';
import type { ArticleToStore } from './types/article.js';

/** An article with everything a store needs to write it computed, the same way for every store. */
export interface PreparedArticle {
  input: ArticleToStore;
  fp: ArticleFingerprint;
  /** Publication day (YYYY-MM-DD) from the coding, else the fetch day; null when neither is known. */
  day: string | null;
  /** The outlet: key (domain, or `site:<name>` without a URL) and display name; null when unknown. */
  outlet: { key: string; name: string | null } | null;
  mentions: PreparedMention[];
}

export interface PreparedMention {
  key: EventKey;
  event: CodedEvent;
  sourceParty: string;
  targetParty: string;
  lead: boolean;
}

export function prepareArticle(input: ArticleToStore): PreparedArticle {
  const fp = fingerprint(input.text, input.url);
  const published = input.coded.article.published;
  const day = dayOf(published) ?? dayOf(input.fetchedAt);
  const site = input.siteName?.trim() || null;
  const outlet = fp.domain ? { key: fp.domain, name: site } : site ? { key: `site:${site.toLowerCase()}`, name: site } : null;
  const mentions = input.coded.events.map((event) => ({
    key: eventKey(event),
    event,
    sourceParty: actorParty(event.source),
    targetParty: actorParty(event.target),
    lead: inLead(event.evidence.sentenceIndex),
  }));
  return { input, fp, day, outlet, mentions };
}

function dayOf(s: string | null | undefined): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s ?? '');
  return m ? m[1]! : null;
}

/**
 * The independent source an article counts as for NumSources: its outlet, or the article itself when
 * the outlet is unknown. A copy counts as its original's source, so syndication adds mentions and
 * articles to an event but never an extra independent source.
 */
export function independentSourceKey(outletKey: string | null, articleId: number): string {
  return outletKey ?? `article:${articleId}`;
}
