/**
 * The sentence table of the data contract: evidence as extracted carries its sentence as text
 * (a sentence that names five people is repeated five times); the written article stores each
 * sentence once, in body order, and evidence refers to it by index. This keeps front matter
 * near the size of the report instead of several times it.
 */
import { allEvidence, sentenceOf, type ArticleData } from '../contract/schema.ts';

export function withSentenceTable(data: ArticleData): ArticleData {
  const out = structuredClone(data);
  const evidence = [...allEvidence(out)];
  const texts = evidence.map((e) => sentenceOf(out, e));
  const firstStart = new Map<string, number>();
  texts.forEach((text, i) => firstStart.set(text, Math.min(firstStart.get(text) ?? Infinity, evidence[i]!.start)));
  out.sentences = [...firstStart].sort((a, b) => a[1] - b[1]).map(([text]) => text);
  const index = new Map(out.sentences.map((text, i) => [text, i]));
  evidence.forEach((e, i) => (e.sentence = index.get(texts[i]!)!));
  return out;
}
