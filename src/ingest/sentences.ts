/**
 * The sentence table of the data contract: evidence as extracted carries its sentence as text
 * (a sentence that names five people is repeated five times); the written article stores each
 * sentence once, in body order, and evidence refers to it by index. This keeps front matter
 * near the size of the report instead of several times it.
 */
import { allEvidence, sentenceOf, type ArticleData, type Evidence } from '../contract/schema.ts';

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
  const refer = (e: Evidence): Evidence => ({ ...e, sentence: index.get(sentenceOf(data, e))! });
  const entities = <T extends { mentions: Evidence[] }>(list: T[]): T[] => list.map((x) => ({ ...x, mentions: x.mentions.map(refer) }));
  return {
    ...data,
    sources: entities(data.sources),
    people: entities(data.people).map((p) => ({ ...p, roles: p.roles.map((r) => (r.evidence ? { ...r, evidence: refer(r.evidence) } : r)) })),
    places: entities(data.places),
    organizations: entities(data.organizations),
    events: data.events.map((e) => ({ ...e, evidence: refer(e.evidence) })),
    figures: data.figures.map((f) => ({ ...f, evidence: refer(f.evidence) })),
    sentences,
  };
}
