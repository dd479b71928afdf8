import type { Stage } from '../../pipeline/stage.js';

/** Placeholder until the events stage lands. */
export const eventsStage: Stage = { name: 'events', run() {} };
