import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import { DictionaryError } from '../errors.js';
import { parseActors } from '../actors.js';
import { parseAgents } from '../agents.js';
import { detectPetrarchKind, importPetrarch } from './index.js';

// Small dictionaries of our own making, in the PETRARCH formats.
const ACTORS = `<!-- a test actor dictionary
  spanning lines -->
VALERIA [VAL]
+VALERIAN  # demonym
OSTRAVIA_ [OST]
JOHN_DOE_  # an office-holder
+DOE_
\t[VALGOV 000507-080507]
\t[VALELI > 080507]
\t[VALREB <000507]
MARTA_QUILL [---]
TWIN_CITY [AAA/BBB]
`;

const AGENTS = `!PERSON! = MAN, MEN
TROOPS {} [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
FOREIGN_MINISTER [~GOVFRM]
CONGRESS!PERSON! [~LEG]
RELIEF_BODY [NGO~]
GOOSE [~GGS]
`;

const VERBS = `&TIES
+DIPLOMATIC_RELATIONS
+TIES

--- SEVER [161] ---
SEVER {SEVERED}
+CUT_OFF {+CUTS_OFF}
- * &TIES WITH_+ [161]
- * ANYWAY [---]
- $ * + IN_^ [1612]
- % * [040]
- * FOLKS [160:161]

--- MEET [---] ---
MEET {MET}
- * WITH_+ [040]

--- TAP [171] ---
WIRE_+TAP {WIRE_+TAPPED}
- HAVE NOT_* [112]
- + WAS_* BY $ [174]
`;

const files = [
  { path: 'test.actors.txt', text: ACTORS },
  { path: 'test.agents.txt', text: AGENTS },
  { path: 'test.verbs.txt', text: VERBS },
  { path: 'test.discards.txt', text: '+SOCCER\nLATER ON\n' },
];

describe('importPetrarch', () => {
  const r = importPetrarch(files, { knownCodes: new Set(['161', '040', '160', '171', '112', '174']) });

  it('converts actors with alternate names, date-restricted codes and open ranges', () => {
    const actors = parseActors('a', r.files['actors/petrarch-test-actors.txt']!);
    const valeria = actors.find((a) => a.name === 'Valeria')!;
    expect(valeria.names).toEqual(['Valeria', 'Valerian']);
    expect(valeria.type).toBe('country');
    const doe = actors.find((a) => a.name === 'John Doe')!;
    expect(doe.type).toBe('person');
    expect(doe.codes.map((c) => [c.code, c.from, c.to])).toEqual([
      ['VALGOV', '2000-05-07', '2008-05-07'],
      ['VALELI', '2008-05-08', undefined],
      ['VALREB', undefined, '2000-05-06'],
    ]);
    // [---] and A/B cannot be said in our format: dropped and noted.
    expect(actors.some((a) => a.name === 'Marta Quill' || a.name === 'Twin City')).toBe(false);
    expect(r.summary.map((s) => s.construct)).toEqual(expect.arrayContaining(['null actor code [---]', 'several codes for one name (A/B)']));
  });

  it('converts agents with plurals, substitution sets and the codes we can express', () => {
    const agents = parseAgents('a', r.files['agents/petrarch-test-agents.txt']!);
    const nouns = (n: string) => agents.find((a) => a.nouns.includes(n));
    expect(nouns('troops')!.roles).toEqual(['MIL']);
    expect(nouns('troopss')).toBeUndefined();
    expect(nouns('attorneys general')!.roles).toEqual(['JUD']);
    expect(nouns('congressmen')!.roles).toEqual(['LEG']);
    expect(nouns('foreign ministers')!.roles).toEqual(['GOV']);
    expect(nouns('relief body')!.roles).toEqual(['NGO']);
    expect(nouns('goose')).toBeUndefined();
    const constructs = r.notes.map((n) => n.construct);
    expect(constructs).toContain('agent sub-code that is not a role');
    expect(constructs).toContain('prefix agent code (CODE~)');
    expect(constructs).toContain('agent code with no role we know');
  });

  it('converts verb blocks, forms, synsets and patterns, and notes what it cannot say', () => {
    const verbs = r.files['verbs/petrarch-test-verbs.txt']!;
    expect(verbs).toMatch(/\| 161 \| sever\|severed$/m);
    expect(verbs).toMatch(/\| 161 \| cut\|cuts _=off$/m);
    // PETRARCH does not stem pattern words (=with); '_' joins words with nothing between them.
    expect(verbs).toMatch(/\| 161 \| sever\|severed \* &p-ties \* =with _\+$/m);
    expect(verbs).toMatch(/\| 1612 \| \$ \* >sever\|severed \* \+ \* =in _\^$/m);
    expect(verbs).toMatch(/\| 040 \| meet\|met \* =with _\+$/m);
    expect(verbs).not.toMatch(/\| meet\|met$/m);
    // Words before the verb: the verb is marked as the trigger.
    expect(verbs).toMatch(/\| 171 \| =wire _>tap\|tapped$/m);
    expect(verbs).toMatch(/\| 112 \| =have \* =not _=wire _>tap\|tapped$/m);
    expect(verbs).toMatch(/\| 174 \| \+ \* =was _=wire _>tap\|tapped \* =by \* \$$/m);
    expect(r.files['verbs/synsets-petrarch-test-verbs.txt']).toMatch(/^&p-ties \| diplomatic relations; ties$/m);
    const where = (c: string) => r.notes.filter((n) => n.construct === c).map((n) => `${n.file}:${n.line}`);
    expect(where('null event code [---]')).toEqual(['test.verbs.txt:9']);
    expect(verbs).toMatch(/^petr\.test-verbs\.l11\.1 \| 040 \| % \* >sever\|severed$/m);
    // [160:161]: the reverse event (target to source) is our paired code.
    expect(verbs).toMatch(/^petr\.test-verbs\.l12\.1 \| 160:161 \| sever\|severed \* =folks$/m);
    expect(where('approximated')).toEqual([]);
    // 1612 is not in the known codes: it gets a codebook line so its pattern can code.
    expect(r.files['codebook/cameo-petrarch.txt']).toMatch(/^1612 \| 0 \|/m);
  });

  it('converts discards: story discards apply to the whole article', () => {
    expect(r.discards.map((d) => [d.phrase, d.scope])).toEqual([['soccer', 'story'], ['later on', 'sentence']]);
    expect(r.files['discards/petrarch-test-discards.txt']).toMatch(/^petr\.test-discards\.l1 \| article \| soccer\npetr\.test-discards\.l2 \| sentence \| later on\n$/m);
    const coder = createCoder({ dictionaries: [r.files], replaceDefaults: true });
    const coded = (text: string) => coder.code({ text, published: '2004-03-01' }).events.length;
    expect(coded('Valeria severed diplomatic relations with Ostravia.')).toBe(1);
    expect(coded('Valeria severed diplomatic relations with Ostravia. Later on, the soccer team lost.')).toBe(0);
    expect(coded('Later on, Valeria severed diplomatic relations with Ostravia.')).toBe(0);
  });

  it('gives a coder that codes with the imported dictionaries alone', () => {
    const coder = createCoder({ dictionaries: [r.files], replaceDefaults: true });
    const dated = (published: string) => coder.code({ text: 'John Doe met with Ostravia on Monday.', published }).events.map((e) => `${e.source?.code} ${e.target?.code} ${e.cameo.code}`);
    expect(dated('2004-03-01')).toEqual(['VALGOV OST 040']);
    expect(dated('2010-03-01')).toEqual(['VALELI OST 040']);
    expect(dated('1999-03-01')).toEqual(['VALREB OST 040']);
    const severed = coder.code({ text: 'Valeria severed diplomatic relations with Ostravia.', published: '2004-03-01' });
    expect(severed.events.map((e) => `${e.source?.code} ${e.target?.code} ${e.cameo.code} ${e.ruleIds[0]}`)).toEqual(['VAL OST 161 petr.test-verbs.l8.1']);
  });

  it('keeps the patterns\' codes whatever the mood when asked (literalCodes), as PETRARCH does', () => {
    const text = 'Valeria will sever diplomatic relations with Ostravia.';
    const codeWith = (literalCodes: boolean) => {
      const imported = importPetrarch(files, { literalCodes });
      return createCoder({ dictionaries: [imported.files], replaceDefaults: true }).code({ text, published: '2004-03-01' }).events.map((e) => e.cameo.code);
    };
    // Our coder reads the future as an intention and codes its 13x threat form; PETRARCH does not.
    expect(codeWith(false)).not.toEqual(['161']);
    expect(codeWith(true)).toEqual(['161']);
    expect(importPetrarch(files, { literalCodes: true }).files['codebook/intent-petrarch.txt']).toMatch(/^161 \| 161 \| 161$/m);
  });

  it('names the file and line of a malformed entry', () => {
    const bad = () => importPetrarch([{ path: 'bad.actors.txt', text: 'VALERIA [VAL]\nJOHN [VALGOV 001301-0205]\n' }]);
    expect(bad).toThrow(DictionaryError);
    expect(bad).toThrow(/^bad\.actors\.txt:2: bad date '001301'/);
    expect(() => importPetrarch([{ path: 'x.verbs.txt', text: '--- SEVER [161] ---\nSEVER\n- * WITH +\n' }])).toThrow(/^x\.verbs\.txt:3: /);
  });

  it('detects the kind of file by name, else by content', () => {
    expect(detectPetrarchKind('Phoenix.Countries.actors.txt', '')).toBe('actors');
    expect(detectPetrarchKind('CAMEO.2.0.txt', VERBS)).toBe('verbs');
    expect(detectPetrarchKind('mine.txt', AGENTS)).toBe('agents');
    expect(detectPetrarchKind('mine.txt', 'VALERIA [VAL]\nOSTRAVIA [OST]\nJOHN_DOE [VALGOV]\n')).toBe('actors');
    expect(detectPetrarchKind('notes.txt', 'hello world\n')).toBeNull();
  });
});
