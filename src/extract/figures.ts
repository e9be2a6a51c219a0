/**
 * Figures: numbers of people killed, wounded, displaced, surrounded or captured, each kept as the
 * claim of whoever the report says gave it (a person or organisation of this report, or null for
 * unnamed "officials"). Never summed or reconciled: two sources' counts stay two figures.
 *
 * A number counts when the text ties it to a kind: "N X were/have been killed", "N X have lost their
 * lives", "killed (at least) N X", "N bodies", "N injured people", "left N people dead", and a number
 * coordinated with one just found ("kills nine children, 10 adults"). Breakdowns ("including nine
 * children") belong to the figure they break down.
 */
import type { Figure, FigureKind, Organization, Person, Place, Quote } from '../contract/schema.ts';
import type { Sentence } from './sentences.ts';
import { MONTH_RE } from './dates.ts';

export interface FigureContext {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  quotes: Quote[];
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const VAGUE = 'hundreds|dozens|scores|thousands';
const QUAL = '(?:(at\\s+least|about|around|approximately|nearly|almost|some|more\\s+than|over|up\\s+to|as\\s+many\\s+as)\\s+)?';
const NUM = `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?|${Object.keys(WORDS).join('|')}|${VAGUE})`;
const NUMBER_RE = new RegExp(`\\b${QUAL}${NUM}\\b(?:\\s+more\\b)?(?![-/]|\\s*(?:%|percent|per\\s+cent|km|kilomet|miles|hours?|days?|years?|months?|weeks?|calls?|times|provincial|districts?|provinces?|of\\s+the))`, 'gi');

const KIND_WORD: [RegExp, FigureKind][] = [
  [/^(?:killed|dead|died|lost\s+their\s+lives)$/i, 'killed'],
  [/^(?:wounded|injured|hurt)$/i, 'wounded'],
  [/^displaced$/i, 'displaced'],
  [/^surrounded$/i, 'surrounded'],
  [/^(?:captured|abducted|kidnapped|taken\s+prisoner|detained)$/i, 'captured'],
];
const kindOf = (w: string): FigureKind | null => KIND_WORD.find(([re]) => re.test(w.trim()))?.[1] ?? null;
const KIND_ALT = 'killed|dead|died|lost\\s+their\\s+lives|wounded|injured|hurt|displaced|surrounded|captured|abducted|kidnapped|detained';
// After the number: "<up to 4 words> [, aside ,] were/have been <kind>" or "have lost their lives".
const AFTER_PASSIVE = new RegExp(`^((?:\\s+[\\p{L}-]+){0,4}?)(?:\\s*,[^,]{1,80},)?\\s+(?:were|was|have\\s+been|has\\s+been|had\\s+been|are|is|have|had)\\s+(${KIND_ALT})\\b`, 'iu');
const AFTER_NOUN = /^((?:\s+[\p{L}-]+){0,2}?)\s+(bodies|dead)\b|^\s+(injured|wounded)\s+([\p{L}-]+)/iu;
const AFTER_SHORT = new RegExp(`^\\s+(${KIND_ALT})\\b`, 'iu');
const BEFORE_ACTIVE = /\b(kill(?:ed|s|ing)?|wound(?:ed|s|ing)?|injur(?:ed|es|ing)|displac(?:ed|es|ing)|left)\s+$/i;

function valueOf(n: string): number | null {
  const w = n.toLowerCase().replace(/,/g, '');
  if (w in WORDS) return WORDS[w]!;
  if (new RegExp(`^(?:${VAGUE})$`).test(w)) return null;
  const m = /^(\d+(?:\.\d+)?)(?:\s+(million|thousand))?$/.exec(w);
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'million' ? 1e6 : m[2] === 'thousand' ? 1e3 : 1);
}

function qualifierOf(q: string | undefined, text: string): Figure['qualifier'] {
  const w = (q ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'at least' || / more$/i.test(text)) return 'at-least';
  if (w === 'more than' || w === 'over') return 'more-than';
  if (w === 'up to' || w === 'as many as') return 'up-to';
  if (w) return 'about';
  return 'exact';
}

function counted(words: string | undefined): string | null {
  const c = (words ?? '').trim().replace(/^(?:more|others?)\b\s*/i, (m) => (/^others?/i.test(m) ? m : '')).trim();
  return c || null;
}

interface Prev {
  kind: FigureKind;
  end: number;
  counted: string | null;
}

export function findFigures(body: string, sentences: Sentence[], ctx: FigureContext): Figure[] {
  const out: Figure[] = [];
  let lastSpeaker: Person | null = null;
  for (const s of sentences) {
    let prev = null as Prev | null;
    const found: Figure[] = [];
    for (const m of s.text.matchAll(NUMBER_RE)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const before = body.slice(Math.max(s.start, start - 30), start);
      if (/\bincluding\s+$|\bage\s+of\s+$/i.test(before) || new RegExp(`${MONTH_RE}\\s+$`).test(before)) continue;
      if (/^\d{4}$/.test(m[2]!) && Number(m[2]) > 1900) continue;
      const after = body.slice(end, s.end);
      let kind: FigureKind | null = null;
      let who: string | null = null;
      let x: RegExpExecArray | null;
      if ((x = AFTER_PASSIVE.exec(after))) (kind = kindOf(x[2]!)), (who = counted(x[1]));
      else if ((x = AFTER_NOUN.exec(after))) {
        if (x[2]) (kind = 'killed'), (who = counted(x[2].toLowerCase() === 'dead' ? x[1] : `${x[1] ?? ''} ${x[2]}`));
        else (kind = kindOf(x[3]!)), (who = counted(`${x[3]} ${x[4]}`));
      } else if (BEFORE_ACTIVE.test(before)) {
        const verb = BEFORE_ACTIVE.exec(before)![1]!.toLowerCase();
        const w = /^((?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:including|in|on|at|and|during|from|dead|,)|[,.;]|$)/iu.exec(after);
        if (verb === 'left') {
          const d = /^((?:\s+[\p{L}-]+){0,2}?)\s+(dead|wounded|injured|displaced)\b/iu.exec(after);
          if (d) (kind = kindOf(d[2]!)), (who = counted(d[1]));
        } else {
          kind = verb.startsWith('kill') ? 'killed' : verb.startsWith('displac') ? 'displaced' : 'wounded';
          who = counted(w?.[1]);
        }
      } else if ((x = AFTER_SHORT.exec(after))) {
        kind = kindOf(x[1]!);
      } else if (prev && /^\s*(?:,|and)\s*$/.test(body.slice(prev.end, start))) {
        kind = prev.kind;
        const w = /^((?:\s+[\p{L}-]+){1,2}?)(?=[,.;]|\s+(?:and|in|on)\b|$)/u.exec(after);
        who = counted(w?.[1]);
      }
      if (!kind) continue;
      const value = valueOf(m[2]!);
      const text = m[0];
      who ??= prev?.counted ?? null;
      if (/\bmore$/i.test(text) && !who) who = prev?.counted ?? 'people';
      prev = { kind, end, counted: who };
      // Move `prev.end` past the counted words so a coordinated number can follow them.
      const tail = /^(?:\s+[\p{L}-]+){0,4}?(?=\s*(?:,|and)\s+(?:at\s+least\s+|about\s+)?[\d\p{L}])/u.exec(after);
      if (tail) prev.end = end + tail[0].length;
      found.push({
        text, value, qualifier: qualifierOf(m[1], text), kind, counted: who,
        saidBy: null, place: null,
        evidence: { text, start, end, sentence: s.text },
      });
    }
    // Who said it: the quote's speaker, a person named in the sentence, "he said" → the last speaker,
    // "according to ORG" / "ORG said".
    const named = ctx.people.filter((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end));
    for (const f of found) {
      const q = ctx.quotes.find((q) => q.start <= f.evidence.start && f.evidence.end <= q.end && q.speaker);
      let person = q ? ctx.people.find((p) => p.slug === q.speaker) : undefined;
      person ??= named[0];
      if (!person && /\b(?:he|she)\s+(?:said|told|added)\b/i.test(s.text) && lastSpeaker) person = lastSpeaker;
      if (person) f.saidBy = { kind: 'person', slug: person.slug, name: person.name };
      else {
        const org = ctx.organizations.find((o) =>
          o.mentions.some((m) => {
            if (m.start < s.start || m.end > s.end) return false;
            return /\baccording\s+to\s+(?:the\s+)?$/i.test(body.slice(Math.max(s.start, m.start - 20), m.start)) || /^\s+(?:said|says|reported|estimated)\b/.test(body.slice(m.end, m.end + 12));
          }),
        );
        if (org) f.saidBy = { kind: 'organization', slug: org.slug, name: org.name };
      }
      const place = ctx.places.find((p) => p.kind !== 'country' && p.kind !== 'region' && p.mentions.some((m) => m.start >= s.start && m.end <= s.end));
      f.place = place?.slug ?? null;
    }
    out.push(...found);
    const speaker = named.find((p) => p.mentions.some((m) => m.start >= s.start && m.end <= s.end && /^\s+(?:said|told)|\b(?:said|told)\s+$/.test(body.slice(m.end, m.end + 8) + ' ' + body.slice(Math.max(s.start, m.start - 8), m.start))));
    if (speaker) lastSpeaker = speaker;
    else if (named.length) lastSpeaker = named[0]!;
  }
  return out;
}
