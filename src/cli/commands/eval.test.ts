import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../main.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => vi.restoreAllMocks());

/** Runs `dyad ARGS` and returns its exit status and what it printed. */
async function dyad(args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const status = await run(args);
  vi.restoreAllMocks();
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** A fake eval directory holding one small PLOVER file of our own writing; the other sets are absent. */
function fakeEvalDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'plover-gsr'));
  const records = [
    { id: 'DOC', event: 'DOCUMENT' },
    { id: 'R1', date: '2000-01-01', event: 'CONSULT', text: 'Russia met with Ukraine in Geneva on Monday.', source: [{ code: 'RUS' }], target: [{ code: 'UKR' }] },
    { id: 'R2', date: '2000-01-01', event: 'ASSAULT', text: 'The weather was mild all week.', source: [{ code: 'ZZZ' }], target: [] },
  ];
  writeFileSync(join(dir, 'plover-gsr/PLOVER_GSR_CAMEO.txt'), JSON.stringify(records));
  return dir;
}

describe('dyad eval', () => {
  it('says so and exits 0 when there is no eval directory and no in-repo set is asked for', async () => {
    const r = await dyad(['eval', '--eval-dir', join(tmpdir(), 'dyad-no-such-eval-dir'), '--set', 'plover-gsr']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/no evaluation sets found/);
  });

  it('still runs the in-repo sets (own-news, held-out-2) without an eval directory', async () => {
    const r = await dyad(['eval', '--eval-dir', join(tmpdir(), 'dyad-no-such-eval-dir')]);
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/running the in-repo sets only/);
    expect(r.out).toMatch(/own-news\s+\(src country, tgt country, root\)/);
    expect(r.out).toMatch(/held-out-2\s+\(src country, tgt country, root\)/);
    expect(r.out).not.toMatch(/plover-gsr/);
  });

  it('runs the sets whose files exist, skips the others, and prints one table', async () => {
    const r = await dyad(['eval', '--eval-dir', fakeEvalDir()]);
    expect(r.status).toBe(0);
    expect(r.err).toMatch(/skipping cameo-manual: missing/);
    const lines = r.out.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^set\s+metric\s+items\s+P\s+R\s+F1\s+acc\s+note/);
    const type = lines.find((l) => l.includes('event type (PLOVER)'))!;
    expect(type).toMatch(/\s2\s/);
    // The second sentence has no event, so at most one of two can be right.
    const acc = Number(/(\d\.\d{3})\s+our primary/.exec(type)![1]);
    expect(acc).toBeLessThanOrEqual(0.5);
  });

  it('prints rows and the worst misses as JSON for scripts', async () => {
    const r = await dyad(['eval', '--eval-dir', fakeEvalDir(), '--set', 'plover-gsr', '--json', '--errors', '5']);
    const data = JSON.parse(r.out);
    expect(data.rows.every((x: { set: string }) => x.set === 'plover-gsr')).toBe(true);
    const miss = data.misses.find((m: { id: string }) => m.id === 'R2');
    expect(miss).toMatchObject({ text: 'The weather was mild all week.', ours: '(no event)' });
    expect(miss.gold).toMatch(/ASSAULT/);
  });

  it('rejects an unknown set name', async () => {
    const r = await dyad(['eval', '--eval-dir', fakeEvalDir(), '--set', 'nope']);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/unknown set 'nope'/);
  });
});
