import { describe, expect, it } from 'vitest';
import { parseCuration } from '../../src/extract/curation.ts';
import { extract } from '../../src/extract/index.ts';

const body = 'Taliban spokesman Qari Yousuf Ahmadi said the base fell near Farah. The Islamic Emirate said it was true.';

describe('curation', () => {
  it('parses and applies merge, rename, notEntity, placeKind and a date', () => {
    const c = parseCuration(
      [
        'merge:',
        '  Qari Yousuf Ahmadi: Yousuf Ahmadi',
        'notEntity:',
        '  - "organizations: Taliban"',
        'placeKind:',
        '  Farah: province',
        'dates:',
        '  report.txt:',
        '    date: "2020-05-01"',
        '    reason: checked against the agency wire',
      ].join('\n'),
      'content/curation.yml',
    );
    const x = extract({ title: null, dateline: null, body }, { curation: c, fileName: 'report.txt' });
    expect(x.people[0]).toMatchObject({ name: 'Yousuf Ahmadi', slug: 'yousuf-ahmadi' });
    expect(x.people[0]!.aliases).toContain('Qari Yousuf Ahmadi');
    expect(x.organizations).toEqual([]);
    expect(x.places[0]).toMatchObject({ name: 'Farah', kind: 'province', slug: 'farah-province' });
    expect(x).toMatchObject({ date: '2020-05-01', datePrecision: 'day' });
  });

  it('accepts an empty file', () => {
    expect(parseCuration('', 'content/curation.yml').merge).toEqual({});
  });

  it('rejects bad input naming the file and the reason', () => {
    expect(() => parseCuration('merge: [a, b]', 'content/curation.yml')).toThrow(/content\/curation\.yml: "merge" must be a mapping/);
    expect(() => parseCuration('placeKind:\n  Farah: village', 'c.yml')).toThrow(/c\.yml: "placeKind\.Farah" must be one of/);
    expect(() => parseCuration('dates:\n  a.txt: { date: "2020-13-45", reason: x }', 'c.yml')).toThrow(/c\.yml: "dates\.a\.txt\.date"/);
    expect(() => parseCuration('bogus: 1', 'c.yml')).toThrow(/unknown key "bogus"/);
    expect(() => parseCuration('merge: [', 'c.yml')).toThrow(/c\.yml: not valid YAML/);
  });
});
