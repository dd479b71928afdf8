import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';

// Dictionaries written for these tests: a plain pattern and ones whose trigger is not the first word.
const coder = createCoder({
  dictionaries: [
    {
      'verbs/synsets.txt': '&deals | trade deals; deals',
      'verbs/t.txt': [
        't.praise | 051 | praise',
        't.praise-publicly | 052 | publicly >praise',
        't.praise-after | 054 | indicated * >praise',
        't.praise-target-first | 055 | + was >praised by $',
        't.meet | 040 | meet',
        't.sign | 057 | sign',
        't.host | 043 | host',
        't.host-skip | 044 | host * =in _^ * with +',
        't.sign-trade | 0571 | sign * new _&deals',
        't.sign-recently | 0572 | recently _>sign',
        't.meet-compound | 036 | % * have * >met',
        't.snub | 191 | snub * %',
      ].join('\n'),
      'actors/t.txt': ['country.t-pol | country | Poland | POL', 'country.t-ltu | country | Lithuania | LTU', 'country.t-lva | country | Latvia | LVA'].join('\n'),
    },
  ],
  replaceDefaults: true,
});
const triples = (text: string) => coder.code({ text, published: '2023-03-10' }).events.map((e) => `${e.source?.code ?? '-'} ${e.cameo.code} ${e.target?.code ?? '-'}`);

describe("patterns whose trigger is marked '>'", () => {
  it('match the words before the trigger, and win over the bare verb', () => {
    expect(triples('Poland praised Lithuania.')).toEqual(['POL 051 LTU']);
    expect(triples('Poland publicly praised Lithuania.')).toEqual(['POL 052 LTU']);
  });

  it('let a gap stand between the words before the trigger', () => {
    expect(triples('Poland indicated it had warmly praised Lithuania.')).toEqual(['POL 054 LTU']);
  });

  it('do not match when the words before are missing or too far', () => {
    expect(triples('Poland praised Lithuania publicly.')).toEqual(['POL 051 LTU']);
  });

  it('fill a slot to the left of the trigger', () => {
    expect(triples('Lithuania was praised by Poland.')).toEqual(['POL 055 LTU']);
  });
});

describe("the compound actor '%'", () => {
  it('before the trigger: two or more actors joined by and/or are the source, coded toward each other', () => {
    expect(triples('Poland and Lithuania have met.').sort()).toEqual(['LTU 036 POL', 'POL 036 LTU']);
    expect(triples('Poland, Latvia and Lithuania have met.').length).toBe(6);
  });

  it('needs a compound: a single actor falls back to the plain pattern', () => {
    expect(triples('Poland has met Lithuania.')).toEqual(['POL 040 LTU']);
  });

  it('after the trigger: the compound is the target, one event per member', () => {
    expect(triples('Poland snubbed Lithuania and Latvia.')).toEqual(['POL 191 LTU', 'POL 191 LVA']);
    expect(coder.code({ text: 'Poland snubbed Lithuania.', published: '2023-03-10' }).events).toEqual([]);
  });
});

describe("adjacent elements '_x'", () => {
  it('match only directly after the element before them, not over modifiers', () => {
    expect(triples('Poland signed new trade deals with Lithuania.')).toEqual(['POL 0571 LTU']);
    expect(triples('Poland signed new bilateral trade deals with Lithuania.')).toEqual(['POL 057 LTU']);
  });

  it('hold before the trigger too', () => {
    expect(triples('Poland recently signed deals with Lithuania.')).toEqual(['POL 0572 LTU']);
    expect(triples('Poland recently quietly signed deals with Lithuania.')).toEqual(['POL 057 LTU']);
  });
});

describe("a skipped noun phrase '^'", () => {
  it('steps over one noun phrase, actor or not, so the slot after it is the next one', () => {
    expect(triples('Poland hosted talks in Vilnius with Lithuania.')).toEqual(['POL 044 LTU']);
    expect(triples('Poland hosted talks in Latvia with Lithuania.')).toEqual(['POL 044 LTU']);
  });

  it('needs a noun phrase there', () => {
    expect(triples('Poland hosted talks in with Lithuania.')).toEqual(['POL 043 LTU']);
  });
});
