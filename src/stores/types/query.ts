import type { QuadClass } from '../../core/index.js';
import type { EventRecord } from './event.js';

/**
 * An actor filter. Three letters match a party by prefix: a country (RUS matches RUSGOV, RUSMIL, …)
 * or a non-state prefix (IGO matches IGOUNO, IGOEUR); longer values match actor codes by prefix
 * (RUSGOV matches RUSGOV and RUSGOVMIL; IGOUNO matches IGOUNO).
 */
export type ActorFilter = string;

/** Two actors; undirected (either may be source) unless `directed`. Parse `RUS:PRK` / `RUS>PRK` with parseDyad. */
export interface Dyad {
  a: ActorFilter;
  b: ActorFilter;
  directed?: boolean;
}

export interface EventQuery {
  /** Either side of the event. */
  actor?: ActorFilter;
  dyad?: Dyad;
  /** CAMEO code prefix: '19' (root), '190', '1903'. */
  cameo?: string;
  quadClass?: QuadClass[];
  /** PLOVER event type, e.g. 'ASSAULT'. */
  plover?: string;
  /** Inclusive YYYY-MM-DD bounds on the event day. */
  from?: string;
  to?: string;
  /** Event location: a place name (case-insensitive) or a GeoNames id. */
  place?: string;
  /** Event location country, ISO 3166-1 alpha-3. */
  placeCountry?: string;
  /** Full-text search over the evidence sentences (default) or the whole mentioning articles. */
  q?: string;
  qIn?: 'evidence' | 'article';
  /** `date` (event day), `salience` (number of mentions) or `id` (storage order, for exports). Default date. */
  sort?: 'date' | 'salience' | 'id';
  /** Default `desc` for date and salience, `asc` for id. */
  order?: 'asc' | 'desc';
  /** Page size, default 50, at most 1000. */
  limit?: number;
  /** The `nextCursor` of the previous page, with the same filters and sort. */
  cursor?: string;
  /** Include every mention of each event (`EventRecord.mentions`). */
  withMentions?: boolean;
}

export interface EventPage {
  events: EventRecord[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export type Interval = 'day' | 'week' | 'month';

export interface SeriesQuery {
  a: ActorFilter;
  b: ActorFilter;
  interval: Interval;
  from?: string;
  to?: string;
}

/** What one direction (or both together) of a dyad did in one interval. */
export interface DyadStats {
  events: number;
  /** Sum of NumMentions and NumArticles over the events. */
  mentions: number;
  articles: number;
  /** Events per QuadClass: [verbal cooperation, material cooperation, verbal conflict, material conflict]. */
  quadClass: [number, number, number, number];
  goldsteinSum: number;
  /** Mean Goldstein score per event; 0 when there is none. */
  goldsteinMean: number;
  /** `articles` divided by the articles stored for the interval (GDELT's advice: normalise by volume); 0 when there were none. */
  articleShare: number;
}

export interface SeriesPoint {
  /** First day of the interval (weeks start on Monday), YYYY-MM-DD. */
  period: string;
  aToB: DyadStats;
  bToA: DyadStats;
  total: DyadStats;
  /** Articles stored with a publication day in the interval, all topics: the normalising volume. */
  volume: number;
}

export interface NetworkQuery {
  from?: string;
  to?: string;
  /** Edges with fewer events are left out (default 1). */
  minEvents?: number;
  quadClass?: QuadClass[];
  cameo?: string;
  /** Most events first; default 500, at most 5000. */
  limit?: number;
}

export interface NetworkNode {
  id: string;
  /** Events the actor takes part in, within the edges returned. */
  events: number;
}

/** A directed dyad: weight is the number of events, sign follows the mean Goldstein score. */
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  mentions: number;
  quadClass: [number, number, number, number];
  goldsteinMean: number;
  sign: -1 | 0 | 1;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface PlaceQuery {
  from?: string;
  to?: string;
  actor?: ActorFilter;
  dyad?: Dyad;
  quadClass?: QuadClass[];
  cameo?: string;
  /** Most events first; default 1000, at most 10000. */
  limit?: number;
}

export interface PlaceCount {
  /** The location key the store groups by. */
  key: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  geonameId: number | null;
  featureCode: string | null;
  events: number;
  mentions: number;
  quadClass: [number, number, number, number];
  goldsteinMean: number;
}

export interface StoreStats {
  schemaVersion: number;
  articles: number;
  /** Articles stored as near-duplicates of another. */
  copies: number;
  outlets: number;
  events: number;
  mentions: number;
  /** Range of event days. */
  firstDay: string | null;
  lastDay: string | null;
  /** Range of article publication days. */
  firstPublished: string | null;
  lastPublished: string | null;
  /** Undirected party pairs with the most events (a < b). */
  topDyads: { a: string; b: string; events: number; mentions: number }[];
}
