import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const acceptance = join(root, '../shared/acceptance');
const present = existsSync(join(acceptance, 'check-coded.mjs'));

// The project's founding acceptance check: the seed article through the real CLI, scored by the
// shared checker. Runs only where ../shared exists (it is not part of this repository).
describe.skipIf(!present)('seed article acceptance (../shared/acceptance)', () => {
  it('every must holds and at least 9 of 12 shoulds', () => {
    const coded = execFileSync(process.execPath, [join(root, 'bin/dyad.mjs'), 'code', join(acceptance, 'seed-article.txt'), '--published', '2022-08-16', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const check = spawnSync(process.execPath, [join(acceptance, 'check-coded.mjs'), join(acceptance, 'seed-article.expected.json')], { input: coded, encoding: 'utf8' });
    const lines = check.stdout.trim().split('\n');
    const shouldsOk = lines.filter((l) => /^ok\s+should/.test(l)).length;
    expect(check.status, check.stdout).toBe(0);
    expect(shouldsOk, check.stdout).toBeGreaterThanOrEqual(9);
  });
});

if (!present) console.log('seed article acceptance skipped: ../shared/acceptance is absent (run from a checkout beside ../shared to include it)');
