import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the places stage lands. */
export const placesStage: Stage = { name: 'places', run() {} };
