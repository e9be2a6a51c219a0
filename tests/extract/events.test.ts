import { describe, expect, it } from 'vitest';
import { evaluate, DEFAULTS } from '../../src/eval/run.ts';
import { extract } from '../../src/extract/index.ts';
import { articleSchema } from '../../src/contract/schema.ts';

const run = (body: string, dateline: string | null = null) => extract({ title: null, dateline, body });

describe('events and figures on the gold seeds', () => {
  const res = evaluate({ ...DEFAULTS, repeat: 1 });
  it('holds the floors', () => {
    const t = res.totals.events!;
    expect(t.events.f1).toBeGreaterThanOrEqual(0.85);
    expect(t.figures.f1).toBeGreaterThanOrEqual(0.9);
    expect(t.wrongDates).toBe(0);
  });
});

describe('event rules', () => {
  it('keeps denials as denied and plans as planned, and drops hypotheticals', () => {
    const x = run(
      'Fighting raged in Sheberghan on Saturday. A spokesman on Saturday denied the Taliban had captured the city. ' +
        'Officials said troops would launch an operation to retake Sheberghan. The fall of Sheberghan would be a blow to the government.',
    );
    const shown = x.events.map((e) => `${e.action}:${e.status}`);
    expect(shown).toContain('captured:denied');
    expect(shown).toContain('retaken:planned');
    expect(shown).not.toContain('captured:asserted');
  });
  it('leaves weekdays unresolved when the report date is unknown, and resolves them against a known day', () => {
    const undated = run('Taliban insurgents stormed the city of Kunduz on Sunday, officials said.');
    expect(undated.events[0]).toMatchObject({ action: 'stormed', date: null, when: 'on Sunday' });
    const dated = run('Taliban insurgents stormed the city of Kunduz on Sunday, officials said. Talks ended on June 21, 2021.');
    expect(dated.date).toBe('2021-06-21'); // a Monday
    expect(dated.events.find((e) => e.action === 'stormed')).toMatchObject({ date: '2021-06-20', datePrecision: 'day' });
  });
  it('does not take the date of a saying for the date of the event', () => {
    const x = run('Ashraf Ayni on Sunday evening said the capital Taloqan had fallen to the Taliban. The talks ended on October 3, 2016.');
    expect(x.events[0]).toMatchObject({ action: 'captured', placeName: 'Taloqan', date: null });
  });
  it('attributes figures to who said them, never summing them', () => {
    const x = run('Police official Haji Janan Aqa said 19 people were killed on Saturday night. He said five people were wounded. According to the United Nations, about 30 people were killed.');
    expect(x.figures.map((f) => [f.kind, f.value, f.qualifier, f.saidBy?.slug ?? null])).toEqual([
      ['killed', 19, 'exact', 'haji-janan-aqa'],
      ['wounded', 5, 'exact', 'haji-janan-aqa'],
      ['killed', 30, 'about', 'united-nations'],
    ]);
  });
  it('writes front matter the contract accepts', () => {
    const x = run('Taliban fighters overran the Imam Sahib district on June 21, 2021 and killed about 50 soldiers, police said.');
    const data = articleSchema.parse({ title: 't', seed: 'seeds/x.txt', sha256: '0'.repeat(64), date: x.date, datePrecision: x.datePrecision, dateline: null, wordCount: 1, events: x.events, figures: x.figures });
    expect(data.events.length).toBeGreaterThan(0);
    expect(data.figures[0]).toMatchObject({ kind: 'killed', value: 50 });
  });
});
