import type { ActorRef } from './actor.js';
import type { Basis, Span } from './span.js';
import type { DatePrecision } from './time.js';
import type { Place } from './place.js';

export type QuadClass = 1 | 2 | 3 | 4;

export interface CameoCoding {
  /** Two to four digit CAMEO event code, e.g. "173". */
  code: string;
  /** First two digits. */
  root: string;
  name: string;
  quadClass: QuadClass;
  goldstein: number;
}

export interface PloverCoding {
  type: string;
  mode?: string;
  context?: string;
}

/**
 * How the text presents the event. `asserted` events happened (or are reported as having happened);
 * `intent` and `threat` are coded as what they are (CAMEO 03x / 13x), not as the act itself.
 */
export interface Modality {
  /** `demand`: "Y must release Z", said X — coded as X demanding it of Y (CAMEO 10x).
   *  `appeal`: "X wants Y to release Z" — X appealing to Y (CAMEO 02x). */
  mood: 'asserted' | 'intent' | 'threat' | 'hypothetical' | 'demand' | 'appeal';
  negated: boolean;
  /** Who the text attributes the claim to ("KCNA", "the National Guard"), when it is reported speech. */
  reportedBy: string | null;
  /** The words that set the mood or negation ("vowed to", "did not"). */
  cue?: string;
}

export interface Evidence extends Span {
  sentenceIndex: number;
  /** The whole sentence. */
  text: string;
  /** The words that triggered the event pattern. */
  trigger: Span & { text: string };
}

export interface CodedEvent {
  id: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null only when neither the text nor the caller gave any date. */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateBasis: Basis;
  source: ActorRef | null;
  target: ActorRef | null;
  cameo: CameoCoding;
  plover: PloverCoding;
  location: (Place & { basis: Basis }) | null;
  evidence: Evidence;
  modality: Modality;
  confidence: number;
  /** Ids of the verb pattern, actor entries, date rule and modality rules that produced this event. */
  ruleIds: string[];
}

/** An event pattern that matched but is not coded as having happened, with the reason. */
export interface SuppressedEvent extends Omit<CodedEvent, 'id'> {
  /** `discarded`: its text matched a discard dictionary phrase (sports, weather). */
  /** `one-sided`: a statement with no counterpart ("X said"). `embedded`: a gerund inside a noun or an accusation ("a ban on supplying weapons", "accused of helping"). */
  reason: 'negated' | 'hypothetical' | 'historical' | 'no-actor' | 'discarded' | 'embedded' | 'one-sided';
}
