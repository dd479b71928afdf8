// Bundles the browser UI (web/) into dist/web with esbuild: the app, a lazily loaded chunk with the
// pure core (src/core) for the in-browser coder, the stylesheet, and the world map from world-atlas.
// Bundling for platform 'browser' fails on any node: or Node built-in import, which proves the core
// (and the UI) do no I/O of their own. Called by scripts/build.mjs; `node scripts/build-web.mjs
// [--outdir DIR] [--no-check]` runs it alone.
import { execFileSync } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const NODE_ONLY = new RegExp(`^(node:|(${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})(\\/|$))`);

/** Refuses Node built-ins with the importing file named, instead of esbuild's generic message. */
export const browserOnly = {
  name: 'browser-only',
  setup(build) {
    build.onResolve({ filter: NODE_ONLY }, (args) => ({
      errors: [{ text: `'${args.path}' is a Node built-in, imported by ${args.importer.replace(root, '')}; the core and the UI must run in a browser` }],
    }));
  },
};

export async function buildWeb({ outdir = join(root, 'dist/web'), check = true } = {}) {
  if (check) {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'web/tsconfig.json')], { stdio: 'inherit' });
  }
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { app: join(root, 'web/src/main.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [browserOnly],
  });
  copyFileSync(join(root, 'web/index.html'), join(outdir, 'index.html'));
  copyFileSync(join(root, 'web/styles.css'), join(outdir, 'app.css'));
  copyFileSync(join(root, 'web/favicon.svg'), join(outdir, 'favicon.svg'));
  copyFileSync(require.resolve('world-atlas/countries-110m.json'), join(outdir, 'world.json'));
  const sizes = Object.entries(result.metafile.outputs)
    .filter(([f]) => f.endsWith('.js'))
    .map(([f, o]) => `${f.slice(f.lastIndexOf('/') + 1)} ${(o.bytes / 1024).toFixed(0)} kB`);
  return { outdir, sizes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outdir');
  const r = await buildWeb({ ...(at >= 0 ? { outdir: resolve(args[at + 1]) } : {}), check: !args.includes('--no-check') });
  console.error(`build-web: ${r.outdir}: ${r.sizes.join(', ')}`);
}
