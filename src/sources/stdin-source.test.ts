import { describe, expect, it } from 'vitest';
import { collect, runSourceConformance } from '../../test/sources/conformance.js';
import { endlessStreamOf, streamOf } from '../../test/sources/stream-fixture.js';
import { createStdinSource } from './stdin-source.js';

const now = () => new Date('2024-06-01T00:00:00Z');

runSourceConformance({
  name: 'stdin (JSONL)',
  create: () => createStdinSource({ input: streamOf('\n  {"text":"one"}\n', 'not json\n{"text":"three"}\n'), now }),
  documents: ['stdin:2', 'stdin:4'],
  errors: [{ ref: 'stdin:3', code: 'parse' }],
  endless: () => createStdinSource({ input: endlessStreamOf('{"text":"first"}\n') }),
  singlePass: 'standard input can be read once',
});

runSourceConformance({
  name: 'stdin (plain text)',
  create: () => createStdinSource({ input: streamOf('An article typed ', 'or piped in.\n\nSecond paragraph.'), now }),
  documents: ['stdin'],
  errors: [],
  skipEndless: 'a plain-text article is one item, complete only when the input ends',
  singlePass: 'standard input can be read once',
});

describe('createStdinSource', () => {
  it('reads HTML piped in as HTML', async () => {
    const [doc] = await collect(createStdinSource({ input: streamOf('<!doctype html><p>Hi</p>'), now }));
    expect(doc).toMatchObject({ kind: 'document', contentType: 'text/html', ref: 'stdin' });
  });
  it('reads plain text as one article', async () => {
    const [doc] = await collect(createStdinSource({ input: streamOf('Line one.\n\nLine two.'), now }));
    expect(doc).toMatchObject({ contentType: 'text/plain', body: 'Line one.\n\nLine two.', fetchedAt: '2024-06-01T00:00:00.000Z' });
  });
  it('yields nothing for empty input and an error for binary or oversized input', async () => {
    expect(await collect(createStdinSource({ input: streamOf('  \n') }))).toEqual([]);
    expect(await collect(createStdinSource({ input: streamOf(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])) }))).toMatchObject([{ code: 'binary' }]);
    expect(await collect(createStdinSource({ input: streamOf('x'.repeat(50)), maxBytes: 10 }))).toMatchObject([{ code: 'too-large' }]);
  });
});
