// The browser bundle refuses Node built-ins, which is what makes "the core bundles for the browser"
// a proof that it does no I/O. Checked here on a file that imports node:fs, and on the core itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain ES module without types
import { browserOnly } from '../../scripts/build-web.mjs';

const dir = mkdtempSync(join(tmpdir(), 'dyad-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundle = (entry: string) =>
  esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', format: 'esm', logLevel: 'silent', plugins: [browserOnly] });

describe('browser bundle', () => {
  // The imported name is used: TypeScript imports used by nothing are dropped before resolution.
  it.each([
    ["import { readFileSync } from 'node:fs';", 'readFileSync'],
    ["import { join } from 'path';", 'join'],
    ["import { createHash } from 'crypto';", 'createHash'],
  ])('refuses %s', async (line, name) => {
    const entry = join(dir, `entry-${name}.ts`);
    writeFileSync(entry, `${line}\nexport const x = ${name};\n`);
    await expect(bundle(entry)).rejects.toThrow(/Node built-in/);
  });

  it('bundles the core', async () => {
    const r = await bundle(fileURLToPath(new URL('../../src/core/index.ts', import.meta.url)));
    expect(r.errors).toEqual([]);
    expect(r.outputFiles[0]!.text).toContain('createCoder');
  });
});
