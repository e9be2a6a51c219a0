/**
 * Sources: outlets from the known list that the report credits — "told AFP", "When AFP called",
 * "Reuters adds:", "a Reuters witness", "told the Guardian", "correspondent for RFE/RL's Radio
 * Free Afghanistan", or a credit line "With reporting by A, B and C".
 */
import type { Source } from '../contract/schema.ts';
import type { OrgHit } from './orgs.ts';
import { evidenceAt, sentenceAt, type Sentence } from './sentences.ts';
import { slugify } from './slug.ts';

const BEFORE_RE = /\b(?:told|tells|to|according to|by|for|from|with|interview with|spoke to|speaking to|quoted by|cited by|When|when|obtained by|seen by|reported by)\s+(?:the\s+)?(?:[\p{L}/]+['’]s\s+)*$/u;
const AFTER_RE = /^(?:['’]s)?\s+(?:adds|added|reported|reports|witness|correspondent|reporter|photographer|called|news agency|quoted|cited|learned|has learned|understands|saw)\b/;
const CREDIT_RE = /^(?:With |Additional )?(?:additional )?(?:reporting|writing|editing) by\b/i;

export function findSources(body: string, sentences: Sentence[], hits: OrgHit[]): Source[] {
  const out = new Map<string, Source>();
  hits.forEach((h, i) => {
    if (!h.org?.outlet) return;
    const sen = sentenceAt(sentences, h.start);
    const before = body.slice(Math.max(sen?.start ?? 0, h.start - 60), h.start);
    const after = body.slice(h.end, h.end + 30);
    // "RFE/RL's Radio Free Afghanistan": the owner is credited with the service it owns.
    const next = hits[i + 1];
    const owns = next?.org?.outlet && /^['’]s\s+$/.test(body.slice(h.end, next.start)) ? next : null;
    const credited = (sen && CREDIT_RE.test(sen.text)) || BEFORE_RE.test(before) || AFTER_RE.test(after) || (owns !== null && credits(owns));
    if (!credited) return;
    let s = out.get(h.org.name);
    if (!s) {
      s = { name: h.org.name, slug: slugify(h.org.name), aliases: [], mentions: [] };
      out.set(h.org.name, s);
    }
    if (h.name !== s.name && !s.aliases.includes(h.name)) s.aliases.push(h.name);
    s.mentions.push(evidenceAt(body, sentences, h.start, h.end));
  });
  return [...out.values()];

  function credits(h: OrgHit): boolean {
    const sen = sentenceAt(sentences, h.start);
    const before = body.slice(Math.max(sen?.start ?? 0, h.start - 60), h.start);
    return BEFORE_RE.test(before) || AFTER_RE.test(body.slice(h.end, h.end + 30));
  }
}
