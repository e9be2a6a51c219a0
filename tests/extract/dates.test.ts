import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('dates', () => {
  it('takes an explicit full date', () => {
    const x = run('The blast happened on March 3, 2019, officials said.');
    expect(x).toMatchObject({ date: '2019-03-03', datePrecision: 'day' });
    expect(x.dateEvidence!.sentence).toContain('March 3, 2019');
  });

  it('dates a month-day by an office-holder’s term', () => {
    const x = run('Afghan President Hamid Karzai said on September 12 that talks would go on.');
    // Karzai's term spans 2001–2014: many years fit, so no date.
    expect(x.datePrecision).toBe('unknown');
    const y = run('Secretary of State Mike Pompeo said on February 29 that the deal was signed.');
    // Only 2020 has a February 29 inside Pompeo's term.
    expect(y).toMatchObject({ date: '2020-02-29', datePrecision: 'day' });
  });

  it('ignores future dates when choosing the report’s day', () => {
    const x = run('Fighting began on November 26. Donors meet at the Geneva conference on November 24, which is due to last two days.');
    expect(x.date === null || x.date === '2020-11-26' || x.date === '2018-11-26').toBe(true);
  });

  it('withholds the date when only a weekday is given', () => {
    const x = run('The Taliban seized the town on Friday, officials said Sunday.');
    expect(x).toMatchObject({ date: null, datePrecision: 'unknown', dateEvidence: null });
  });

  it('gives a year from a dated event with a relative phrase, never a guessed day', () => {
    const x = run('Violence has grown since the departure of foreign forces at the end of last year. Officials said Sunday the fasting month of Ramadan had begun.');
    expect(x.date).toBe('2015');
    expect(x.datePrecision).toBe('year');
  });

  it('keeps the date shape in agreement with its precision', () => {
    for (const body of ['On June 2, 2020, the road reopened.', 'Nothing dated here.', 'Violence rose after foreign troops left at the end of last year.']) {
      const x = run(body);
      const shape = x.date === null ? 'unknown' : x.date.length === 10 ? 'day' : x.date.length === 7 ? 'month' : 'year';
      expect(x.datePrecision).toBe(shape);
    }
  });
});
