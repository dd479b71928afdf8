import type { Entity } from './actor.js';
import type { Count } from './count.js';
import type { CodedEvent, SuppressedEvent } from './event.js';
import type { Place } from './place.js';
import type { Quote } from './quote.js';
import type { DateExpression } from './time.js';

/** What the caller knows about the article; everything except `text` is optional. */
export interface ArticleInput {
  id?: string;
  text: string;
  title?: string;
  /** Publication date, YYYY-MM-DD (a full ISO timestamp is accepted and cut to the day). */
  published?: string;
  url?: string;
  [meta: string]: unknown;
}

export interface ArticleMeta {
  title: string | null;
  published: string | null;
  /** `stated` when the caller gave the publication date, `inferred` when it came from a default. */
  publishedBasis: 'stated' | 'inferred' | null;
  [meta: string]: unknown;
}

export interface Tone {
  /** -100..100, GDELT-like: positive minus negative words per 100 words. */
  score: number;
  positive: number;
  negative: number;
  words: number;
}

export interface CodedArticle {
  id: string;
  article: ArticleMeta;
  /** Length of the coded text, so consumers can check offsets against it. */
  textLength: number;
  events: CodedEvent[];
  suppressedEvents: SuppressedEvent[];
  entities: Entity[];
  places: Place[];
  dates: DateExpression[];
  quotes: Quote[];
  counts: Count[];
  tone: Tone;
  sentences: { index: number; start: number; end: number }[];
  /** Problems that did not stop coding (input cleaned, text truncated, ...). */
  warnings: string[];
  coder: { version: string; dictionaries: string[] };
}
