// Crash safety, end to end through the CLI: an ingest killed with SIGKILL in the middle loses no
// article it reported as stored, and a rerun ends with the same database as one clean run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { generateArticles } from './generate-articles.js';
import { articleCount, snapshot } from './db-snapshot.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(repo, 'bin/dyad.mjs');
const built = existsSync(join(repo, 'dist/cli/commands/ingest.js'));
const root = mkdtempSync(join(tmpdir(), 'dyad-sigkill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const dyad = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });

describe.skipIf(!built)(`ingest under SIGKILL${built ? '' : ' (skipped: run `npm run build` first; npm test builds)'}`, () => {
  const set = generateArticles(join(root, 'news'), 320, 3);
  const clean = join(root, 'clean.db');
  const killed = join(root, 'killed.db');

  it('a clean run stores every article once', () => {
    const r = dyad('ingest', set.dir, '--db', clean, '--threads', '0', '--gazetteer', 'small', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(articleCount(clean)).toBe(set.distinct);
    const again = dyad('ingest', set.dir, '--db', clean, '--threads', '0', '--gazetteer', 'small', '--json');
    const summary = JSON.parse(again.stdout.trim().split('\n').pop()!).summary;
    expect(summary).toMatchObject({ stored: 0, copies: 0, failed: set.broken, skipped: set.unsupported });
  });

  it('a run killed mid-way keeps what it reported, and a rerun equals the clean run', async () => {
    const child = spawn(process.execPath, [bin, 'ingest', set.dir, '--db', killed, '--threads', '1', '--gazetteer', 'small', '--json'], { cwd: root });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 60_000;
    while (articleCount(killed) < 40 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const total = articleCount(clean);
    const atKill = articleCount(killed);
    expect(atKill, 'the run must be killed in the middle').toBeGreaterThanOrEqual(40);
    expect(atKill, 'the run finished before it could be killed').toBeLessThan(total);

    // Every item the killed run reported as stored is in the database, under the id it reported.
    const reported = out.split('\n').filter((l) => l.startsWith('{"ref"')).map((l) => JSON.parse(l) as { ref: string; status: string; id: number }).filter((r) => r.status === 'stored' || r.status === 'copy');
    expect(reported.length).toBeGreaterThan(0);
    const db = new Database(killed, { readonly: true });
    for (const r of reported) expect((db.prepare('SELECT ref FROM articles WHERE id = ?').get(r.id) as { ref: string } | undefined)?.ref).toBe(r.ref);
    db.close();

    const rerun = dyad('ingest', set.dir, '--db', killed, '--threads', '0', '--gazetteer', 'small', '--json');
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout.trim().split('\n').pop()!).summary;
    expect(summary.stored + summary.copies).toBe(total - atKill);
    expect(snapshot(killed)).toEqual(snapshot(clean));
  });
});

