// dyad watch end to end against a feed served on 127.0.0.1: new entries are stored, an unchanged feed
// costs one conditional request (304), stored entries are not fetched again, and SIGTERM stops cleanly.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleCount } from './db-snapshot.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin/dyad.mjs');
const built = existsSync(join(repo, 'dist/cli/commands/watch.js'));
const root = mkdtempSync(join(tmpdir(), 'dyad-watch-'));

const STORIES = [
  ['Japan sends aid to the Philippines', 'Japan sent emergency aid to the Philippines on Monday after a typhoon struck the north of the country.'],
  ['Turkey and Greece hold talks', 'The foreign ministers of Turkey and Greece met in Athens on Tuesday to discuss maritime borders.'],
  ['Sudan army clashes with militia', 'The Sudanese army clashed with a paramilitary group in Khartoum on Wednesday, witnesses said.'],
  ['France recalls envoy from Niger', 'France recalled its ambassador from Niger on Thursday after the military government ordered him to leave.'],
];
let items = 3;
let etag = '"v1"';
const requests: { path: string; ifNoneMatch?: string }[] = [];
let server: Server;
let base = '';

function page(i: number): string {
  const [title, lead] = STORIES[i]!;
  return `<!doctype html><html lang="en"><head><title>${title}</title><meta property="article:published_time" content="2024-0${i + 3}-1${i}T08:00:00Z"></head>
<body><article><h1>${title}</h1><p>${lead}</p><p>Officials gave no further details. Story number ${i} of the watch test, written for it.</p></article></body></html>`;
}

function feed(): string {
  const entries = Array.from({ length: items }, (_, i) => `<item><title>${STORIES[i]![0]}</title><link>${base}/a${i}.html</link><guid>a${i}</guid></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title><link>${base}/</link>${entries}</channel></rss>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}) });
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feed());
    }
    const m = /^\/a(\d)\.html$/.exec(req.url ?? '');
    if (m) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(m[1])));
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!built)(`dyad watch${built ? '' : ' (skipped: run `npm run build` first; npm test builds)'}`, () => {
  it('stores new entries, polls conditionally, skips stored pages and stops on SIGTERM', async () => {
    const db = join(root, 'watch.db');
    const child = spawn(process.execPath, [bin, 'watch', `${base}/feed.xml`, '--every', '1s', '--allow-private', '--json', '--db', db, '--gazetteer', 'small'], { cwd: root });
    const rounds: { stored: number; unchanged: number; failed: number }[] = [];
    let buf = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let i; (i = buf.indexOf('\n')) >= 0; buf = buf.slice(i + 1)) {
        const line = JSON.parse(buf.slice(0, i)) as { round?: { stored: number; unchanged: number; failed: number } };
        if (line.round) rounds.push(line.round);
      }
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const until = async (ok: () => boolean) => {
      const deadline = Date.now() + 30_000;
      while (!ok() && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      expect(ok(), `stderr: ${err}`).toBe(true);
    };

    await until(() => rounds.length >= 2);
    expect(rounds[0]).toMatchObject({ stored: 3, failed: 0 });
    expect(rounds[1]).toMatchObject({ stored: 0, unchanged: 1 });
    const feedRequests = requests.filter((r) => r.path === '/feed.xml');
    expect(feedRequests[1]?.ifNoneMatch).toBe('"v1"');

    items = 4;
    etag = '"v2"';
    await until(() => rounds.some((r, i) => i >= 2 && r.stored === 1));
    expect(articleCount(db)).toBe(4);
    for (const p of ['/a0.html', '/a1.html', '/a2.html', '/a3.html']) expect(requests.filter((r) => r.path === p)).toHaveLength(1);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
