import type { EventRecord } from '../stores/index.js';

/** One event per line with every mention and its evidence, as the store returns it (see EventRecord). */
export function jsonlRow(e: EventRecord): string {
  return `${JSON.stringify(e)}\n`;
}
