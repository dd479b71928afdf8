import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoder } from '../core/index.js';
import { inProcessCoding } from '../ingest/index.js';
import { openPostgresStore } from '../stores/postgres/index.js';
import { startServer, type TestServer } from '../../test/sources/http-server.js';
import { postgresUnavailable, startThrowawayPostgres, type ThrowawayPostgres } from '../../test/postgres/throwaway.js';
import { jobsForArgs } from './enqueue-args.js';
import { handleJob } from './handle-job.js';
import { jobContext } from './job-context.js';
import type { JobSpec } from './job.js';
import { sourceJob } from './job-keys.js';
import { createQueue } from './pg-queue.js';
import { runWorker, type JobReport } from './worker.js';

const unavailable = postgresUnavailable();

const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2024-03-0${title.length % 9 + 1}"></head>` +
  `<body><article><h1>${title}</h1><p>${body}</p><p>Diplomats said talks would continue next week in Geneva, and officials declined to comment further on the matter.</p></article></body></html>`;

const ENTRIES = [
  ['/a', 'Russia accuses Ukraine', 'Russia accused Ukraine on Monday of shelling a border village, officials said.'],
  ['/b', 'France sends aid to Sudan', 'France sent humanitarian aid to Sudan on Tuesday after heavy floods, the ministry said.'],
  ['/c', 'Japan and India sign deal', 'Japan signed a trade agreement with India on Wednesday, state media reported.'],
] as const;

function rss(server: TestServer, entries: readonly (readonly [string, string, string])[]): string {
  const items = entries.map(([path, title]) => `<item><title>${title}</title><link>${server.url(path)}</link><guid>${path}</guid></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title><link>${server.url('/')}</link>${items}</channel></rss>`;
}

describe.skipIf(unavailable)(`jobs a worker does${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let pg: ThrowawayPostgres;
  let server: TestServer;
  const coding = inProcessCoding(createCoder());
  const dir = mkdtempSync(join(tmpdir(), 'dyad-jobs-'));

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    server = await startServer();
    for (const [path, title, body] of ENTRIES) server.routes.set(path, { body: page(title, body) });
    let feed = rss(server, ENTRIES.slice(0, 2));
    let etag = '"v1"';
    server.routes.set('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feed);
    });
    server.routes.set('/grow', (_req, res) => {
      feed = rss(server, ENTRIES);
      etag = '"v2"';
      res.writeHead(204).end();
    });
    server.routes.set('/down', { status: 503, body: 'busy' });
  });
  afterAll(async () => {
    await server?.close();
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function setup() {
    const store = await openPostgresStore(await pg.createDatabase());
    const queue = createQueue(store.pool, { backoff: { baseMs: 60_000 } });
    const ctx = jobContext(store, queue, coding, { allowPrivate: true });
    const reports: JobReport[] = [];
    const work = () => runWorker({ queue, workerId: 't', untilEmpty: true, pollMs: 20, handle: (job) => handleJob(job, ctx), onJob: (r) => reports.push(r) });
    return { store, queue, reports, work };
  }

  it('a feed poll queues its entries for the workers, sends a conditional request next time, and fetches only new entries', async () => {
    const { store, queue, reports, work } = await setup();
    const poll = sourceJob(server.url('/feed.xml'), { feed: true });
    await queue.enqueue([poll]);
    await work();
    expect(reports.map((r) => [r.kind, r.status])).toEqual([['source', 'done'], ['document', 'done'], ['document', 'done']]);
    expect(reports[0]!.result).toMatchObject({ items: 2, enqueued: 2 });
    expect((await store.stats()).articles).toBe(2);

    reports.length = 0;
    await queue.enqueue([poll]);
    await work();
    expect(reports[0]).toMatchObject({ kind: 'source', status: 'done', result: { notModified: true } });
    expect(server.requests.at(-1)).toMatchObject({ path: '/feed.xml', headers: { 'if-none-match': '"v1"' } });

    await fetch(server.url('/grow'));
    const before = server.requests.length;
    reports.length = 0;
    await queue.enqueue([poll]);
    await work();
    expect(reports.map((r) => r.status)).toEqual(['done', 'done']);
    expect(server.requests.slice(before).map((r) => r.path)).toEqual(['/feed.xml', '/c']);
    expect((await store.stats()).articles).toBe(3);
    await store.close();
  });

  it('pages from a URL list are fetched by workers; a 404 fails for good, a 503 waits to be retried', async () => {
    const { store, queue, reports, work } = await setup();
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# pages\n${server.url('/a')}\n${server.url('/missing')}\n${server.url('/down')}\n`);
    const jobs: JobSpec[] = [];
    for await (const x of jobsForArgs([list])) if ('job' in x) jobs.push(x.job);
    expect(jobs.map((j) => j.kind)).toEqual(['page', 'page', 'page']);
    await queue.enqueue(jobs);
    await work();
    const byPath = (p: string) => reports.find((r) => r.key.endsWith(p));
    expect(byPath('/a')).toMatchObject({ status: 'done' });
    expect(byPath('/missing')).toMatchObject({ status: 'failed', code: 'http-status' });
    expect(byPath('/down')).toMatchObject({ status: 'retry', code: 'http-status' });
    const s = await queue.stats();
    expect(s).toMatchObject({ done: 1, failed: 1, pending: 1, delayed: 1 });
    expect(s.failures[0]?.example).toMatch(/404/);
    await store.close();
  });

  it('local files are read by the enqueuer and stored by the worker, once', async () => {
    const { store, queue, work } = await setup();
    const news = join(dir, 'news');
    rmSync(news, { recursive: true, force: true });
    mkdirSync(news);
    for (const [path, title, body] of ENTRIES) writeFileSync(join(news, `${path.slice(1)}.txt`), `${title}\n\n${body}`);
    const enqueueAll = async () => {
      const jobs: JobSpec[] = [];
      for await (const x of jobsForArgs([news])) if ('job' in x) jobs.push(x.job);
      return queue.enqueue(jobs);
    };
    expect(await enqueueAll()).toEqual({ added: 3, known: 0 });
    expect(await enqueueAll()).toEqual({ added: 0, known: 3 });
    await work();
    expect((await store.stats()).articles).toBe(3);
    await store.close();
  });
});
