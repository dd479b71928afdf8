import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the coref stage lands. */
export const corefStage: Stage = { name: 'coref', run() {} };
