import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFeedList } from './feed-list.js';

const tmp = mkdtempSync(join(tmpdir(), 'dyad-feedlist-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readFeedList', () => {
  it('reads every xmlUrl of an OPML file, nested folders included, refusing non-http ones', async () => {
    const { feeds, errors } = await readFeedList(new URL('../../test/sources/fixtures/feeds/feeds.opml', import.meta.url).pathname);
    expect(feeds.sort()).toEqual(['http://top.example/feed.json', 'https://deep.example/rss', 'https://wire.example/atom.xml']);
    expect(errors).toMatchObject([{ code: 'parse', reason: expect.stringMatching(/file:\/\/\/etc\/passwd/) }]);
  });

  it('reads a text file of feed URLs with comments', async () => {
    const path = join(tmp, 'feeds.txt');
    writeFileSync(path, '# my feeds\nhttps://a.example/rss\n\n  https://b.example/atom.xml  # wire\njavascript:alert(1)\n');
    const { feeds, errors } = await readFeedList(path);
    expect(feeds).toEqual(['https://a.example/rss', 'https://b.example/atom.xml']);
    expect(errors).toMatchObject([{ ref: 'feeds.txt:5', code: 'parse' }]);
  });

  it('reports a missing file or broken OPML as errors', async () => {
    expect((await readFeedList(join(tmp, 'nope.opml'))).errors).toMatchObject([{ code: 'read' }]);
    const broken = join(tmp, 'broken.opml');
    writeFileSync(broken, '<opml><body><outline xmlUrl="https://a.example/rss"');
    expect(await readFeedList(broken)).toMatchObject({ feeds: [], errors: [{ ref: 'broken.opml', code: 'parse', reason: expect.stringMatching(/^OPML could not be parsed/) }] });
  });
});
