import type { Span } from './span.js';

export interface Count extends Span {
  number: number;
  /** What is counted: "suspected Ukrainian nationalists". */
  about: string;
  aboutStart: number;
  aboutEnd: number;
  /** A coarse class when recognised: killed, injured, detained, displaced, protesters, weapons, ... */
  kind?: string;
  ruleIds: string[];
}
