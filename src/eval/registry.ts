import type { EvalSet } from './eval-set.js';
import { cameoManual } from './sets/cameo-manual.js';
import { geoVirus, lgl } from './sets/geoparsing.js';
import { conflibertClass, conflibertSpans } from './sets/conflibert.js';
import { petrarchGsr } from './sets/petrarch-gsr.js';
import { petrarchUnittest } from './sets/petrarch-unittest.js';
import { heldOut2, ownNews } from './sets/own-news.js';
import { ploverGsr } from './sets/plover-gsr.js';
import { polnear } from './sets/polnear.js';
import { timemlTbaq } from './sets/timeml.js';

/**
 * Every evaluation `dyad eval` knows, in the order the table prints them. Each set lives in its
 * own module under src/eval/sets/ and is skipped when its files are missing.
 */
export const EVAL_SETS: EvalSet[] = [
  ploverGsr,
  cameoManual,
  conflibertClass,
  conflibertSpans,
  petrarchUnittest,
  petrarchGsr,
  lgl,
  geoVirus,
  timemlTbaq,
  polnear,
  ownNews,
  heldOut2,
];
