/**
 * The report's date, and only as precise as the evidence allows (a wrong date is worse than none).
 * - Month and day come from the latest past-tense calendar date ("said June 21", "on October 3").
 * - The year comes from an explicit year, a dated event (dated-facts.ts), or the intersection of the
 *   terms of office-holders the text names with their titles; several possible years → no year.
 * - With a year but no calendar date, a reporting weekday ("officials said Sunday") inside Ramadan
 *   (Intl's Umm al-Qura calendar) may narrow to a month or a day.
 */
import { sentenceOf, type DatePrecision, type Person } from '../contract/schema.ts';
import type { Sentence } from './sentences.ts';
import { TERMS, EVENTS } from './dated-facts.ts';
import { sameName } from './names.ts';

export interface DateResult {
  date: string | null;
  datePrecision: DatePrecision;
  dateEvidence: { sentence: string; reasoning: string } | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_RE = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sep(?:tember|t?\\.)|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MD_RE = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const FUTURE_RE = /\b(?:will|would|is due|are due|scheduled|planned|plans? to|ahead of|starting|next|upcoming|expected to|to be held)\b/i;
const SAID_RE = /\b(?:said|says|told|announced|reported|confirmed)\s+(?:on\s+)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}
const DAY = 86_400_000;
function validDay(y: number, m: number, d: number): boolean {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}
const islamic = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { month: 'numeric', timeZone: 'UTC' });
const ramadanCache = new Map<string, boolean>();
function inRamadan(y: number, m: number, d: number): boolean {
  const key = iso(y, m, d);
  let v = ramadanCache.get(key);
  if (v === undefined) ramadanCache.set(key, (v = islamic.format(new Date(Date.UTC(y, m - 1, d, 12))) === '9'));
  return v;
}

interface MonthDay {
  m: number;
  d: number;
  y: number | null;
  sentence: Sentence;
  future: boolean;
  said: boolean;
  text: string;
}

function monthDays(sentences: Sentence[]): MonthDay[] {
  const out: MonthDay[] = [];
  for (const s of sentences) {
    for (const x of s.text.matchAll(MD_RE)) {
      const m = monthIndex(x[1] ?? x[5] ?? '');
      const d = Number(x[2] ?? x[4]);
      const y = x[3] ?? x[6];
      if (m < 1 || d < 1 || d > 31) continue;
      if ((x[1] === 'May' || x[5] === 'May') && !x[2] && !x[4]) continue;
      out.push({ m, d, y: y ? Number(y) : null, sentence: s, future: FUTURE_RE.test(s.text), said: SAID_RE.test(s.text.slice(0, x.index)), text: x[0] });
    }
  }
  return out;
}

/** Each constraint is a set of allowed [from, to) intervals (ISO days); the report lies in all of them. */
type Interval = [string, string];

export function findDate(sentences: Sentence[], people: Person[]): DateResult {
  const constraints: { intervals: Interval[]; why: string; sentence: string }[] = [];
  const yearsFixed: { year: number; why: string; sentence: string }[] = [];

  // Office-holders named with their title.
  for (const p of people) {
    const terms = TERMS.filter((t) => sameName(t.name, p.name) && (p.roles.some((r) => t.title.test(r.role)) || p.aliases.some((a) => t.title.test(a))));
    const past = p.roles.some((r) => /\b(?:former|late|ex-|then)\b/i.test(r.role));
    if (terms.length && !past) {
      const evidence = p.roles.find((r) => r.evidence)?.evidence ?? p.mentions[0];
      // Extraction writes each sentence in place (no table yet).
      const ev = evidence ? sentenceOf({ sentences: [] }, evidence) : p.name;
      constraints.push({ intervals: terms.map((t) => [t.from, t.to ?? '9999-12-31']), why: `${p.name} in office (${terms.map((t) => `${t.from}–${t.to ?? 'now'}`).join(', ')})`, sentence: ev });
    }
  }
  const mds = monthDays(sentences);
  // Dated events.
  for (const e of EVENTS) {
    for (const s of sentences) {
      if (!e.match.every((re) => re.test(s.text))) continue;
      const day = e.days.find((d) => mds.some((x) => x.sentence === s && iso(2000, x.m, x.d).slice(5) === d.slice(5)));
      if (day) yearsFixed.push({ year: Number(day.slice(0, 4)), why: `${e.event} was on ${day}`, sentence: s.text });
      else if (e.relative && e.relative.re.test(s.text)) {
        yearsFixed.push({ year: Number(e.days[0]!.slice(0, 4)) + e.relative.years, why: `${e.event} (${e.days[0]}) is "${e.relative.re.exec(s.text)?.[0]}"`, sentence: s.text });
      }
    }
  }
  // Past years named in the text are a lower bound.
  let minYear = 0;
  for (const s of sentences) {
    if (FUTURE_RE.test(s.text)) continue;
    for (const y of s.text.matchAll(/\b(19[4-9]\d|20\d\d)\b/g)) minYear = Math.max(minYear, Number(y[1]));
  }

  const inAll = (day: string): boolean => constraints.every((c) => c.intervals.some(([a, b]) => a <= day && day < b));
  const yearOk = (y: number): boolean => y >= minYear && (constraints.length === 0 || constraints.every((c) => c.intervals.some(([a, b]) => Number(a.slice(0, 4)) <= y && y <= Number(b.slice(0, 4)))));

  // Candidate years.
  let year: number | null = null;
  let yearWhy = '';
  let yearSentence = '';
  const fixed = [...new Set(yearsFixed.map((f) => f.year))];
  if (fixed.length === 1 && yearOk(fixed[0]!)) {
    year = fixed[0]!;
    yearWhy = yearsFixed.map((f) => f.why).join('; ');
    yearSentence = yearsFixed[0]!.sentence;
  } else if (fixed.length > 1) {
    return none();
  }

  // The report's calendar day: a "said <date>" one, else the latest date not in the future.
  const past = mds.filter((x) => !x.future);
  const explicit = past.filter((x) => x.y !== null);
  const undated = past.filter((x) => x.y === null);
  if (explicit.length > 0) {
    const latest = [...explicit].sort((a, b) => iso(b.y!, b.m, b.d).localeCompare(iso(a.y!, a.m, a.d)))[0]!;
    if (year !== null && latest.y !== year) return none();
    return { date: iso(latest.y!, latest.m, latest.d), datePrecision: 'day', dateEvidence: { sentence: latest.sentence.text, reasoning: `The text dates it: "${latest.text}".` } };
  }
  if (undated.length > 0) {
    const said = undated.filter((x) => x.said);
    const pool = said.length ? said : undated;
    const anchor = [...pool].sort((a, b) => b.m * 100 + b.d - (a.m * 100 + a.d))[0]!;
    const spread = Math.max(...undated.map((x) => x.m)) - Math.min(...undated.map((x) => x.m));
    if (spread > 6) return none(); // may straddle a new year
    if (year === null && constraints.length > 0) {
      // Years in which that day lies within every term.
      const lo = Math.max(minYear, 1990);
      const ys: number[] = [];
      for (let y = lo; y <= 2035; y++) if (validDay(y, anchor.m, anchor.d) && inAll(iso(y, anchor.m, anchor.d))) ys.push(y);
      if (ys.length === 1) {
        year = ys[0]!;
        yearWhy = constraints.map((c) => c.why).join('; ');
        yearSentence = constraints[0]!.sentence;
      }
    }
    if (year === null || !validDay(year, anchor.m, anchor.d) || !inAll(iso(year, anchor.m, anchor.d)) || year < minYear) return none();
    return {
      date: iso(year, anchor.m, anchor.d),
      datePrecision: 'day',
      dateEvidence: { sentence: anchor.sentence.text, reasoning: `"${anchor.text}" is the latest reported day; the year ${year}: ${yearWhy}. (Year evidence: ${yearSentence})` },
    };
  }
  if (year === null) {
    // Terms alone: a year only if they all fit within one year.
    const ys: number[] = [];
    for (let y = Math.max(minYear, 1990); y <= 2035 && constraints.length > 0; y++) if (yearOk(y) && allTermsCoverSomeDayOf(y)) ys.push(y);
    if (ys.length !== 1) return none();
    year = ys[0]!;
    yearWhy = constraints.map((c) => c.why).join('; ');
    yearSentence = constraints[0]!.sentence;
  }
  // A reporting weekday in Ramadan may narrow further.
  const wd = reportingWeekday(sentences);
  const ramadan = sentences.some((s) => /\b(?:Ramadan|Ramazan|Ramzan)\b/.test(s.text) && !/\blast year\b/i.test(s.text));
  if (wd !== null && ramadan) {
    const days: [number, number][] = [];
    const jan1 = Date.UTC(year, 0, 1);
    for (let t = jan1 + ((wd.day - new Date(jan1).getUTCDay() + 7) % 7) * DAY; new Date(t).getUTCFullYear() === year; t += 7 * DAY) {
      const dt = new Date(t);
      const m = dt.getUTCMonth() + 1, d = dt.getUTCDate();
      if (inRamadan(year, m, d) && inAll(iso(year, m, d))) days.push([m, d]);
    }
    if (days.length === 1) {
      const [m, d] = days[0]!;
      return { date: iso(year, m, d), datePrecision: 'day', dateEvidence: { sentence: wd.sentence, reasoning: `The only ${WEEKDAYS[wd.day]} in Ramadan ${year}; year: ${yearWhy}.` } };
    }
    if (days.length > 1 && days.every(([m]) => m === days[0]![0])) {
      return { date: `${year}-${pad(days[0]![0])}`, datePrecision: 'month', dateEvidence: { sentence: wd.sentence, reasoning: `Every ${WEEKDAYS[wd.day]} of Ramadan ${year} falls in this month; year: ${yearWhy}.` } };
    }
  }
  return { date: String(year), datePrecision: 'year', dateEvidence: { sentence: yearSentence, reasoning: `Year only: ${yearWhy}. The text gives no calendar day that pins the date.` } };

  function allTermsCoverSomeDayOf(y: number): boolean {
    // Some day of year y lies in every term: test the first of each month and term boundaries.
    const probes = [...Array.from({ length: 12 }, (_, i) => iso(y, i + 1, 1)), ...constraints.flatMap((c) => c.intervals.flat()).filter((d) => d.startsWith(String(y)))];
    return probes.some(inAll);
  }
  function none(): DateResult {
    return { date: null, datePrecision: 'unknown', dateEvidence: null };
  }
}

/** "officials said Sunday", "said on Sunday": the weekday the report was written. */
function reportingWeekday(sentences: Sentence[]): { day: number; sentence: string } | null {
  for (const s of sentences) {
    const m = /\b(?:said|says|told|announced|reported)(?:\s+(?:on|late|early|late on|early on))?\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/.exec(s.text);
    if (m) return { day: WEEKDAYS.indexOf(m[1]!.toLowerCase()), sentence: s.text };
  }
  return null;
}
