import { describe, expect, it } from 'vitest';
import { evaluate, DEFAULTS } from '../../src/eval/run.ts';
import { matchEntities, scoreDate, prf } from '../../src/eval/score.ts';

describe('evaluation on the gold seeds', () => {
  const res = evaluate({ ...DEFAULTS, repeat: 1 });
  it('holds the floors', () => {
    expect(res.totals.people.f1).toBeGreaterThanOrEqual(0.95);
    expect(res.totals.places.f1).toBeGreaterThanOrEqual(0.95);
    expect(res.totals.organizations.f1).toBeGreaterThanOrEqual(0.9);
    expect(res.totals.dates.wrong).toBe(0);
  });
  it('is day-exact where the text gives the day', () => {
    for (const f of ['003_f9686eb01d8f09a5.txt', '004_9010c750329a10ef.txt']) {
      expect(res.reports.find((r) => r.file === f)!.date.outcome).toBe('exact');
    }
  });
});

describe('scoring functions', () => {
  it('matches by name or alias ignoring case and accents; duplicates are false positives', () => {
    const r = matchEntities(
      [{ name: 'Mazār-e Sharīf', aliases: [] }, { name: 'X', aliases: ['kabul'] }, { name: 'Kabul', aliases: [] }, { name: 'Herat', aliases: [] }],
      [['Mazar-e Sharif'], ['Kabul'], ['Kandahar']],
      ['Herat'],
    );
    expect(r).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });
  it('classifies dates', () => {
    expect(scoreDate('2015', '2015-06-21')).toBe('less-precise');
    expect(scoreDate('2015-06-22', '2015-06-21')).toBe('wrong');
    expect(scoreDate(null, '2015-06-21')).toBe('withheld');
    expect(scoreDate('2015-06-21', '2015-06-21')).toBe('exact');
    expect(prf(0, 0, 0).f1).toBe(1);
  });
});
