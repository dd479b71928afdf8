/**
 * @module
 * Names and colours the UI shows for QuadClasses, CAMEO roots and PLOVER types. Facts restated in
 * our words; the full codebook stays in the core.
 */
import type { QuadClass } from '../../src/core/index.js';

export const QUAD: Record<QuadClass, { name: string; short: string }> = {
  1: { name: 'Verbal cooperation', short: 'verbal coop.' },
  2: { name: 'Material cooperation', short: 'material coop.' },
  3: { name: 'Verbal conflict', short: 'verbal conflict' },
  4: { name: 'Material conflict', short: 'material conflict' },
};

export const CAMEO_ROOTS: [string, string][] = [
  ['01', 'make public statement'],
  ['02', 'appeal'],
  ['03', 'express intent to cooperate'],
  ['04', 'consult'],
  ['05', 'engage in diplomatic cooperation'],
  ['06', 'engage in material cooperation'],
  ['07', 'provide aid'],
  ['08', 'yield'],
  ['09', 'investigate'],
  ['10', 'demand'],
  ['11', 'disapprove'],
  ['12', 'reject'],
  ['13', 'threaten'],
  ['14', 'protest'],
  ['15', 'exhibit force posture'],
  ['16', 'reduce relations'],
  ['17', 'coerce'],
  ['18', 'assault'],
  ['19', 'fight'],
  ['20', 'use unconventional mass violence'],
];

export const PLOVER_TYPES = [
  'ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'MOBILIZE',
  'PROTEST', 'REJECT', 'REQUEST', 'RETREAT', 'SANCTION', 'STATEMENT', 'SUPPORT', 'THREATEN',
];

/** The QuadClass with most events (ties go to the more conflictual class: the map should not hide fighting). */
export function dominantQuad(counts: readonly number[]): QuadClass {
  let best = 0;
  for (let i = 1; i < 4; i++) if ((counts[i] ?? 0) >= (counts[best] ?? 0)) best = i;
  return (best + 1) as QuadClass;
}
