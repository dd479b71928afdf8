import { describe, expect, it } from 'vitest';
import { DictionaryError } from '../dictionaries/errors.js';
import { makeCodebook, parseCameo, parsePlover } from './parse-codebook.js';

const errorOf = (fn: () => unknown): DictionaryError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DictionaryError) return e;
    throw e;
  }
  throw new Error('expected a DictionaryError');
};

describe('parseCameo', () => {
  it('reads code, Goldstein score and name, and derives the QuadClass from the root', () => {
    const m = parseCameo('t.txt', '# comment\n173 | -5 | arrest\n\n057 | 8 | sign an agreement # trailing\n');
    expect(m.get('173')).toMatchObject({ code: '173', goldstein: -5, name: 'arrest', quadClass: 4, origin: 't.txt:2' });
    expect(m.get('057')).toMatchObject({ goldstein: 8, quadClass: 1 });
  });

  it('names the file and line of a bad code, a score out of range or a missing field', () => {
    expect(errorOf(() => parseCameo('codebook/cameo.txt', '010 | 0 | ok\n17x | -5 | bad')).message).toBe("codebook/cameo.txt:2: bad CAMEO code '17x'");
    const range = errorOf(() => parseCameo('c.txt', '\n\n190 | -11 | too low'));
    expect([range.file, range.line]).toEqual(['c.txt', 3]);
    expect(range.message).toMatch(/Goldstein/);
    expect(errorOf(() => parseCameo('c.txt', '190 | -10')).message).toMatch(/^c\.txt:1: expected 3 fields/);
  });
});

describe('parsePlover', () => {
  it('reads type, mode and context with - for none', () => {
    const m = parsePlover('p.txt', '041 | CONSULT | phone | -\n091 | ACCUSE | investigate | crime; corruption\n19 | ASSAULT');
    expect(m.get('041')).toEqual({ type: 'CONSULT', mode: 'phone' });
    expect(m.get('091')).toEqual({ type: 'ACCUSE', mode: 'investigate', context: 'crime; corruption' });
    expect(m.get('19')).toEqual({ type: 'ASSAULT' });
  });

  it('rejects a lower-case type with its file and line', () => {
    expect(errorOf(() => parsePlover('p.txt', '041 | CONSULT\n042 | consult')).message).toBe("p.txt:2: PLOVER type must be upper case ('consult')");
  });
});

describe('makeCodebook', () => {
  const book = makeCodebook(parseCameo('c', '17 | -7 | coerce\n173 | -5 | arrest'), parsePlover('p', '17 | COERCE\n173 | COERCE | arrest | legal'));

  it('codes a listed code with its own name and score', () => {
    expect(book.coding('173')).toEqual({ code: '173', root: '17', name: 'arrest', quadClass: 4, goldstein: -5 });
  });

  it('falls back to the parent for an unlisted code, and to UNKNOWN for an unknown root', () => {
    expect(book.coding('1731')).toMatchObject({ code: '1731', name: 'arrest', goldstein: -5 });
    expect(book.plover('1731')).toEqual({ type: 'COERCE', mode: 'arrest', context: 'legal' });
    expect(book.coding('99')).toBeNull();
    expect(book.plover('99')).toEqual({ type: 'UNKNOWN' });
  });
});
