import type { CoderContext } from './context.js';

/**
 * One step of coding. A stage reads the context that earlier stages filled and adds its own
 * results. It must not do I/O, read the clock, or throw on unusual text: no match means no result.
 */
export interface Stage {
  /** Short name used in debug output and rule ids (`dates`, `actors`, ...). */
  readonly name: string;
  run(ctx: CoderContext): void;
}
