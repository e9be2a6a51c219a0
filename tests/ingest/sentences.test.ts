import { describe, expect, it } from 'vitest';
import { allEvidence, articleSchema, sentenceOf, type ArticleData } from '../../src/contract/schema.ts';
import { withSentenceTable } from '../../src/ingest/sentences.ts';

const S1 = 'Taliban spokesman Zabihullah Mujahid said Kunduz had fallen.';
const S2 = 'Mujahid later denied it.';
const ev = (text: string, sentence: string, offset: number) => ({ text, start: offset + sentence.indexOf(text), end: offset + sentence.indexOf(text) + text.length, sentence });

const data = articleSchema.parse({
  title: 't', seed: 'seeds/x.txt', sha256: '0'.repeat(64), date: null, datePrecision: 'unknown', dateline: null, wordCount: 12,
  // Listed out of body order on purpose: the table follows the body.
  people: [{ name: 'Zabihullah Mujahid', slug: 'zabihullah-mujahid', mentions: [ev('Mujahid', S2, S1.length + 1), ev('Zabihullah Mujahid', S1, 0)], roles: [{ role: 'Taliban spokesman', evidence: ev('Taliban spokesman', S1, 0) }] }],
  places: [{ name: 'Kunduz', slug: 'kunduz', kind: 'city', mentions: [ev('Kunduz', S1, 0)] }],
}) as ArticleData;

describe('the sentence table', () => {
  it('stores each quoted sentence once, in body order, and every piece of evidence still reads its sentence', () => {
    const table = withSentenceTable(data);
    expect(table.sentences).toEqual([S1, S2]);
    expect([...allEvidence(table)].map((e) => e.sentence)).toEqual([1, 0, 0, 0]);
    expect([...allEvidence(table)].map((e) => sentenceOf(table, e))).toEqual([...allEvidence(data)].map((e) => e.sentence));
    expect(articleSchema.safeParse(table).success).toBe(true);
  });

  it('fails validation, saying why, when evidence points past the table', () => {
    const broken = withSentenceTable(data);
    broken.sentences.pop();
    const result = articleSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/"Mujahid" refers to sentence 1, but `sentences` has 1/);
  });
});
