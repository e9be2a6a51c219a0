/**
 * Events of control and violence ("Taliban insurgents stormed … Kunduz on Sunday"), one sentence
 * at a time, and only where the text ties them to a place this report's extraction already found
 * (or to an anaphor that resolves to one: "the district", "the city", "the provincial capital",
 * "it", "a district" named in a neighbouring sentence).
 *
 * - The action comes from the trigger word (captured, seized, overran, fell, stormed, entered,
 *   surrounded, attacked, retake; a launched attack/assault/offensive on a place).
 * - Status: denied ("denied the Taliban had captured"), planned ("to retake"), claimed (the actor's
 *   own spokesman, "the Taliban say", "claimed"), else asserted. Hypotheticals ("would be a blow",
 *   "fear the fall", "if confirmed") are not events.
 * - The date is the nearest date phrase in the event's clause that does not date a saying
 *   ("officials said Sunday"), resolved against the report's date only as far as that date allows
 *   (dates.ts): a weekday needs a day-precise report date, a month needs a known month; otherwise
 *   the words are kept in `when` and the date stays null.
 * - One event per (place, action, status) and compatible dates: restatements count once.
 */
import type { DatePrecision, Event, EventAction, EventStatus, Organization, Person, Place } from '../contract/schema.ts';
import type { Sentence } from './sentences.ts';
import { MONTH_RE, WEEKDAYS, monthIndex } from './dates.ts';
import { fold } from './fold.ts';

export interface EventContext {
  date: string | null;
  datePrecision: DatePrecision;
  places: Place[];
  people: Person[];
  organizations: Organization[];
}

/** A place mention in the body (from the report's places, plus anaphors resolved here). */
interface Mention {
  start: number;
  end: number;
  place: Place;
}

type Side = 'after' | 'before' | 'list' | 'launch';
interface Trigger {
  action: EventAction;
  side: Side;
  start: number;
  end: number;
  text: string;
  /** Noun triggers ("the capture of", "the fall of") are hypothetical when followed by "would". */
  noun: boolean;
}

const WORD_TRIGGERS: [RegExp, EventAction, Side, boolean][] = [
  [/\b(?:captured|seized|seize|overran|overrun|taken|took)\b(?!\s+(?:place|part|up|to|into|over by)\b)/gi, 'captured', 'after', false],
  [/\bcapture\b(?=\s+of\b)/gi, 'captured', 'after', true],
  [/\bcapture\b(?!\s+of\b)/gi, 'captured', 'after', false],
  [/\bfall\b(?=\s+of\b)/gi, 'captured', 'after', true],
  [/[’']s\s+fall\b/gi, 'captured', 'before', true],
  [/\b(?:fell|fallen|falls)\b/gi, 'captured', 'before', false],
  [/\b(?:in|into)\s+(?:the\s+)?(?:hands\s+of\s+the\s+Taliban|Taliban(?:[’']s)?\s+hands)\b/gi, 'captured', 'before', false],
  [/\b[Aa]lso\s+claimed\b(?=\s+\p{Lu})/gu, 'captured', 'list', false],
  [/\bstormed\b/gi, 'stormed', 'after', false],
  [/\bentered\b/gi, 'entered', 'after', false],
  [/\bsurrounded\b/gi, 'surrounded', 'after', false],
  [/\battacked\b/gi, 'attacked', 'after', false],
  [/\b(?:attack|assault|offensive)\b/gi, 'attacked', 'launch', true],
  [/\b(?:retake|retaken|retook|recapture|recaptured)\b/gi, 'retaken', 'after', false],
];

/** A stem of every trigger above, as case-insensitive: a sentence with none has no trigger, and most sentences have none. */
const TRIGGER_STEMS = /captur|seiz|overr|taken|took|fall|fell|hands|claimed|storm|enter|surround|attack|assault|offensive|retak|retook/i;

/** Words that end the clause a trigger governs. */
const AFTER_STOP = /[;.!?”"]|,(?!\s+including\b)|\s(?:and|but|when|while|which|after|before|leaving|giving|putting|pushing|expelling|triggering|killing)\s/;
/** Words between a trigger and a later date phrase that put the phrase in another clause. */
const DATE_STOP = /[;!?”"]|\.\s|,\s*(?:which|who|triggering|leaving|giving|killing|pushing)\b|\s(?:and|but|while|which)\s/;
const PASSIVE_BEFORE = /\b(?:was|were|been|is|are|be|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const SPEECH = /\b(?:said|says|say|told|tells|confirmed|denied|denies|announced|added|reported|warned)\b/g;
const HYPOTHETICAL_BEFORE = /\b(?:would|will|could|might|may|potential|fears?|concerns?|if|If|whether)\b/;
const HYPOTHETICAL_AFTER = /^[^.;]*?\b(?:would|could|might)\b/;
const NEGATION = /\b(?:denied|denies|deny|not|never)\b|n[’']t\b/;
const CLAIM = /\bclaim(?:s|ed|ing)?\b|\bTaliban\s+(?:spokesman|spokesperson)\b|\b(?:The\s+)?Taliban\s+(?:say|says|said)\b/;
const ACTOR_RE = /\b(?:(?:the\s+)?Taliban(?:\s+(?:insurgents|fighters|militants))?|(?:heavily\s+armed\s+)?fighters|insurgents?|militants?|attackers|(?:militant\s+|insurgent\s+)?group|rebels|government\s+forces|security\s+forces|Afghan\s+forces|troops|army)\b/gi;
const GENERIC_INSURGENT = /\b(?:insurgents?|militants?|fighters|attackers|group|rebels)\b/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const DAY = 86_400_000;

/** A letter, mark, apostrophe or hyphen: a name next to one is part of a longer word. */
const WORDISH = /^[\p{L}\p{M}'’-]$/u;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends just before `i` ('' at the start). */
function codePointBefore(s: string, i: number): string {
  if (i === 0) return '';
  return i >= 2 && isLow(s.charCodeAt(i - 1)) && isHigh(s.charCodeAt(i - 2)) ? s.slice(i - 2, i) : s[i - 1]!;
}

/** The code point that starts at `i` ('' at the end). */
function codePointAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/**
 * Start offsets of `name` as a whole word (no letter, mark, apostrophe or hyphen on either side),
 * left to right and not overlapping. indexOf instead of a regex per name: the names differ from
 * report to report, and compiling a Unicode-class regex for each cost more than all other event work.
 */
function wholeWordStarts(body: string, name: string): number[] {
  const out: number[] = [];
  // An empty name, or one with surrogates, keeps the regex: indexOf steps by code unit, the regex by code point.
  if (name === '' || /[\ud800-\udfff]/.test(name)) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’-])${esc}(?![\\p{L}\\p{M}'’-])`, 'gu'))) out.push(m.index);
    return out;
  }
  for (let i = body.indexOf(name); i >= 0; ) {
    const end = i + name.length;
    if (WORDISH.test(codePointBefore(body, i)) || WORDISH.test(codePointAt(body, end))) i = body.indexOf(name, i + 1);
    else {
      out.push(i);
      i = body.indexOf(name, end);
    }
  }
  return out;
}

/** Places by folded name or alias: a name two places share says nothing about which one is meant. */
function placesByName(places: Place[]): Map<string, Set<Place>> {
  const by = new Map<string, Set<Place>>();
  for (const p of places) {
    for (const n of [p.name, ...p.aliases]) {
      const key = fold(n);
      const set = by.get(key);
      if (set) set.add(p);
      else by.set(key, new Set([p]));
    }
  }
  return by;
}

function placeMentions(body: string, sentences: Sentence[], ctx: EventContext): Mention[] {
  const out: Mention[] = [];
  for (const p of ctx.places) for (const m of p.mentions) out.push({ start: m.start, end: m.end, place: p });
  // Bare repeats of a name the extraction found elsewhere ("in Chardarah" after "Chardarah district"), when only one place has it.
  const byName = placesByName(ctx.places);
  for (const p of ctx.places) {
    if (p.kind === 'country' || p.kind === 'region') continue;
    for (const name of new Set([p.name, ...p.aliases])) {
      if (byName.get(fold(name))!.size > 1) continue;
      for (const start of wholeWordStarts(body, name)) {
        const end = start + name.length;
        if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, place: p });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  const before = (at: number, kinds: string[]): Mention | undefined => [...out].reverse().find((m) => m.end <= at && kinds.includes(m.place.kind));
  const extra: Mention[] = [];
  // "the district" → the last district named; "a (key) district" → a district named in this sentence or the nearest within two sentences.
  for (const m of body.matchAll(/\b(?:[Tt]he|[Aa])\s+(?:[\p{Ll}-]+\s+){0,2}district\b(?!s)(?!\s+(?:of|chief|headquarters|governor)\b)/gu)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const definite = /^[Tt]he/.test(m[0]);
    let target: Mention | undefined;
    if (definite) target = before(m.index, ['district']);
    else {
      const si = sentences.findIndex((s) => s.start <= m.index && m.index < s.end);
      const near = (k: number): Mention | undefined => {
        const s = sentences[si + k];
        return s ? out.find((o) => o.place.kind === 'district' && o.start >= s.start && o.end <= s.end) : undefined;
      };
      target = near(0) ?? near(1) ?? near(-1) ?? near(2) ?? near(-2);
    }
    if (target) extra.push({ start: m.index, end: m.index + m[0].length, place: target.place });
  }
  // "the city", "the town", "the provincial capital", "the city's" → the city a province just named has as capital, else the last city named.
  for (const m of body.matchAll(/\b[Tt]he\s+(?:provincial\s+capital|city|town)\b(?!\s+of\b)/g)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    const sen = sentences.find((s) => s.start <= m.index && m.index < s.end);
    let target: Place | undefined;
    if (/capital/.test(m[0]) && sen) {
      const prov = [...out].reverse().find((o) => o.place.kind === 'province' && o.start >= sen.start && o.end <= m.index);
      if (prov) target = ctx.places.find((p) => (p.kind === 'city' || p.kind === 'town') && (fold(p.name) === fold(prov.place.name) || (p.province !== null && fold(p.province) === fold(prov.place.name))));
    }
    target ??= before(m.index, ['city', 'town'])?.place;
    if (target) extra.push({ start: m.index, end: m.index + m[0].length, place: target });
  }
  return [...out, ...extra].sort((a, b) => a.start - b.start);
}

function actorSlugOf(actor: string | null, ctx: EventContext): string | null {
  if (!actor) return null;
  const a = fold(actor);
  const org = ctx.organizations.find((o) => [o.name, ...o.aliases].some((n) => fold(n) && a.includes(fold(n))));
  if (org) return org.slug;
  if (GENERIC_INSURGENT.test(actor)) return ctx.organizations.find((o) => fold(o.name) === 'taliban')?.slug ?? null;
  return null;
}

/** The last actor phrase in `text`, or null. */
function lastActor(text: string): string | null {
  let a: string | null = null;
  for (const m of text.matchAll(ACTOR_RE)) a = m[0];
  return a;
}

interface DatePhrase {
  start: number;
  end: number;
  text: string;
  resolve: (ctx: EventContext, planned: boolean) => { date: string; precision: DatePrecision } | null;
}

function reportDay(ctx: EventContext): number | null {
  if (ctx.datePrecision !== 'day' || !ctx.date) return null;
  return Date.parse(`${ctx.date}T00:00:00Z`);
}
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const reportYear = (ctx: EventContext): number | null => (ctx.date ? Number(ctx.date.slice(0, 4)) : null);
const reportMonth = (ctx: EventContext): number | null => (ctx.date && ctx.date.length >= 7 ? Number(ctx.date.slice(5, 7)) : null);

const MD = new RegExp(`\\b(?:(?:by\\s+noon\\s+|late\\s+|early\\s+)?on\\s+|late\\s+|early\\s+)?(?:${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+(\\d{4}))?)\\b`, 'g');
const WD = /\b(?:(?:[Ll]ate|[Ee]arly)\s+(?:on\s+)?|[Oo]n\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:night|morning|evening|afternoon))?\b/g;
const PREV_DAY = /\b(?:last\s+night|yesterday(?:\s+(?:afternoon|morning|evening))?)\b/gi;
const YEAR_AGO = /\b(?:(about|nearly|almost|more\s+than)\s+)?(?:a|one)\s+year\s+(?:ago|after|earlier|before)\b|\blast\s+year\b/gi;
const IN_MONTH = new RegExp(`\\bin\\s+(?:late\\s+|early\\s+|mid-)?${MONTH_RE}\\b(?!\\s+\\d)`, 'g');

function datePhrases(s: Sentence): DatePhrase[] {
  const out: DatePhrase[] = [];
  const add = (m: RegExpMatchArray, resolve: DatePhrase['resolve']): void => {
    const start = s.start + m.index!;
    out.push({ start, end: start + m[0].length, text: m[0], resolve });
  };
  for (const m of s.text.matchAll(MD)) {
    const mon = monthIndex(m[1] ?? m[5] ?? '');
    const d = Number(m[2] ?? m[4]);
    const y = m[3] ?? m[6];
    if (mon < 1 || d < 1 || d > 31) continue;
    add(m, (ctx, planned) => {
      if (y) return { date: `${y}-${pad(mon)}-${pad(d)}`, precision: 'day' };
      const ry = reportYear(ctx);
      if (ry === null) return null;
      const iso = `${ry}-${pad(mon)}-${pad(d)}`;
      // Later than the report's own date and not planned: the year is not safe.
      if (!planned && ctx.date && ctx.date.length === 10 && iso > ctx.date) return null;
      if (!planned && ctx.date && ctx.date.length === 7 && iso.slice(0, 7) > ctx.date) return null;
      return { date: iso, precision: 'day' };
    });
  }
  for (const m of s.text.matchAll(WD)) {
    const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    add(m, (ctx, planned) => {
      const t = reportDay(ctx);
      if (t === null) return null;
      const cur = new Date(t).getUTCDay();
      const delta = planned ? (wd - cur + 7) % 7 : -((cur - wd + 7) % 7);
      return { date: isoDay(t + delta * DAY), precision: 'day' };
    });
  }
  for (const m of s.text.matchAll(PREV_DAY)) {
    add(m, (ctx) => {
      const t = reportDay(ctx);
      return t === null ? null : { date: isoDay(t - DAY), precision: 'day' };
    });
  }
  for (const m of s.text.matchAll(YEAR_AGO)) {
    const approx = Boolean(m[1]);
    add(m, (ctx) => {
      const y = reportYear(ctx);
      if (y === null) return null;
      if (approx) {
        // "About a year" lands in the previous calendar year only away from January and December.
        const mon = reportMonth(ctx);
        if (mon === null || mon < 3 || mon > 10) return null;
      }
      return { date: String(y - 1), precision: 'year' };
    });
  }
  for (const m of s.text.matchAll(IN_MONTH)) {
    const mon = monthIndex(m[1]!);
    add(m, (ctx) => {
      const y = reportYear(ctx), rm = reportMonth(ctx);
      if (y === null || rm === null || mon > rm) return null;
      return { date: `${y}-${pad(mon)}`, precision: 'month' };
    });
  }
  // Phrases that date a saying, not an event: "officials said Sunday", "on Saturday denied".
  return out.filter((p) => {
    const before = s.text.slice(Math.max(0, p.start - s.start - 30), p.start - s.start);
    const after = s.text.slice(p.end - s.start, p.end - s.start + 25);
    if (/\b(?:said|says|told|denied|announced|confirmed|reported|added|warned)\s+(?:\p{Ll}+\s+)?$/u.test(before)) return false;
    if (/^\s*(?:evening\s+|night\s+)?(?:said|says|denied|told|announced|confirmed|did)\b/.test(after)) return false;
    // A shorter phrase inside a longer one ("June 21" in "by noon on June 21") is the same phrase.
    return !out.some((q) => q !== p && q.start <= p.start && p.end <= q.end && q.end - q.start > p.end - p.start);
  });
}

function findTriggers(s: Sentence): Trigger[] {
  const out: Trigger[] = [];
  if (!TRIGGER_STEMS.test(s.text)) return out;
  for (const [re, action, side, noun] of WORD_TRIGGERS) {
    for (const m of s.text.matchAll(re)) {
      const start = s.start + m.index;
      if (out.some((t) => t.start <= start && start < t.end)) continue;
      out.push({ action, side, start, end: start + m[0].length, text: m[0], noun });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Text of the sentence from the last speech verb before `at` (the reported clause starts there). */
function clauseStart(s: Sentence, at: number): number {
  let from = s.start;
  for (const m of s.text.slice(0, at - s.start).matchAll(SPEECH)) from = s.start + m.index + m[0].length;
  return from;
}

interface Raw extends Omit<Event, 'date' | 'datePrecision' | 'when'> {
  trigger: Trigger;
  sentence: Sentence;
}

export function findEvents(body: string, sentences: Sentence[], ctx: EventContext): Event[] {
  const mentions = placeMentions(body, sentences, ctx).filter((m) => m.place.kind !== 'country' && m.place.kind !== 'region');
  const raws: Raw[] = [];
  let lastEventPlace: Place | null = null;
  for (const s of sentences) {
    const triggers = findTriggers(s);
    const placed: Raw[] = [];
    for (const t of triggers) {
      const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      const afterText = body.slice(t.end, s.end);
      const stop = AFTER_STOP.exec(afterText);
      const afterEnd = t.end + (stop ? stop.index : afterText.length);
      const cStart = clauseStart(s, t.start);
      const beforeText = body.slice(cStart, t.start);
      const passive = PASSIVE_BEFORE.test(beforeText);
      if (t.side === 'launch' && !/\blaunch(?:ed|ing|es)?\b/.test(body.slice(Math.max(s.start, t.start - 60), t.start))) continue;
      // Hypotheticals and plans.
      let status: EventStatus = 'asserted';
      const planned = t.action === 'retaken' && /^re(?:take|capture)$/i.test(t.text);
      if (planned) status = 'planned';
      else if (HYPOTHETICAL_BEFORE.test(body.slice(s.start, t.start)) || (t.noun && HYPOTHETICAL_AFTER.test(afterText))) continue;

      // The place.
      let targets: Place[] = [];
      const firstAfter = (to: number): Mention | undefined => inSentence.find((m) => m.start >= t.end && m.start < to);
      const lastBefore = (): Mention | undefined => [...inSentence].reverse().find((m) => m.end <= t.start && m.start >= cStart);
      if (t.side === 'list') {
        targets = inSentence.filter((m) => m.start >= t.end && (m.place.kind === 'city' || m.place.kind === 'town' || m.place.kind === 'district')).map((m) => m.place);
      } else if (t.side === 'before' || passive) {
        const b = lastBefore();
        if (b) targets = [b.place];
        else if (/^[^,;]*?\bit\s+$/.test(beforeText) && lastEventPlace) targets = [lastEventPlace];
        else {
          const a = firstAfter(afterEnd) ?? (t.action === 'surrounded' ? firstAfter(s.end) : undefined);
          if (a && passive) targets = [a.place];
        }
      } else {
        const a = firstAfter(afterEnd);
        if (a) targets = [a.place];
        else if (t.side === 'launch') {
          const b = [...inSentence].reverse().find((m) => m.end <= t.start);
          if (b) targets = [b.place];
        }
      }
      if (targets.length === 0) continue;

      // Status.
      if (status !== 'planned') {
        const lead = body.slice(Math.max(s.start, t.start - 60), t.start);
        if (NEGATION.test(lead)) status = 'denied';
        else if (CLAIM.test(s.text)) status = 'claimed';
      }
      // The actor.
      let actor: string | null = null;
      if (passive || t.side === 'before') {
        const by = /^\s+(?:by|to)\s+((?:the\s+)?[\p{L}-]+(?:\s+(?:insurgents|fighters|militants|forces))?)/u.exec(afterText);
        actor = by ? lastActor(by[1]!) : null;
      }
      if (!actor && !passive && t.side !== 'before') actor = lastActor(body.slice(cStart, t.start));
      if (!actor && t.side === 'before') actor = lastActor(afterText.slice(0, 40));
      for (const place of targets) {
        const raw: Raw = {
          action: t.action, actor, actorSlug: actorSlugOf(actor, ctx), place: place.slug, placeName: place.name, status,
          evidence: { text: t.text, start: t.start, end: t.end, sentence: s.text }, trigger: t, sentence: s,
        };
        placed.push(raw);
        lastEventPlace = place;
      }
    }
    raws.push(...placed);
  }

  // Dates: the nearest phrase in the sentence with no other placed trigger in between.
  const dated: Event[] = raws.map((r) => {
    const phrases = datePhrases(r.sentence);
    const others = raws.filter((o) => o.sentence === r.sentence && o.trigger !== r.trigger).map((o) => o.trigger);
    const dist = (p: DatePhrase): number => (p.start >= r.trigger.end ? p.start - r.trigger.end : r.trigger.start - p.end);
    const ok = phrases.filter((p) => {
      const lo = Math.min(p.start, r.trigger.start), hi = Math.max(p.end, r.trigger.end);
      if (others.some((o) => o.start > lo && o.end < hi)) return false;
      // After the trigger: inside its clause; before it: no clause boundary in between.
      if (p.start >= r.trigger.end) return !DATE_STOP.test(body.slice(r.trigger.end, p.start));
      return !/,\s*which\b|[;!?]|\.\s/.test(body.slice(p.end, r.trigger.start));
    });
    const best = [...ok].sort((a, b) => dist(a) - dist(b))[0];
    const res = best ? best.resolve(ctx, r.status === 'planned') : null;
    const { trigger: _t, sentence: _s, ...rest } = r;
    return { ...rest, date: res?.date ?? null, datePrecision: res?.precision ?? 'unknown', when: best?.text ?? null };
  });

  // One event per (place, action, status) with compatible dates; the most precise date wins.
  const out: Event[] = [];
  const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a.startsWith(b) || b.startsWith(a);
  for (const e of dated) {
    const i = out.findIndex((o) => o.place === e.place && o.action === e.action && o.status === e.status && compatible(o.date, e.date));
    if (i < 0) out.push(e);
    else {
      const o = out[i]!;
      if ((e.date?.length ?? 0) > (o.date?.length ?? 0)) out[i] = { ...e, actor: e.actor ?? o.actor, actorSlug: e.actorSlug ?? o.actorSlug };
      else if (!o.actor && e.actor) out[i] = { ...o, actor: e.actor, actorSlug: e.actorSlug };
    }
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start);
}
