import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodedEvent } from '../../core/index.js';
import { codeItem } from '../code-item.js';
import type { EvalMiss, EvalResult, EvalSet } from '../eval-set.js';
import { describeEvent, ruleIdsOf } from '../primary-event.js';
import { type CameoExample, readCameoExamples } from './cameo-manual-reader.js';

const FILE = 'cameo-manual-examples/cameo-codes.csv';
const NAME = 'cameo-manual';

/** The CAMEO codebook's example sentences: our primary event's code against the example's code. */
export const cameoManual: EvalSet = {
  name: NAME,
  requires: [FILE],
  run(ctx) {
    return scoreCameoExamples(readCameoExamples(readFileSync(join(ctx.evalDir, FILE))), (text) => codeItem(ctx.coder, text).primary, ctx.wantMisses);
  },
};

export function scoreCameoExamples(examples: CameoExample[], code: (text: string) => CodedEvent | null, wantMisses = true): EvalResult {
  let exact = 0;
  let root = 0;
  let none = 0;
  const misses: EvalMiss[] = [];
  for (const [i, ex] of examples.entries()) {
    const e = code(ex.text);
    if (!e) none++;
    const exactHit = e?.cameo.code === ex.code;
    const rootHit = e?.cameo.root === ex.root;
    if (exactHit) exact++;
    if (rootHit) root++;
    if (wantMisses && !exactHit) {
      misses.push({ set: NAME, id: `${ex.code}#${i + 1}`, text: ex.text, gold: `${ex.code} ${ex.name}`, ours: describeEvent(e), ruleIds: ruleIdsOf(e), severity: rootHit ? 1 : 2 });
    }
  }
  const n = examples.length;
  const note = `${none} examples with no event of ours`;
  return {
    rows: [
      { set: NAME, metric: 'exact code', items: n, accuracy: n ? exact / n : undefined, note },
      { set: NAME, metric: 'root code', items: n, accuracy: n ? root / n : undefined },
    ],
    misses,
  };
}
