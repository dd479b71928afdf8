import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the actors stage lands. */
export const actorsStage: Stage = { name: 'actors', run() {} };
