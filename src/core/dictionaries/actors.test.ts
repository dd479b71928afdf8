import { describe, expect, it } from 'vitest';
import { codeOn, codeValidOn, comparePrefix, isDate, officeTitle, parseActors } from './actors.js';
import { DictionaryError } from './errors.js';

const putin = [
  'person.t-putin | person | Vladimir Putin; Putin | RUSGOV president 2012-05-07..; RUSGOV prime minister 2008-05-08..2012-05-06; RUSGOV president 2000-05-07..2008-05-06',
].join('\n');

function failure(text: string): DictionaryError {
  try {
    parseActors('actors/t.txt', text);
  } catch (err) {
    if (err instanceof DictionaryError) return err;
    throw err;
  }
  throw new Error('expected a DictionaryError');
}

describe('parseActors', () => {
  it('reads names, codes, titles and date ranges', () => {
    const [e] = parseActors('actors/t.txt', `# a comment\n\n${putin}  # trailing comment`);
    expect(e!.id).toBe('person.t-putin');
    expect(e!.name).toBe('Vladimir Putin');
    expect(e!.names).toEqual(['Vladimir Putin', 'Putin']);
    expect(e!.origin).toBe('actors/t.txt:3');
    expect(e!.codes[1]).toEqual({ code: 'RUSGOV', country: 'RUS', roles: ['GOV'], title: 'prime minister', from: '2008-05-08', to: '2012-05-06' });
    expect(e!.codes[0]!.to).toBeUndefined();
  });

  it('accepts "org" for organization, undated codes and non-state prefixes', () => {
    const [a, b] = parseActors('actors/t.txt', 'igo.t | igo | United Nations; UN | IGOUNO\norg.t | org | Kremlin | RUSGOV');
    expect(a!.codes[0]).toEqual({ code: 'IGOUNO', country: null, roles: ['IGO'] });
    expect(b!.type).toBe('organization');
  });

  it('compares a range on the precision both ends share', () => {
    const [e] = parseActors('actors/t.txt', 'person.t | person | X | RUSGOV minister 2012-05..2012');
    expect(e!.codes[0]).toMatchObject({ from: '2012-05', to: '2012' });
  });

  it('rejects bad lines with the file and line', () => {
    expect(failure('\nperson.t | person | X').message).toBe('actors/t.txt:2: expected 4 fields separated by \'|\', found 3');
    expect(failure('Person.T | person | X | RUSGOV').reason).toMatch(/bad id/);
    expect(failure('person.t | human | X | RUSGOV').reason).toMatch(/unknown type 'human'/);
    expect(failure('person.t | person | ; | RUSGOV').reason).toBe('no names');
    expect(failure('person.t | person | X | Rusgov').reason).toMatch(/bad actor code 'Rusgov'/);
    expect(failure('person.t | person | X | RUSGO').reason).toMatch(/bad actor code/);
    expect(failure('person.t | person | X | RUSGOV 2012-13..').reason).toMatch(/bad start date '2012-13'/);
    expect(failure('person.t | person | X | RUSGOV 2021-02-29..').reason).toMatch(/bad start date/);
    expect(failure('person.t | person | X | RUSGOV ..2012-5').reason).toMatch(/bad end date/);
    expect(failure('person.t | person | X | RUSGOV 2012..2011-12-31').reason).toMatch(/ends before it starts/);
  });
});

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
    expect(isDate('1900-02-29')).toBe(false);
    expect(isDate('2000-02-29')).toBe(true);
    expect(isDate('2024-04-31')).toBe(false);
    expect(isDate('2024-00')).toBe(false);
    expect(isDate('2024')).toBe(true);
    expect(isDate('24-01-01')).toBe(false);
  });

  it('compares prefixes on their shared precision', () => {
    expect(comparePrefix('2012', '2012-05-07')).toBe(0);
    expect(comparePrefix('2012-04', '2012-05-07')).toBe(-1);
    expect(comparePrefix('2013', '2012-12-31')).toBe(1);
  });

  it('treats acting and interim holders as holding the office', () => {
    expect(officeTitle('Acting President')).toBe('president');
    expect(officeTitle('interim prime minister')).toBe('prime minister');
    expect(officeTitle('vice president')).toBe('vice president');
  });
});

describe('codeOn', () => {
  const [e] = parseActors('actors/t.txt', putin);

  it('gives the office held on the date', () => {
    expect(codeOn(e!, '2010-01-01').title).toBe('prime minister');
    expect(codeOn(e!, '2022-08-16').title).toBe('president');
    expect(codeOn(e!, '2004-06-01').title).toBe('president');
  });

  it('uses the boundaries inclusively', () => {
    expect(codeOn(e!, '2008-05-06').title).toBe('president');
    expect(codeOn(e!, '2008-05-07').code).toBe('RUSELI');
    expect(codeOn(e!, '2008-05-08').title).toBe('prime minister');
  });

  it('codes a date before any office as the country with ELI', () => {
    expect(codeOn(e!, '1995-01-01')).toEqual({ code: 'RUSELI', country: 'RUS', roles: ['ELI'] });
  });

  it('codes a date after the last office as the country with ELI', () => {
    const [gone] = parseActors('actors/t.txt', 'person.t | person | X | GBRGOV prime minister 2016-07-13..2019-07-23');
    expect(codeOn(gone!, '2021-01-01').code).toBe('GBRELI');
    expect(codeOn(gone!, '2018-01-01').code).toBe('GBRGOV');
  });

  it('prefers an undated fallback to ELI', () => {
    const [p] = parseActors('actors/t.txt', 'person.t | person | X | USAGOV president 2017-01-20..2021-01-19; USABUS');
    expect(codeOn(p!, '2015-01-01').code).toBe('USABUS');
    expect(codeOn(p!, '2018-01-01').code).toBe('USAGOV');
  });

  it('takes the country of the nearest office for ELI, and keeps an IGO code without one', () => {
    const [p] = parseActors('actors/t.txt', 'person.t | person | X | IGOUNO secretary-general 2007-01-01..2016-12-31; KORGOV foreign minister 2004-01-17..2006-11-09');
    expect(codeOn(p!, '2020-01-01').code).toBe('KORELI');
    const [q] = parseActors('actors/t.txt', 'person.q | person | Y | IGOUNO secretary-general 1997-01-01..2006-12-31');
    expect(codeOn(q!, '2010-01-01').code).toBe('IGOUNO');
  });

  it('without a date uses the first code listed', () => {
    expect(codeOn(e!, null).title).toBe('president');
    expect(codeOn(e!, null).from).toBe('2012-05-07');
  });

  it('lets a year-only article date fall inside a range starting that year', () => {
    expect(codeValidOn(e!.codes[0]!, '2012')).toBe(true);
    expect(codeValidOn(e!.codes[0]!, '2011')).toBe(false);
    expect(codeValidOn(e!.codes[0]!, null)).toBe(false);
  });
});
