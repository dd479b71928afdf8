import type { Gazetteer } from './gazetteer.js';
import { EMPTY_GAZETTEER } from './small-gazetteer.js';

/** Placeholder until the bundled small gazetteer lands. */
export function bundledGazetteer(): Gazetteer {
  return EMPTY_GAZETTEER;
}
