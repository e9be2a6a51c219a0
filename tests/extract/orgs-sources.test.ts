import { describe, expect, it } from 'vitest';
import { run, names } from './helpers.ts';

describe('organisations and sources', () => {
  it('finds listed organisations with their forms as aliases', () => {
    const x = run('The UN and the European Union condemned the attack. NATO said the United Nations must act.');
    expect(names(x.organizations).sort()).toEqual(['European Union', 'NATO', 'United Nations']);
    expect(x.organizations.find((o) => o.name === 'United Nations')!.aliases).toContain('UN');
  });

  it('finds unlisted organisations by their head noun', () => {
    const x = run('The Independent Election Commission said the count was late, and the Ministry of Refugees and Repatriation agreed.');
    expect(names(x.organizations)).toEqual(expect.arrayContaining(['Independent Election Commission']));
  });

  it('expands an acronym with its bracketed form', () => {
    const x = run('Troops of the ANDSF (Afghan security forces) held the airport.');
    expect(x.organizations[0]!.aliases).toEqual(expect.arrayContaining(['ANDSF', 'Afghan security forces']));
  });

  it('credits outlets only in crediting phrases', () => {
    const x = run(
      'A commander told Reuters the town had fallen. Xinhua adds: two people died. The BBC has long covered the war.\n\nWith reporting by AFP and dpa',
    );
    expect(names(x.sources).sort()).toEqual(['AFP', 'Reuters', 'Xinhua', 'dpa']);
    expect(names(x.organizations)).toContain('BBC');
  });

  it('does not read a title-case caption as organisations', () => {
    const x = run('WATCH: Afghan Forces Push Back Militants From Northern Town');
    expect(x.organizations).toEqual([]);
  });
});
