import { describe, expect, it } from 'vitest';
import { discardTrie, parseDiscards } from './discards.js';

describe('parseDiscards', () => {
  it('reads the scope and the phrases as word keys', () => {
    const entries = parseDiscards('discards/sports.txt', '# sports\ndiscard.cup | sentence | World Cup; Africa Cup of Nations\ndiscard.golf | article | golf championship');
    expect(entries.map((e) => [e.id, e.scope, e.phrases, e.origin])).toEqual([
      ['discard.cup', 'sentence', [['world', 'cup'], ['africa', 'cup', 'of', 'nations']], 'discards/sports.txt:2'],
      ['discard.golf', 'article', [['golf', 'championship']], 'discards/sports.txt:3'],
    ]);
    const trie = discardTrie(entries);
    expect(trie.longestAt(['the', 'world', 'cup'], 1)?.values.map((e) => e.id)).toEqual(['discard.cup']);
    expect(trie.longestAt(['world', 'cups'], 0)).toBeNull();
  });

  it('names the file and line of a bad scope, id or empty list', () => {
    expect(() => parseDiscards('discards/x.txt', 'd.a | sentence | cup\nd.b | story | cup')).toThrow(/^discards\/x\.txt:2: scope must be 'sentence' or 'article'/);
    expect(() => parseDiscards('discards/x.txt', 'Bad Id | sentence | cup')).toThrow(/^discards\/x\.txt:1: bad id/);
    expect(() => parseDiscards('discards/x.txt', 'd.a | sentence | ;')).toThrow(/^discards\/x\.txt:1: a discard entry needs at least one phrase/);
  });
});
