import { describe, expect, it } from 'vitest';
import { sameName } from '../../src/extract/names.ts';
import { slugify } from '../../src/extract/slug.ts';

describe('sameName', () => {
  it('matches spelling variants', () => {
    expect(sameName('Zabihullah Mujahid', 'Zabihullah Mujahed')).toBe(true);
    expect(sameName('Mujahid', 'Mujahed')).toBe(true);
    expect(sameName('Muhammad Ali Jinnah', 'Mohammad Ali Jinnah')).toBe(true);
    expect(sameName('Mullah Jalid', 'Jalid')).toBe(true);
  });
  it('never matches on a shared surname alone', () => {
    expect(sameName('Inamuddin Rahmani', 'Mohammad Noor Rahmani')).toBe(false);
    expect(sameName('Rahmani', 'Inamuddin Rahmani')).toBe(false);
    expect(sameName('Ashraf Ghani', 'Ashraf Ayni')).toBe(false);
  });
});

describe('slugify', () => {
  it('folds accents and punctuation into lowercase ASCII', () => {
    expect(slugify('Mazār-e Sharīf')).toBe('mazar-e-sharif');
    expect(slugify('Champa Patel’s “quote”')).toBe('champa-patels-quote');
    expect(slugify('RFE/RL')).toBe('rfe-rl');
  });
  it('is never empty and never long', () => {
    expect(slugify('')).toBe('untitled');
    expect(slugify('کابل')).toBe('untitled');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(long.endsWith('-')).toBe(false);
  });
});
