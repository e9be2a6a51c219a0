/**
 * The sentence table of the data contract: evidence as extracted carries its sentence as text
 * (a sentence that names five people is repeated five times); the written article stores each
 * sentence once, in body order, and evidence refers to it by index. This keeps front matter
 * near the size of the report instead of several times it.
 */
import { allEvidence, mapEvidence, sentenceOf, type ArticleData } from '../contract/schema.ts';

export interface SentenceTable {
  /** Each sentence evidence quotes, once, in body order. */
  sentences: string[];
  /** Where a sentence is in `sentences`. */
  index: Map<string, number>;
}

export function sentenceTable(data: ArticleData): SentenceTable {
  const firstStart = new Map<string, number>();
  for (const evidence of allEvidence(data)) {
    const text = sentenceOf(data, evidence);
    firstStart.set(text, Math.min(firstStart.get(text) ?? Infinity, evidence.start));
  }
  const sentences = [...firstStart].sort((a, b) => a[1] - b[1]).map(([text]) => text);
  return { sentences, index: new Map(sentences.map((text, i) => [text, i])) };
}

/** The article as written: every evidence sentence replaced by its index in the table. */
export function withSentenceTable(data: ArticleData): ArticleData {
  const { sentences, index } = sentenceTable(data);
  return { ...mapEvidence(data, (e) => ({ ...e, sentence: index.get(sentenceOf(data, e))! })), sentences };
}
