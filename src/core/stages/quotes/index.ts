import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the quotes stage lands. */
export const quotesStage: Stage = { name: 'quotes', run() {} };
