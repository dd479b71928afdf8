import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createCoder } from '../../src/core/index.js';
import { loadGazetteer } from '../../src/node/gazetteer.js';
import { type Expectation, judge, type Verdict } from './expectations.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ids = readdirSync(join(root, 'examples/expected')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const gazetteer = await loadGazetteer('full');
const coder = createCoder(gazetteer ? { gazetteer } : {});
const shoulds: Verdict[] = [];

// The bundled example articles are golden cases: every 'must' holds. 'should' items are counted
// and printed, not asserted, so the file shows how far the coder is from a careful human coder.
describe('golden example articles', () => {
  for (const id of ids) {
    it(id, () => {
      const article = JSON.parse(readFileSync(join(root, 'examples/articles', `${id}.json`), 'utf8'));
      const exp: Expectation = JSON.parse(readFileSync(join(root, 'examples/expected', `${id}.json`), 'utf8'));
      const verdicts = judge(coder.code(article), exp);
      shoulds.push(...verdicts.filter((v) => v.level === 'should'));
      const failedMusts = verdicts.filter((v) => v.level === 'must' && !v.ok).map((v) => v.id);
      expect(failedMusts).toEqual([]);
    });
  }
  afterAll(() => {
    const ok = shoulds.filter((v) => v.ok).length;
    console.log(`golden examples: ${ok} of ${shoulds.length} 'should' items hold; missing: ${shoulds.filter((v) => !v.ok).map((v) => v.id).join(', ')}`);
  });
});
