import type { CodedArticle, Count, DateExpression, Entity, Place, Quote, Tone } from '../../core/index.js';
import type { MentionRecord, EventRecord } from './event.js';

/** One article to store: the text that was coded, what is known about where it came from, and the coding. */
export interface ArticleToStore {
  /** The coded text; every offset in `coded` points into it. */
  text: string;
  coded: CodedArticle;
  /** The document URL as fetched (or the page's canonical URL); null for files and standard input. */
  url?: string | null;
  /** The source's stable reference (`dir/a.html`, `feed.xml#item-3`); kept for people, not used as a key. */
  ref?: string | null;
  /** Outlet name as the page states it (`og:site_name`); the outlet key is the URL's domain when there is one. */
  siteName?: string | null;
  byline?: string | null;
  language?: string | null;
  /** ISO 8601 time the document was obtained. */
  fetchedAt?: string | null;
}

/** How an article can be looked up before coding it, so reruns skip what is stored without coding. */
export interface ArticleKey {
  url?: string | null;
  /** The text, or its `contentHash` (src/dedup). */
  text?: string;
  contentHash?: string;
}

export type PutResult =
  /** New article, stored with everything coded from it. */
  | { status: 'stored'; id: number; events: number; mentions: number }
  /** New article that is a near-duplicate of `copyOf`: stored and marked as a copy; its mentions count, its outlet does not. */
  | { status: 'copy'; id: number; copyOf: number; similarity: number; events: number; mentions: number }
  /** Already stored (same canonical URL or same content): nothing was added. `id` is the stored article. */
  | { status: 'duplicate'; id: number; reason: 'url' | 'content' };

/** A short reference to a stored article. */
export interface ArticleRef {
  id: number;
  url: string | null;
  title: string | null;
  published: string | null;
}

/** An article with everything coded from it, as `EventStore.article(id)` returns it. */
export interface StoredArticle extends ArticleRef {
  canonicalUrl: string | null;
  ref: string | null;
  /** Outlet: domain (or site name when there is no URL) and display name. */
  outlet: { key: string; name: string | null } | null;
  byline: string | null;
  language: string | null;
  publishedBasis: 'stated' | 'inferred' | null;
  fetchedAt: string | null;
  /** The id the coder gave the article (the source's id, or a hash of the text). */
  codedId: string;
  text: string;
  tone: Tone;
  /** Set when this article is a near-duplicate of an earlier one. */
  copyOf: (ArticleRef & { similarity: number }) | null;
  /** Articles stored as copies of this one. */
  copies: ArticleRef[];
  sentences: { index: number; start: number; end: number }[];
  entities: Entity[];
  places: Place[];
  dates: DateExpression[];
  quotes: Quote[];
  counts: Count[];
  /** The events this article mentions, each with this article's mentions (offsets into `text`). */
  events: (EventRecord & { mentions: MentionRecord[] })[];
  warnings: string[];
  coder: { version: string; dictionaries: string[] };
}
