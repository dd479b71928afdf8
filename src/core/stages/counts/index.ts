import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the counts stage lands. */
export const countsStage: Stage = { name: 'counts', run() {} };
