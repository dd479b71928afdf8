import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the dates stage lands. */
export const datesStage: Stage = { name: 'dates', run() {} };
