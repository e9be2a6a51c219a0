/** Organisations: a known list, acronym expansions in brackets, and capitalised names ending in an org noun. */
import type { Organization } from '../contract/schema.ts';
import { KNOWN_ORGS, type KnownOrg } from './orgs-list.ts';
import { evidenceAt, type Sentence } from './sentences.ts';
import { slugify } from './slug.ts';
import { fold } from './fold.ts';
import { UPPER } from './upper.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const formToOrg = new Map<string, KnownOrg>();
for (const o of KNOWN_ORGS) for (const f of [o.name, ...o.aliases]) formToOrg.set(f, o);
const KNOWN_FORMS = [...formToOrg.keys()].sort((a, b) => b.length - a.length);
/** The first letters of the forms: a cheap test at each position before the Unicode lookbehind. */
const KNOWN_FIRST = [...new Set(KNOWN_FORMS.map((f) => String.fromCodePoint(f.codePointAt(0)!)))].join('').replace(/[\]\\^-]/g, '\\$&');
const KNOWN_RE = new RegExp(
  `(?=[${KNOWN_FIRST}])(?<![\\p{L}\\p{N}])(?:${KNOWN_FORMS.map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{Ll}*\\p{Lu})`,
  'gu',
);

/** Nouns that end an organisation's name. */
const HEADS = 'Ministry|Council|Commission|Committee|Organi[sz]ation|Agency|Directorate|Department|Party|Front|Movement|Network|University|Institute|Bank|Fund|Court|Assembly|Parliament|Senate|Foundation|Association|Union|Corps|Authority|Forces|Army|Police|News|Radio|Television|Federation|Coalition|Alliance|Mission|Office|Service';
const CAP = `${UPPER}[\\p{L}\\p{M}'’\\-]*`;
const RUN_RE = new RegExp(`${CAP}(?:\\s+(?:(?:of|for|and|on|the)\\s+)?${CAP})+`, 'gu');
const HEAD_RE = new RegExp(`^(?:${HEADS})$`);
const CONNECTOR = /^(?:of|for|and|on|the)$/;

/** The organisation name inside a run of capitalised words: up to a head noun, plus an "of/for X" tail. */
function orgInRun(run: string): { text: string; offset: number } | null {
  const words = [...run.matchAll(/\S+/g)];
  let head = -1;
  for (let i = 1; i < words.length; i++) if (HEAD_RE.test(words[i]![0])) head = i;
  if (head < 0) return null;
  let end = head;
  // "Council for National Reconciliation": keep a connector tail of capitalised words.
  if (words[head + 1] && /^(?:of|for|on)$/.test(words[head + 1]![0])) end = words.length - 1;
  let first = 0;
  while (first < head && (WEAK_FIRST.test(words[first]![0]) || CONNECTOR.test(words[first]![0]))) first++;
  if (first >= head && first === end) return null;
  const w0 = words[first]!, wl = words[end]!;
  return { text: run.slice(w0.index, wl.index + wl[0].length), offset: w0.index };
}
/** Words that do not make a capitalised phrase a proper name (sentence starts, demonyms). */
const WEAK_FIRST = /^(The|A|An|This|That|Its|Their|His|Her|Afghan|Pakistani|Iranian|American|US|U\.S\.|British|Western|Local|Provincial|National|Government|Security)$/;

export interface OrgHit {
  org: KnownOrg | null;
  name: string;
  start: number;
  end: number;
}

/** A sentence in title case (a headline or video caption) says nothing reliable about names. */
const titleCaseCache = new Map<string, boolean>();
export function isTitleCase(text: string): boolean {
  let v = titleCaseCache.get(text);
  if (v === undefined) {
    if (titleCaseCache.size > 20_000) titleCaseCache.clear();
    titleCaseCache.set(text, (v = titleCaseRaw(text)));
  }
  return v;
}

function titleCaseRaw(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length > 0.7;
}

export function findOrgHits(body: string, sentences: Sentence[]): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of body.matchAll(KNOWN_RE)) {
    hits.push({ org: formToOrg.get(m[0]) ?? null, name: m[0], start: m.index, end: m.index + m[0].length });
  }
  const covered = (s: number, e: number): boolean => hits.some((h) => h.start < e && s < h.end);
  for (const sen of sentences) {
    if (isTitleCase(sen.text)) continue;
    for (const m of sen.text.matchAll(RUN_RE)) {
      const org = orgInRun(m[0]);
      if (!org) continue;
      const text = org.text;
      const start = sen.start + m.index + org.offset;
      if (!text.includes(' ')) continue;
      const end = start + text.length;
      if (covered(start, end)) continue;
      hits.push({ org: null, name: text, start, end });
    }
  }
  // "ANDSF (Afghan security forces)": the bracketed words are this report's alias of the acronym.
  for (const m of body.matchAll(/\b([A-Z][A-Za-z]{1,7})\s*\(([^()]{3,80})\)/g)) {
    const h = hits.find((x) => x.start === m.index && x.org);
    if (h) hits.push({ org: h.org, name: m[2]!, start: m.index + m[0].indexOf(m[2]!), end: m.index + m[0].length - 1 });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function buildOrganizations(body: string, sentences: Sentence[], hits: OrgHit[]): Organization[] {
  const byKey = new Map<string, Organization>();
  for (const h of hits) {
    const name = h.org ? h.org.name : h.name;
    const key = fold(name);
    let o = byKey.get(key);
    if (!o) {
      o = { name, slug: slugify(name), aliases: [], mentions: [] };
      byKey.set(key, o);
    }
    if (h.name !== o.name && !o.aliases.includes(h.name)) o.aliases.push(h.name);
    o.mentions.push(evidenceAt(body, sentences, h.start, h.end));
  }
  return [...byKey.values()];
}
