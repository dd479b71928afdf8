import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dyad-code-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dyad = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/dyad.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const coded = (...args: string[]) => {
  const r = dyad('code', ...args, '--gazetteer', 'small', '--format', 'json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

// Articles written for this test: the same story as text, as an article object and as a web page.
const STORY = 'Kenyan police fired tear gas at protesters in Nairobi on Friday.';

describe('dyad code FILE', () => {
  it('reads a .json file as one article object, with its date, title and id', () => {
    const f = join(dir, 'story.json');
    writeFileSync(f, JSON.stringify({ id: 'k-1', title: 'Tear Gas in Nairobi', published: '2024-03-02', text: STORY }));
    const a = coded(f);
    expect(a.id).toBe('k-1');
    expect(a.article).toMatchObject({ title: 'Tear Gas in Nairobi', published: '2024-03-02' });
    expect(a.events.find((e: { cameo: { code: string } }) => e.cameo.code.startsWith('17'))?.date).toBe('2024-03-01');
    // Flags win over the file's fields.
    expect(coded(f, '--published', '2024-03-09').article.published).toBe('2024-03-09');
  });

  it('extracts an HTML page: its text, title and stated publication date', () => {
    const f = join(dir, 'story.html');
    writeFileSync(f, `<html><head><title>Tear Gas in Nairobi</title><meta property="article:published_time" content="2024-03-02T10:00:00Z"></head><body><nav>Home | World</nav><article><h1>Tear Gas in Nairobi</h1><p>${STORY}</p></article></body></html>`);
    const a = coded(f);
    expect(a.article.published).toBe('2024-03-02');
    expect(a.events.some((e: { source: { country: string } | null }) => e.source?.country === 'KEN')).toBe(true);
  });

  it('codes a text file as it is, undated without --published', () => {
    const f = join(dir, 'story.txt');
    writeFileSync(f, STORY);
    expect(coded(f).article.published).toBeNull();
  });

  it('names the file and the problem for a broken .json file, and exits non-zero', () => {
    const f = join(dir, 'broken.json');
    writeFileSync(f, '{"text": "unfinished');
    const r = dyad('code', f, '--gazetteer', 'small');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('broken.json');
  });
});
