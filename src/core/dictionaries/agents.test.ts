import { describe, expect, it } from 'vitest';
import { parseAgents, withPlurals } from './agents.js';
import { DictionaryError } from './errors.js';

function reason(text: string): string {
  try {
    parseAgents('agents/t.txt', text);
  } catch (err) {
    if (err instanceof DictionaryError) return `${err.line}: ${err.reason}`;
    throw err;
  }
  throw new Error('expected a DictionaryError');
}

describe('parseAgents', () => {
  it('reads roles, nouns, plurals and flags', () => {
    const [guard, pres] = parseAgents('agents/t.txt', ['agent.guard | MIL COP | national guard; rosgvardia', 'agent.pres | GOV | president; head of state | person title=foreign_minister'].join('\n'));
    expect(guard!.roles).toEqual(['MIL', 'COP']);
    expect(guard!.nouns).toEqual(['national guard', 'rosgvardia', 'national guards', 'rosgvardias']);
    expect(guard!.person).toBe(false);
    expect(pres!.person).toBe(true);
    expect(pres!.title).toBe('foreign minister');
    expect(pres!.nouns).toContain('heads of state');
    expect(pres!.origin).toBe('agents/t.txt:2');
  });

  it('keeps the nouns as listed with noplural', () => {
    const [a] = parseAgents('agents/t.txt', 'agent.t | MIL | troops; armed forces | noplural');
    expect(a!.nouns).toEqual(['troops', 'armed forces']);
  });

  it('rejects bad lines with their line number', () => {
    expect(reason('agent.t | GOV')).toMatch(/^1: expected 3 to 4 fields/);
    expect(reason('\nagent.t | GUV | government')).toBe("2: unknown role 'GUV'");
    expect(reason('agent.t |  | government')).toBe('1: no role');
    expect(reason('agent.t | GOV | ;')).toBe('1: no nouns');
    expect(reason('agent.t | GOV | president | persons')).toMatch(/unknown flag 'persons'/);
    expect(reason('Agent | GOV | president')).toMatch(/bad id/);
  });
});

describe('withPlurals', () => {
  it('pluralises the head noun, before "of" or "for" when there is one', () => {
    expect(withPlurals(['chief of staff'])).toContain('chiefs of staff');
    expect(withPlurals(['minister for foreign affairs'])).toContain('ministers for foreign affairs');
    expect(withPlurals(['defence ministry'])).toContain('defence ministries');
    expect(withPlurals(['policeman'])).toContain('policemen');
    expect(withPlurals(['spokesperson'])).toContain('spokespeople');
    expect(withPlurals(['chairwoman'])).toContain('chairwomen');
    expect(withPlurals(['church'])).toContain('churches');
    expect(withPlurals(['MP'])).toEqual(['MP']);
  });

  it('leaves words that are already plural or have no plural alone', () => {
    expect(withPlurals(['rebel forces', 'local officials', 'troops', 'diplomatic corps'])).toEqual(['rebel forces', 'local officials', 'troops', 'diplomatic corps']);
    expect(withPlurals(['boat people', 'riot police'])).toEqual(['boat people', 'riot police']);
    expect(withPlurals(['congress', 'military'])).toEqual(['congress', 'military', 'congresses', 'militaries']);
  });
});
