import { describe, expect, it } from 'vitest';
import { run, names } from './helpers.ts';

describe('people', () => {
  it('finds a person by role before the name and resolves the short mention', () => {
    const x = run('Ghazni police spokesman Farid Ahmad Haidari said the road was closed. Haidari said more troops were coming.');
    const p = x.people.find((q) => q.name === 'Farid Ahmad Haidari');
    expect(p).toBeDefined();
    expect(p!.roles[0]!.role).toMatch(/police spokesman/);
    expect(p!.mentions).toHaveLength(2);
    expect(p!.aliases).toContain('Haidari');
  });

  it('takes a role from an apposition', () => {
    const x = run('“We are tired of this war,” said Gul Rahim Safi, a Logar provincial council member.');
    expect(x.people[0]!.name).toBe('Gul Rahim Safi');
    expect(x.people[0]!.roles[0]!.role).toMatch(/provincial council member/);
  });

  it('strips a title into the role and keeps the titled form as an alias', () => {
    const x = run('Army commander General Sami Sadat said the attack had been repelled.');
    const p = x.people[0]!;
    expect(p.name).toBe('Sami Sadat');
    expect(p.aliases).toContain('General Sami Sadat');
    expect(p.roles[0]!.role).toMatch(/General/);
  });

  it('accepts ages and self-identification as evidence', () => {
    const x = run('“My house is gone,” said 45-year-old Nazia Bano. A fighter who identified himself as Mullah Karimullah said they would stay.');
    expect(names(x.people)).toEqual(expect.arrayContaining(['Nazia Bano', 'Karimullah']));
    expect(x.people.find((p) => p.name === 'Karimullah')!.aliases).toContain('Mullah Karimullah');
  });

  it('merges a spelling variant of the same person within a report', () => {
    const x = run('Taliban spokesman Qari Yousuf Ahmadi said the base fell. “We will not stop,” Ahmady said.');
    expect(x.people).toHaveLength(1);
    expect(x.people[0]!.aliases).toContain('Ahmady');
  });

  it('does not take groups, places, months, organisations or a bare title for people', () => {
    const x = run(
      'The Taliban said on Monday they had taken Herat. The Islamic Emirate said its fighters were disciplined. ' +
        'President said nothing. Human Rights Watch said civilians were at risk. In March officials said the road reopened.',
    );
    expect(x.people).toEqual([]);
  });

  it('does not resolve a surname shared by two people', () => {
    const x = run('Police chief Abdul Wahid Rahmani said the road was cut. Provincial governor Nasir Ahmad Rahmani said aid was coming. Rahmani said more.');
    expect(x.people).toHaveLength(2);
    expect(x.people.every((p) => !p.aliases.includes('Rahmani'))).toBe(true);
  });
});
