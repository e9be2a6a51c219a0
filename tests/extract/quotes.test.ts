import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

describe('quotes', () => {
  it('attributes quotes to the named speaker and to "he said" after them', () => {
    const body = '“The road to the north is closed to all traffic,” said Abdul Qadir Zahed, a Baghlan council member. “Nobody can leave the city now,” he added.';
    const x = run(body);
    expect(x.quotes).toHaveLength(2);
    expect(x.quotes.every((q) => q.speaker === 'abdul-qadir-zahed')).toBe(true);
    const q = x.quotes[0]!;
    expect(body.slice(q.start, q.end)).toBe(q.text);
  });

  it('leaves unattributed and scare quotes alone', () => {
    const x = run('The group announced a “hotline” for defectors. “We will welcome everyone who comes to us,” an official said.');
    expect(x.quotes).toHaveLength(1);
    expect(x.quotes[0]!.speaker).toBeNull();
  });
});
