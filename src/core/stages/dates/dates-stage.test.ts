import { describe, expect, it } from 'vitest';
import { createCoder } from '../../coder.js';
import type { DateExpression } from '../../model/time.js';
import { tokenizeStage } from '../tokenize/index.js';
import { datesStage } from './index.js';

// Tuesday, 16 August 2022.
const PUBLISHED = '2022-08-16';
const coder = createCoder({ stages: [tokenizeStage, datesStage], replaceDefaults: true });

function dates(text: string, published: string | null = PUBLISHED): DateExpression[] {
  const found = coder.code(published ? { text, published } : { text }).dates;
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}

/** The one expression whose text contains `phrase`. */
function date(text: string, phrase: string, published?: string | null): DateExpression {
  const found = dates(text, published).filter((d) => d.text.includes(phrase) || phrase.includes(d.text));
  expect(found.map((d) => d.text), `one date for "${phrase}" in: ${text}`).toHaveLength(1);
  return found[0]!;
}

const brief = (d: DateExpression) => [d.value, d.precision, d.basis];

describe('dates stage: past preference', () => {
  it('puts a bare month in the past, even when chrono would take next year', () => {
    expect(brief(date('Ukraine has been bombarded by Russian forces since February.', 'February'))).toEqual(['2022-02', 'month', 'inferred']);
    expect(brief(date('Mr. Kim said in July that the army was ready.', 'July'))).toEqual(['2022-07', 'month', 'inferred']);
    expect(brief(date('The minister said in December that talks had failed.', 'December'))).toEqual(['2021-12', 'month', 'inferred']);
  });

  it('puts a weekday on or before publication, and after it only when the tense looks ahead', () => {
    expect(date('The letter was delivered on Monday.', 'Monday').value).toBe('2022-08-15');
    expect(date('Police arrested him on Tuesday.', 'Tuesday').value).toBe('2022-08-16');
    expect(date('Protesters gathered on Friday.', 'Friday').value).toBe('2022-08-12');
    expect(date('The envoys will meet on Friday.', 'Friday').value).toBe('2022-08-19');
    expect(date('The vote is scheduled for Thursday.', 'Thursday').value).toBe('2022-08-18');
    expect(date('He left last Tuesday.', 'Tuesday').value).toBe('2022-08-09');
  });

  it('takes the year of a month and day from the tense, or the nearer one when nothing says', () => {
    expect(brief(date('The letter arrived on August 15.', 'August 15'))).toEqual(['2022-08-15', 'day', 'inferred']);
    expect(date('The offer was extended to Sept. 2.', 'Sept. 2').value).toBe('2022-09-02');
    expect(date('The rebels attacked the town on Dec. 3.', 'Dec. 3').value).toBe('2021-12-03');
  });

  it('uses a weekday written beside the date to choose the year', () => {
    expect(brief(date('The note was delivered on Monday, August 15, KCNA said.', 'August 15'))).toEqual(['2022-08-15', 'day', 'inferred']);
    expect(date('The summit opens on Friday, August 18.', 'August 18').value).toBe('2023-08-18');
  });

  it('lets a deadline or a noun take the date, not the past verb before it', () => {
    expect(date('Qantas will double its flights by August.', 'August').value).toBe('2022-08');
    expect(date('The airline said it would add flights by November.', 'November').value).toBe('2022-11');
    expect(date('The court extended the deadline to Sept. 2.', 'Sept. 2').value).toBe('2022-09-02');
    expect(date('He gave no reason for the Sept. 5 deadline.', 'Sept. 5').value).toBe('2022-09-05');
    expect(date('The delegation could arrive as soon as Friday.', 'Friday').value).toBe('2022-08-19');
  });

  it('reads "last", "this" and "next" before a month and "last year" after it', () => {
    expect(date('Sales fell last March.', 'March').value).toBe('2022-03');
    expect(date('Elections are due this November.', 'November').value).toBe('2022-11');
    expect(date('The plant closed in May last year.', 'May').value).toBe('2021-05');
  });
});

describe('dates stage: relative expressions and precision', () => {
  it('resolves counted and named relative expressions at the precision they carry', () => {
    const text = 'Troops withdrew yesterday. Two days ago the talks stalled. Last week the envoy left. Earlier this month the army moved. This year has been hard. Last year was worse.';
    const byText = Object.fromEntries(dates(text).map((d) => [d.text.toLowerCase(), brief(d)]));
    expect(byText).toEqual({
      yesterday: ['2022-08-15', 'day', 'inferred'],
      'two days ago': ['2022-08-14', 'day', 'inferred'],
      'last week': ['2022-08', 'month', 'inferred'],
      'earlier this month': ['2022-08', 'month', 'inferred'],
      'this year': ['2022', 'year', 'inferred'],
      'last year': ['2021', 'year', 'inferred'],
    });
  });

  it('gives a week across two months only its year', () => {
    // Published Wednesday 2022-09-07: last week ran from 29 August to 4 September.
    expect(brief(date('The strike began last week.', 'last week', '2022-09-07'))).toEqual(['2022', 'year', 'inferred']);
  });

  it('says stated only when the year is written', () => {
    expect(brief(date('The treaty was signed on August 15, 2019.', 'August 15, 2019'))).toEqual(['2019-08-15', 'day', 'stated']);
    expect(brief(date('The treaty was signed in 2019.', '2019'))).toEqual(['2019', 'year', 'stated']);
    expect(brief(date('Exports grew in March 2021.', 'March 2021'))).toEqual(['2021-03', 'month', 'stated']);
  });

  it('keeps only dates that state their year when the publication date is unknown', () => {
    const found = dates('On Monday, and again on March 3, 2020, and in 2019, officials met; yesterday and last week they did not.', null);
    expect(found.map((d) => d.value)).toEqual(['2020-03-03', '2019']);
  });

  it('places the weekend and parts of the current year', () => {
    expect(brief(date('Officials met over the weekend.', 'the weekend'))).toEqual(['2022-08', 'month', 'inferred']);
    expect(brief(date('The deal should close by the end of the year.', 'end of the year'))).toEqual(['2022', 'year', 'inferred']);
    expect(date('Talks collapsed earlier in the month.', 'earlier in the month').value).toBe('2022-08');
  });

  it('knows holidays and spelled-out years', () => {
    expect(date('The boy was found on Thanksgiving Day.', 'Thanksgiving').value).toBe('2021-11-25');
    expect(date('Voters will go to the polls on Election Day.', 'Election Day').value).toBe('2022-11-08');
    expect(date('Pilgrims gathered at Easter.', 'Easter').value).toBe('2022-04-17');
    expect(dates('They sailed to Easter Island.')).toEqual([]);
    expect(brief(date('In nineteen ninety-one he was convicted.', 'nineteen'))).toEqual(['1991', 'year', 'stated']);
    expect(date('Unemployment is to be halved by the year two thousand.', 'two thousand', '1998-02-05').value).toBe('2000');
    expect(dates('Two thousand people marched; nineteen seventy soldiers watched.')).toEqual([]);
  });

  it('marks quarters and seasons with the year they fall in', () => {
    expect(brief(date('Profit rose in the third quarter.', 'third quarter'))).toEqual(['2022', 'year', 'inferred']);
    expect(brief(date('Output fell in the fourth quarter of 2020.', 'fourth quarter'))).toEqual(['2020', 'year', 'stated']);
    expect(date('The offensive began last winter.', 'winter').value).toBe('2022');
    expect(date('The offensive began last fall.', 'fall').value).toBe('2021');
  });
});

describe('dates stage: anaphora', () => {
  it('takes "the same month" and "that day" from the date before', () => {
    const text = 'Mr. Kim said in July that the army was ready. The same month, North Korea recognized the republics. On March 3, 2021, troops crossed the border. That day, the embassy closed.';
    const found = dates(text);
    const same = found.find((d) => d.text === 'The same month')!;
    expect([same.value, same.precision, same.ruleIds]).toEqual(['2022-07', 'month', ['date.anaphora.same-month']]);
    const day = found.find((d) => d.text === 'That day')!;
    expect([day.value, day.precision]).toEqual(['2021-03-03', 'day']);
  });

  it('moves from the date before: "the next day", "two days later", "later that week"', () => {
    const text = 'Fighting broke out on June 3, 2021. The next day, talks began. Two days later, they collapsed. Later that week, the envoy left.';
    const byText = Object.fromEntries(dates(text).map((d) => [d.text.toLowerCase(), d.value]));
    expect(byText['the next day']).toBe('2021-06-04');
    expect(byText['two days later']).toBe('2021-06-06');
    // Week of Monday 2021-05-31 to Sunday 2021-06-06 spans two months.
    expect(byText['later that week']).toBe('2021');
  });

  it('counts "a year earlier" from the date before, not from another "earlier"', () => {
    const found = dates('Sales in 2020 were high. A year earlier they were low, and a year earlier still lower.');
    expect(found.filter((d) => /earlier/i.test(d.text)).map((d) => d.value)).toEqual(['2019', '2019']);
  });
});

describe('dates stage: historical references', () => {
  it('names eras with their last year and marks them historical', () => {
    const text = 'Mr. Kim said the friendship had been forged in the Second World War, and tested in the Cold War.';
    const found = dates(text);
    expect(found.map((d) => [d.text, d.value, d.historical, d.ruleIds[0]])).toEqual([
      ['the Second World War', '1945', true, 'date.historical.era.ww2'],
      ['the Cold War', '1991', true, 'date.historical.era.cold-war'],
    ]);
  });

  it('marks explicit years, decades and "decades ago" more than five years back as historical', () => {
    expect(date('The border was drawn in 1945.', '1945').historical).toBe(true);
    expect(date('Reforms began in the 1990s.', '1990s').historical).toBe(true);
    expect(date('The dispute began decades ago.', 'decades ago').historical).toBe(true);
    expect(date('The dispute began in 2020.', '2020').historical).toBeUndefined();
  });

  it('sees an era name rather than a season in "the fall of the Berlin Wall"', () => {
    expect(dates('Since the fall of the Berlin Wall, trade has grown.').map((d) => [d.text, d.value])).toEqual([['the fall of the Berlin Wall', '1989']]);
  });
});

describe('dates stage: what is not a date', () => {
  it('skips durations, times of day, ages, counts and labels', () => {
    const text = [
      'The siege lasted for three years and the curfew for 24 hours.',
      'Prices rose over the past year and fell over the last week, within a month.',
      'Mr. Kim, 38, met 1,000 delegates at 3 p.m. in a hall for 2000 people.',
      'Resolution 2334 was cited. Officials may march on the capital.',
      'A quarter of the population fled to the Christian quarter.',
    ].join(' ');
    expect(dates(text).map((d) => d.text)).toEqual([]);
  });

  it('skips a month name that is a person\'s name', () => {
    expect(dates('April Glaspie met the president.').map((d) => d.text)).toEqual([]);
  });
});
