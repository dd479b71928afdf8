import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { errorResponse } from './errors.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** dist/web next to the compiled server (dist/server), or the repository's dist/web when running from src. */
export function defaultWebDir(): string {
  const compiled = fileURLToPath(new URL('../web', import.meta.url));
  return existsSync(join(compiled, 'index.html')) ? compiled : fileURLToPath(new URL('../../dist/web', import.meta.url));
}

/**
 * Serves the bundled UI from one directory: `/` is index.html, other paths must be plain file names
 * under it (letters, digits, `.`, `-`, `_`, one folder level), so nothing outside can be reached.
 */
export function staticFiles(dir: string) {
  const root = resolve(dir);
  return async (c: Context): Promise<Response> => {
    const path = new URL(c.req.url).pathname;
    const name = path === '/' ? 'index.html' : path.slice(1);
    if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)?$/.test(name)) return errorResponse(c, 404, `not found: ${path}`);
    const file = resolve(root, name);
    if (!file.startsWith(root + sep)) return errorResponse(c, 404, `not found: ${path}`);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      if (name === 'index.html') return errorResponse(c, 503, `the web UI is not built (no ${file}); run npm run build`);
      return errorResponse(c, 404, `not found: ${path}`);
    }
    const ext = name.slice(name.lastIndexOf('.'));
    c.header('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(body));
  };
}
