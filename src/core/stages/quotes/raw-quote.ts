import type { Cue } from './cues.js';
import type { Subject } from './noun-phrase.js';

/** A quotation found, before its speaker is resolved. */
export interface RawQuote {
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  cue: Cue | null;
  subject: Subject | null;
  /** A quotation that carries on the one before it, with no cue of its own. */
  continues?: RawQuote;
  ruleIds: string[];
}
