import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import { importPetrarch } from './index.js';

const DIR = join(import.meta.dirname, '../../../../../shared/eval/petrarch2-unittest');
const have = existsSync(join(DIR, 'PETR.Validate.verbs.txt'));
if (!have) console.log(`petrarch-real.test: ${DIR} is absent; skipping the real PETR.Validate dictionaries`);

describe.skipIf(!have)('the PETR.Validate dictionaries', () => {
  const names = ['actors', 'agents', 'verbs', 'discards'].map((k) => `PETR.Validate.${k}.txt`);
  // Read lazily: vitest still runs a skipped describe's body to collect its tests.
  const imported = have ? importPetrarch(names.map((n) => ({ path: n, text: readFileSync(join(DIR, n), 'utf8') }))) : (null as never);

  it('convert into files our loader accepts', () => {
    const coder = createCoder({ dictionaries: [imported.files], replaceDefaults: true });
    expect(coder.resources.actors.entries.length).toBeGreaterThan(100);
    expect(coder.resources.verbs.patterns.length).toBeGreaterThan(150);
    expect(coder.resources.agents.entries.length).toBeGreaterThan(50);
    expect(imported.discards.length).toBe(9);
    if (process.env.DYAD_SHOW_IMPORT) console.log(imported.summary, Object.entries(imported.files).map(([p, t]) => `== ${p}\n${t}`).join('\n'));
  });

  it('code the first-light sentence with the fictional actors', () => {
    const coder = createCoder({ dictionaries: [imported.files], replaceDefaults: true });
    const coded = coder.code({ text: 'Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.', published: '1995-01-01' });
    const triples = coded.events.map((e) => `${e.source?.code} ${e.target?.code} ${e.cameo.code}`);
    expect(triples).toContain('ARN GON 064');
  });
});
