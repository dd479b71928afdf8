import type { Span } from './span.js';

export interface Speaker {
  name: string;
  entityId?: string;
  start?: number;
  end?: number;
  code?: string | null;
  country?: string | null;
}

export interface Quote extends Span {
  text: string;
  /** The resolved person or organisation, or null when nobody is named. */
  speaker: Speaker | null;
  /** The reporting verb ("said", "added", "according to"). */
  cue?: Span & { text: string };
  /** direct: inside quotation marks; indirect: "X said that ...". */
  kind: 'direct' | 'indirect';
  ruleIds: string[];
}
