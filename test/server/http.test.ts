// What every response carries (CSP and friends), the DNS-rebinding guard, static files without path
// traversal, JSON errors for unknown routes, and a real socket bound to loopback by default.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp, CONTENT_SECURITY_POLICY, startServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/stores/sqlite/index.js';
import type { EventStore } from '../../src/stores/index.js';

const noCoder = async () => {
  throw new Error('these tests do not code');
};
let dir: string;
let store: EventStore;
let app: Hono;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'chunks'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(web, 'app.js'), 'console.log(1)');
  writeFileSync(join(web, 'chunks', 'core-X.js'), 'export {}');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  store = await openSqliteStore(':memory:');
  app = createApp({ store, coder: noCoder, webDir: web, log: () => {} });
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('headers', () => {
  it('sends a CSP that allows only our own scripts (no inline script, no eval) on pages and API answers', async () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    for (const path of ['/', '/app.js', '/api/stats', '/api/nope']) {
      const res = await app.request(path);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves the UI files with their types', async () => {
    const page = await app.request('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await app.request('/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await app.request('/chunks/core-X.js')).status).toBe(200);
  });
});

describe('refusals', () => {
  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/chunks/../../secret.txt', '/..%2fsecret.txt', '/.hidden', '/a/b/c.js', '/nothing.js'])(
    'does not serve %s',
    async (path) => {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('not for the web');
    },
  );

  it('answers unknown API routes and wrong methods with JSON errors', async () => {
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ status: 404, message: 'no route GET /api/nope; see docs/api.md' });
    const post = await app.request('/api/events', { method: 'POST' });
    expect(post.status).toBe(404);
    expect((await post.json()).status).toBe(404);
    expect((await app.request('/', { method: 'DELETE' })).status).toBe(405);
  });

  it('refuses requests for another host name (DNS rebinding)', async () => {
    const res = await app.request('http://evil.example/api/stats');
    expect(res.status).toBe(421);
    expect((await app.request('http://localhost/api/stats')).status).toBe(200);
    expect((await app.request('http://127.0.0.1:8787/api/stats')).status).toBe(200);
  });

  it('turns an unexpected failure into a 500 without internals, and logs it', async () => {
    const logged: string[] = [];
    const broken = { ...store, stats: async () => Promise.reject(new Error('disk on fire at /var/secret')) } as EventStore;
    const res = await createApp({ store: broken, coder: noCoder, webDir: dir, log: (m) => logged.push(m) }).request('/api/stats');
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.message).not.toMatch(/secret/);
    expect(logged.join('\n')).toMatch(/disk on fire/);
  });
});

describe('startServer', () => {
  it('binds 127.0.0.1 by default and stops on close', async () => {
    const server = await startServer({ store, coder: noCoder, port: 0, webDir: join(dir, 'web'), log: () => {} });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const res = await fetch(`${server.url}/api/stats`);
      expect(res.status).toBe(200);
      expect((await res.json()).articles).toBe(0);
      // A request naming another host reaches the socket but not the API.
      const status = await new Promise<number>((resolve, reject) => {
        request({ host: '127.0.0.1', port: server.port, path: '/api/stats', headers: { host: `attacker.example:${server.port}` } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
      expect(status).toBe(421);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/stats`)).rejects.toThrow();
  });
});
