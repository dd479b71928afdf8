// The build: bundle dictionaries into the core, compile TypeScript, prove the core has no node:
// imports by type-checking it without node types and bundling it for the browser, then bundle the
// web UI. Runs on `npm install` (prepare) and before `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { genBundled } from './gen-bundled.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const step = (what, fn) => {
  const t0 = Date.now();
  fn();
  console.error(`build: ${what} (${Date.now() - t0} ms)`);
};

step('bundled dictionaries', () => genBundled());
// dist/ is not wiped first: tsc overwrites every output, and a wiped dist/ would break any
// `dyad` process running while the build does.
step('compiled TypeScript', () => {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
});
// The full gazetteer packed once, so each process reads it in ~0.1 s instead of building it in ~2 s;
// skipped when the cache's stamp (cities500 and the compiled modules that shape it) is current.
step('packed the GeoNames gazetteer', () => {
  execFileSync(process.execPath, ['--input-type=module', '-e', "import('./dist/node/gazetteer.js').then((m) => m.writeGazetteerCache())"], { cwd: root, stdio: 'inherit' });
});
step('checked the core is browser-safe', () => {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.core.json')], { stdio: 'inherit' });
});
const web = join(root, 'scripts/build-web.mjs');
if (existsSync(web)) {
  step('bundled the web UI', () => {
    mkdirSync(join(root, 'dist/web'), { recursive: true });
    execFileSync(process.execPath, [web], { stdio: 'inherit' });
  });
}
