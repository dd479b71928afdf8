import type { ArticleInput, Tone } from '../model/article.js';
import type { Entity } from '../model/actor.js';
import type { Count } from '../model/count.js';
import type { CodedEvent, SuppressedEvent } from '../model/event.js';
import type { Place } from '../model/place.js';
import type { Quote } from '../model/quote.js';
import type { Sentence, Token } from '../model/sentence.js';
import type { DateExpression } from '../model/time.js';
import type { ActorMention } from '../stages/actors/mention.js';
import type { Resources } from './resources.js';

/** A calendar day, the reference point for relative dates. Months are 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/**
 * Everything the stages share while coding one article. Stages read what earlier stages wrote
 * and add their own results; nothing here does I/O.
 */
export interface CoderContext {
  readonly text: string;
  readonly input: ArticleInput;
  /** The publication date; relative dates resolve against it. Null when unknown. */
  readonly refDate: Day | null;
  readonly resources: Resources;
  tokens: Token[];
  sentences: Sentence[];
  /** Actor mentions, sorted by start offset, non-overlapping. */
  mentions: ActorMention[];
  entities: Entity[];
  dates: DateExpression[];
  places: Place[];
  /** Countries named by their adjective ("Russian troops"): places of the text, never an event's location. */
  adjectivalPlaces: Place[];
  quotes: Quote[];
  counts: Count[];
  events: CodedEvent[];
  suppressed: SuppressedEvent[];
  tone: Tone;
  warnings: string[];
  /** Lazy debug output: the message is only built when a debug sink is installed. */
  debug(stage: string, message: () => string): void;
}
