import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES } from './bundled.generated.js';
import { checkDictionaries, type DictionaryIssue } from './check.js';

const check = (files: Record<string, string>) => checkDictionaries([files]);
const kinds = (issues: DictionaryIssue[]) => issues.map((i) => `${i.severity}:${i.kind}`);
const errors = (issues: DictionaryIssue[]) => issues.filter((i) => i.severity === 'error');

describe('checkDictionaries', () => {
  it('finds nothing wrong in a clean set', () => {
    const issues = check({
      'actors/a.txt': [
        'country.rus | country | Russia | RUS',
        'person.a | person | Anna A | RUSGOV president 2000..2008; RUSGOV prime minister 2008..2012',
        'person.b | person | Boris B | RUSGOV president 2008..2012',
        'igo.nato | igo | NATO | IGOWSTNAT',
      ].join('\n'),
      'actors/b.txt': 'country.rus | country | Russia; Russian Federation | RUS',
      'agents/g.txt': 'agent.g | GOV | government',
    });
    expect(issues).toEqual([]);
  });

  it('reports every parse error with its file and line, not only the first', () => {
    const issues = check({
      'actors/a.txt': ['person.a | person | A | RUSGOV', 'person.b | person | B', 'person.c | person | C | Rusgov', 'person.d | person | D | RUSGOV'].join('\n'),
      'agents/g.txt': 'agent.g | GUV | government',
    });
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual(['actors/a.txt:2', 'actors/a.txt:3', 'agents/g.txt:1']);
    expect(kinds(issues)).toEqual(['error:parse', 'error:parse', 'error:parse']);
  });

  it('reports an id defined twice in one file, or redefined with other codes elsewhere', () => {
    const sameFile = check({ 'actors/a.txt': 'org.x | org | X | RUSGOV\norg.x | org | Y | RUSGOV' });
    expect(kinds(sameFile)).toEqual(['error:duplicate-id']);
    expect(sameFile[0]!.line).toBe(2);
    const otherCode = check({ 'actors/a.txt': 'org.x | org | X | RUSGOV', 'actors/b.txt': 'org.x | org | Y | RUSMIL' });
    expect(kinds(otherCode)).toEqual(['error:duplicate-id']);
    const agents = check({ 'agents/a.txt': 'agent.g | GOV | government', 'agents/b.txt': 'agent.g | GOV | cabinet' });
    expect(kinds(agents)).toEqual(['error:duplicate-id']);
  });

  it('lets a later set override an id', () => {
    const issues = checkDictionaries([{ 'agents/a.txt': 'agent.g | GOV | government' }, { 'agents/a.txt': 'agent.g | GOV | cabinet' }]);
    expect(issues).toEqual([]);
  });

  it('reports one name for two actors, unless an @allow says it is intended', () => {
    const clash = check({ 'actors/a.txt': 'country.geo | country | Georgia | GEO\nplace.usa.ga | place | Georgia | USA' });
    expect(kinds(clash)).toEqual(['error:shared-name']);
    expect(clash[0]!.message).toMatch(/'georgia' belongs to country\.geo .* place\.usa\.ga/);
    const sameCode = check({ 'actors/a.txt': 'org.a | org | Kremlin | RUSGOV\norg.b | org | the Kremlin; Kremlin | RUSGOV' });
    expect(kinds(sameCode)).toEqual(['warning:shared-name']);
    const allowed = check({ 'actors/a.txt': '# @allow shared-name: Georgia -- the country and the US state\ncountry.geo | country | Georgia | GEO\nplace.usa.ga | place | Georgia | USA' });
    expect(allowed).toEqual([]);
  });

  it('compares names the way the matcher does: case, hyphens and periods do not matter', () => {
    const issues = check({ 'actors/a.txt': 'group.a | group | Al-Qaeda | IMGREB\ngroup.b | group | al Qaeda | AFGREB' });
    expect(kinds(issues)).toEqual(['error:shared-name']);
  });

  it('reports codes with an unknown country prefix or sector', () => {
    const issues = check({
      'actors/a.txt': ['org.a | org | A | XYZGOV', 'org.b | org | B | RUSGVT', 'org.c | org | C | IGOUNOREF', 'org.d | org | D | IMGREB', 'org.e | org | E | RUSMILCOP'].join('\n'),
    });
    expect(kinds(issues)).toEqual(['error:bad-code', 'error:bad-code']);
    expect(issues[0]!.message).toMatch(/'XYZ'/);
    expect(issues[1]!.message).toMatch(/unknown sector 'GVT'/);
  });

  it('reports two holders of one office on the same day', () => {
    const issues = check({
      'actors/a.txt': ['person.a | person | A | RUSGOV president 2000-05-07..2008-05-07', 'person.b | person | B | RUSGOV president 2008-05-07..2012-05-06'].join('\n'),
    });
    expect(kinds(issues)).toEqual(['error:office-overlap']);
    expect(issues[0]!.message).toMatch(/two holders of RUS president at once: person\.a .* person\.b/);
  });

  it('counts an acting holder as holding the office, and only certain overlaps', () => {
    const acting = check({ 'actors/a.txt': 'person.a | person | A | USAGOV president 2001..2009\nperson.b | person | B | USAGOV acting president 2005-06..2005-07' });
    expect(kinds(acting)).toEqual(['error:office-overlap']);
    const yearOnly = check({ 'actors/a.txt': 'person.a | person | A | USAGOV president 2001..2009\nperson.b | person | B | USAGOV president 2009..2017' });
    expect(yearOnly).toEqual([]);
    const manyHolders = check({ 'actors/a.txt': 'person.a | person | A | USAGOV minister 2001..2009\nperson.b | person | B | USAGOV minister 2005..2017' });
    expect(manyHolders).toEqual([]);
    const otherCountry = check({ 'actors/a.txt': 'person.a | person | A | USAGOV president 2001..2009\nperson.b | person | B | FRAGOV president 2005..2017' });
    expect(otherCountry).toEqual([]);
  });

  it('accepts a disputed office declared with @allow shared-office', () => {
    const issues = check({
      'actors/a.txt': '# @allow shared-office: LBY prime minister -- rival governments\nperson.a | person | A | LBYGOV prime minister 2021..\nperson.b | person | B | LBYGOV prime minister 2022..',
    });
    expect(issues).toEqual([]);
  });

  it('wants a reason on an @allow line and a known directive', () => {
    const issues = check({ 'actors/a.txt': '# @allow shared-name: Georgia\n# @allow shared-thing: x -- y\n# @allow shared-office: Libya -- rival' });
    expect(kinds(issues)).toEqual(['warning:directive', 'error:directive', 'error:directive']);
  });

  it('reports a person holding the same office twice over the same days', () => {
    const issues = check({ 'actors/a.txt': 'person.a | person | A | RUSGOV president 2000..2008; RUSGOV acting president 2004-01..2004-02' });
    expect(kinds(issues)).toEqual(['error:office-overlap']);
  });

  it('warns when an untitled code overlaps another code of the same country', () => {
    const untitled = check({ 'actors/a.txt': 'person.a | person | A | KENOPP ..2025; KENGOV prime minister 2008..2013' });
    expect(kinds(untitled)).toEqual(['warning:code-overlap']);
    const twoOffices = check({ 'actors/a.txt': 'person.a | person | A | PAKGOV president 2001..2008; PAKMIL army chief 1998..2007' });
    expect(twoOffices).toEqual([]);
  });

  it('reports an agent noun in two entries (an error when their roles differ)', () => {
    const issues = check({ 'agents/a.txt': 'agent.a | GOV | official\nagent.b | GOV | officials | noplural\nagent.c | MIL | official' });
    // b repeats a's plural (same role: a warning); c repeats "official" and its plural with another role.
    expect(kinds(issues)).toEqual(['warning:shared-noun', 'error:shared-noun', 'error:shared-noun']);
  });

  it('warns about synsets no pattern uses, and rejects files in unknown places', () => {
    const issues = check({
      'verbs/synsets.txt': '&talks | talks; negotiations\n&unused | thing',
      'verbs/04.txt': '036.talks | 036 | hold &talks with +',
      'notes/readme.txt': 'hello',
    });
    expect(kinds(issues)).toEqual(['error:unknown-file', 'warning:unused-synset']);
  });

  it('passes the bundled dictionaries without errors', () => {
    const found = errors(checkDictionaries([BUNDLED_FILES]));
    expect(found.map((i) => `${i.file}:${i.line}: ${i.message}`)).toEqual([]);
  });
});
