/**
 * @module
 * The event store contract. Every implementation (sqlite/, postgres/) passes the one conformance
 * suite in test/stores/conformance.ts. Methods are async so a networked database fits the same shape.
 *
 * Writes go through `putArticle` only: one article and everything coded from it, committed in one
 * transaction, idempotent (an article already stored under the same canonical URL or content is
 * reported as a duplicate and nothing is added). De-duplication and event merging rules are the
 * shared functions of src/dedup and `prepareArticle` (./prepare.ts), so every store agrees.
 *
 * @example
 * const store = await openStore('./data/dyad.db');
 * const r = await store.putArticle({ text, coded: coder.code({ text, published }), url });
 * const page = await store.events({ dyad: parseDyad('RUS:PRK'), from: '2022-01-01' });
 * await store.close();
 */
import type { ArticleKey, ArticleRef, ArticleToStore, PutResult, StoredArticle } from './types/article.js';
import type { EventPage, EventQuery, Network, NetworkQuery, PlaceCount, PlaceQuery, SeriesPoint, SeriesQuery, StoreStats } from './types/query.js';

export type * from './types/article.js';
export type * from './types/event.js';
export type * from './types/query.js';

export interface EventStore {
  /** `sqlite`, `postgres`, … */
  readonly kind: string;
  /** Where the data lives, for messages (a path, a URL without its password). */
  readonly location: string;

  /** Creates or upgrades the schema; stores run it on open. Returns the versions before and after. */
  migrate(): Promise<{ from: number; to: number }>;
  close(): Promise<void>;

  /** The stored article with this canonical URL or content, if any. Cheap: call it before coding. */
  findArticle(key: ArticleKey): Promise<ArticleRef | null>;
  /** Stores one article and everything coded from it in one transaction. */
  putArticle(article: ArticleToStore): Promise<PutResult>;

  events(query?: EventQuery): Promise<EventPage>;
  dyadSeries(query: SeriesQuery): Promise<SeriesPoint[]>;
  network(query?: NetworkQuery): Promise<Network>;
  article(id: number): Promise<StoredArticle | null>;
  places(query?: PlaceQuery): Promise<PlaceCount[]>;
  stats(): Promise<StoreStats>;
}

/** A store error: bad query parameters (`code: 'bad-query'`), a database newer than this code, a closed store. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    readonly code: 'bad-query' | 'schema-too-new' | 'closed' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}
