/**
 * Scoring events and figures against `tests/fixtures/gold/events.json` (conventions in the README
 * beside it). An extracted event matches a gold one on (place, action, status), the place by name or
 * alias and kind; a figure on (kind, value), preferring the same attribution. Each gold item matches
 * at most once. Among matched events, a date that is neither the gold date nor a prefix of it is a
 * wrong date (a date where the gold has none is wrong too); a null date is withheld. Pure functions.
 */
import { readFileSync } from 'node:fs';
import type { Event, Figure, Place } from '../contract/schema.ts';
import { fold } from '../extract/fold.ts';
import { prf, scoreDate, type PRF } from './score.ts';

export interface GoldEvent {
  action: string;
  actor: string | null;
  place: string;
  placeKind: string;
  date: string | null;
  status: string;
  quote: string;
}
export interface GoldFigure {
  text: string;
  value: number | null;
  kind: string;
  counted: string | null;
  saidBy: string | null;
  quote: string;
}
export interface GoldEvents {
  reports: { file: string; events: GoldEvent[]; figures: GoldFigure[] }[];
}

export interface EventsScore {
  events: PRF & { missed: string[]; spurious: string[] };
  /** Matched events by date outcome. */
  dates: { exact: number; lessPrecise: number; withheld: number; wrong: number; wrongList: string[] };
  /** Matched events whose actor slug differs from the gold's (reported, not scored). */
  actorDisagreements: number;
  figures: PRF & { missed: string[]; spurious: string[] };
  /** Matched figures whose attribution differs from the gold's. */
  wrongAttribution: string[];
}

export function loadGoldEvents(path: string): GoldEvents {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldEvents;
}

const sameKind = (a: string, b: string): boolean => a === b || (a === 'town' && b === 'city') || (a === 'city' && b === 'town');
const label = (e: { action: string; status: string }, place: string): string => `${e.action} ${place} (${e.status})`;

export function scoreEvents(events: Event[], figures: Figure[], places: Place[], gold: { events: GoldEvent[]; figures: GoldFigure[] }): EventsScore {
  const placeOf = new Map(places.map((p) => [p.slug, p]));
  const usedE = new Set<number>();
  const spuriousE: string[] = [];
  const dates = { exact: 0, lessPrecise: 0, withheld: 0, wrong: 0, wrongList: [] as string[] };
  let actorDisagreements = 0;
  for (const e of events) {
    const p = placeOf.get(e.place);
    const names = new Set(p ? [p.name, ...p.aliases].map(fold) : [fold(e.placeName)]);
    const j = gold.events.findIndex((g, k) => !usedE.has(k) && g.action === e.action && g.status === e.status && names.has(fold(g.place)) && (!p || sameKind(p.kind, g.placeKind)));
    if (j < 0) {
      spuriousE.push(label(e, e.placeName));
      continue;
    }
    usedE.add(j);
    const g = gold.events[j]!;
    if ((g.actor ?? null) !== (e.actorSlug ?? null) && g.actor !== null) actorDisagreements++;
    if (e.date === null) dates.withheld++;
    else {
      const o = g.date === null ? 'wrong' : scoreDate(e.date, g.date);
      if (o === 'exact') dates.exact++;
      else if (o === 'less-precise') dates.lessPrecise++;
      else {
        dates.wrong++;
        dates.wrongList.push(`${label(e, e.placeName)}: ${e.date} (gold ${g.date ?? 'undated'})`);
      }
    }
  }
  const missedE = gold.events.filter((_, k) => !usedE.has(k)).map((g) => label(g, g.place));

  const usedF = new Set<number>();
  const spuriousF: string[] = [];
  const wrongAttribution: string[] = [];
  const sameValue = (f: Figure, g: GoldFigure): boolean => (g.value === null ? f.value === null && fold(f.text) === fold(g.text) : f.value === g.value);
  for (const f of figures) {
    const cands = gold.figures.map((g, k) => ({ g, k })).filter(({ g, k }) => !usedF.has(k) && g.kind === f.kind && sameValue(f, g));
    const pick = cands.find(({ g }) => (g.saidBy ?? null) === (f.saidBy?.slug ?? null)) ?? cands[0];
    if (!pick) {
      spuriousF.push(`${f.kind} ${f.text}`);
      continue;
    }
    usedF.add(pick.k);
    if ((pick.g.saidBy ?? null) !== (f.saidBy?.slug ?? null)) wrongAttribution.push(`${f.kind} ${f.text}: ${f.saidBy?.slug ?? 'nobody'} (gold ${pick.g.saidBy ?? 'nobody'})`);
  }
  const missedF = gold.figures.filter((_, k) => !usedF.has(k)).map((g) => `${g.kind} ${g.text}`);
  return {
    events: { ...prf(usedE.size, spuriousE.length, missedE.length), missed: missedE, spurious: spuriousE },
    dates,
    actorDisagreements,
    figures: { ...prf(usedF.size, spuriousF.length, missedF.length), missed: missedF, spurious: spuriousF },
    wrongAttribution,
  };
}

/** Sums per-report scores. */
export function sumEvents(parts: EventsScore[]): { events: PRF; figures: PRF; wrongDates: number; withheldDates: number; exactDates: number; lessPreciseDates: number; wrongAttribution: number; actorDisagreements: number } {
  const s = (f: (p: EventsScore) => number): number => parts.reduce((a, p) => a + f(p), 0);
  return {
    events: prf(s((p) => p.events.tp), s((p) => p.events.fp), s((p) => p.events.fn)),
    figures: prf(s((p) => p.figures.tp), s((p) => p.figures.fp), s((p) => p.figures.fn)),
    wrongDates: s((p) => p.dates.wrong),
    withheldDates: s((p) => p.dates.withheld),
    exactDates: s((p) => p.dates.exact),
    lessPreciseDates: s((p) => p.dates.lessPrecise),
    wrongAttribution: s((p) => p.wrongAttribution.length),
    actorDisagreements: s((p) => p.actorDisagreements),
  };
}
