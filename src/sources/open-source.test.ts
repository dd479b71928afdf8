import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamOf } from '../../test/sources/stream-fixture.js';
import { openSource, SourceOpenError } from './open-source.js';

const tmp = mkdtempSync(join(tmpdir(), 'dyad-open-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, body: string) => {
  const path = join(tmp, name);
  writeFileSync(path, body);
  return path;
};

describe('openSource', () => {
  it.each([
    ['-', 'stdin'],
    ['https://example.org/feed.xml', 'url'],
    ['http://example.org/story.html', 'url'],
  ])('%s → %s', async (arg, kind) => {
    expect((await openSource(arg, { input: streamOf('') })).kind).toBe(kind);
  });

  it('picks by what is on disk', async () => {
    mkdirSync(join(tmp, 'news'));
    const cases: [string, string][] = [
      [join(tmp, 'news'), 'files'],
      [file('crawl.warc.gz', ''), 'warc'],
      [file('crawl.warc', ''), 'warc'],
      [file('a.jsonl', ''), 'jsonl'],
      [file('feeds.opml', '<opml/>'), 'feed'],
      [file('urls.txt', '# list\nhttps://a.example/1\n\nhttp://b.example/2 # two\n'), 'urls'],
      [file('article.txt', 'The minister said on Monday that https://a.example was down.\n'), 'files'],
      [file('page.html', '<p>x</p>'), 'files'],
      [file('empty.txt', ''), 'files'],
    ];
    for (const [arg, kind] of cases) expect((await openSource(arg)).kind, arg).toBe(kind);
  });

  it('throws a usage error for a missing path or a non-http URL', async () => {
    await expect(openSource(join(tmp, 'missing'))).rejects.toThrow(SourceOpenError);
    await expect(openSource(join(tmp, 'missing'))).rejects.toThrow(/no such file or directory/);
    await expect(openSource('file:///etc/passwd')).rejects.toThrow(/only http and https/);
  });
});
