import { describe, expect, it } from 'vitest';
import { isCaseSensitiveAcronym, phraseKeys, wordKey } from './normalize.js';

describe('normalize', () => {
  it('folds case, diacritics, periods and typographic apostrophes', () => {
    expect(wordKey('Zapórizhzhia')).toBe('zaporizhzhia');
    expect(wordKey('U.S.')).toBe('us');
    expect(wordKey('Korea’s')).toBe("korea's");
  });
  it('splits phrases like the tokenizer: hyphens drop, possessives split', () => {
    expect(phraseKeys('Al-Qaeda')).toEqual(['al', 'qaeda']);
    expect(phraseKeys("people's republic")).toEqual(['people', "'s", 'republic']);
    expect(phraseKeys("Côte d'Ivoire")).toEqual(['cote', "d'ivoire"]);
    expect(phraseKeys('Mr. Kim')).toEqual(['mr', 'kim']);
  });
  it('treats short upper-case names as case-sensitive acronyms', () => {
    expect(isCaseSensitiveAcronym('US')).toBe(true);
    expect(isCaseSensitiveAcronym('U.S.')).toBe(true);
    expect(isCaseSensitiveAcronym('Iran')).toBe(false);
    expect(isCaseSensitiveAcronym('NATO')).toBe(true);
  });
});
