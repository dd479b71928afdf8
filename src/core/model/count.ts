import type { Span } from './span.js';

export interface Count extends Span {
  number: number;
  /** What is counted: "suspected Ukrainian nationalists". */
  about: string;
  aboutStart: number;
  aboutEnd: number;
  /** A coarse class when recognised: killed, injured, detained, displaced, protesters, weapons, ... */
  kind?: string;
  /**
   * When the text gives a bound or an estimate rather than an exact number: "at least 30" and
   * "hundreds of" (recorded as 200) are `at-least`, "nearly 50" is `at-most`, "some 30" is `about`.
   */
  qualifier?: 'at-least' | 'at-most' | 'about';
  ruleIds: string[];
}
