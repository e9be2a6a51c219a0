/**
 * Archivist's corrections, kept in `content/curation.yml` and applied by every ingest after the
 * rules have run. Everything is optional; names are matched ignoring case, accents and punctuation.
 *
 * ```yaml
 * # Spelling variants and short forms → the canonical name (people, places, organisations, sources).
 * merge:
 *   Zabihullah Mujahed: Zabihullah Mujahid
 * # Show a different name; the old one stays as an alias.
 * rename:
 *   Jalid: Mullah Jalid
 * # Not an entity at all: dropped wherever found. Prefix with a kind to limit it
 * # ("people: Farah" drops only the person Farah).
 * notEntity:
 *   - Islamic Emirate
 *   - "people: Farah"
 * # The kind of a place (city, town, district, province, country, region).
 * placeKind:
 *   Farah: city
 * # A report's date, keyed by seed file name; `date` is YYYY, YYYY-MM or YYYY-MM-DD.
 * dates:
 *   004_9010c750329a10ef.txt:
 *     date: "2016-10-03"
 *     reason: Brussels donors conference began the next day (4 Oct 2016).
 * ```
 */
import { parse } from 'yaml';
import type { DatePrecision, PlaceKind, Person, Place, Organization, Source, Quote } from '../contract/schema.ts';
import { fold } from './fold.ts';
import { slugify } from './slug.ts';

export type EntityKind = 'people' | 'places' | 'organizations' | 'sources';

export interface Curation {
  merge: Record<string, string>;
  rename: Record<string, string>;
  notEntity: { name: string; kind: EntityKind | null }[];
  placeKind: Record<string, PlaceKind>;
  dates: Record<string, { date: string; reason: string }>;
}

export const EMPTY_CURATION: Curation = { merge: {}, rename: {}, notEntity: [], placeKind: {}, dates: {} };

const KINDS: PlaceKind[] = ['city', 'town', 'district', 'province', 'country', 'region'];

export function parseCuration(yamlText: string, fileName: string): Curation {
  const fail = (reason: string): never => {
    throw new Error(`${fileName}: ${reason}`);
  };
  let doc: unknown;
  try {
    doc = parse(yamlText);
  } catch (e) {
    fail(`not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  if (doc === null || doc === undefined) return structuredClone(EMPTY_CURATION);
  if (typeof doc !== 'object' || Array.isArray(doc)) fail('the top level must be a mapping');
  const top = doc as Record<string, unknown>;
  for (const k of Object.keys(top)) if (!['merge', 'rename', 'notEntity', 'placeKind', 'dates'].includes(k)) fail(`unknown key "${k}"`);

  const stringMap = (key: string): Record<string, string> => {
    const v = top[key];
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) return fail(`"${key}" must be a mapping of name: name`);
    const out: Record<string, string> = {};
    for (const [a, b] of Object.entries(v as Record<string, unknown>)) {
      if (typeof b !== 'string' || !b.trim()) fail(`"${key}.${a}" must be a non-empty name`);
      out[a] = (b as string).trim();
    }
    return out;
  };
  const merge = stringMap('merge');
  const rename = stringMap('rename');
  const kinds = stringMap('placeKind');
  const placeKind: Record<string, PlaceKind> = {};
  for (const [n, k] of Object.entries(kinds)) {
    if (!KINDS.includes(k as PlaceKind)) fail(`"placeKind.${n}" must be one of ${KINDS.join(', ')}`);
    placeKind[n] = k as PlaceKind;
  }
  const notEntity: Curation['notEntity'] = [];
  const ne = top.notEntity ?? [];
  if (!Array.isArray(ne)) fail('"notEntity" must be a list of names');
  for (const item of ne as unknown[]) {
    if (typeof item !== 'string' || !item.trim()) fail('"notEntity" entries must be names');
    const m = /^(people|places|organizations|sources)\s*:\s*(.+)$/.exec((item as string).trim());
    notEntity.push(m ? { kind: m[1] as EntityKind, name: m[2]! } : { kind: null, name: (item as string).trim() });
  }
  const dates: Curation['dates'] = {};
  const dv = top.dates ?? {};
  if (typeof dv !== 'object' || dv === null || Array.isArray(dv)) fail('"dates" must be a mapping of file name: { date, reason }');
  for (const [file, v] of Object.entries(dv as Record<string, unknown>)) {
    const e = v as { date?: unknown; reason?: unknown } | null;
    const date = typeof e?.date === 'number' ? String(e.date) : e?.date;
    if (typeof date !== 'string' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date) || Number.isNaN(Date.parse(date))) {
      fail(`"dates.${file}.date" must be YYYY, YYYY-MM or YYYY-MM-DD (quote it)`);
    }
    if (typeof e?.reason !== 'string' || !e.reason.trim()) fail(`"dates.${file}.reason" must say why`);
    dates[file] = { date: date as string, reason: (e!.reason as string).trim() };
  }
  return { merge, rename, notEntity, placeKind, dates };
}

export function precisionOf(date: string | null): DatePrecision {
  if (!date) return 'unknown';
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

interface Entity {
  name: string;
  slug: string;
  aliases: string[];
  mentions: Person['mentions'];
}

function lookup(map: Record<string, string>, e: Entity): string | undefined {
  for (const [k, v] of Object.entries(map)) if ([e.name, ...e.aliases].some((n) => fold(n) === fold(k))) return v;
  return undefined;
}

function slugFor(e: Entity): string {
  const p = e as Partial<Place>;
  return p.kind === 'province' || p.kind === 'district' ? slugify(`${e.name} ${p.kind}`) : slugify(e.name);
}

function curateList<T extends Entity>(list: T[], kind: EntityKind, c: Curation, renamed: Map<string, string>): T[] {
  const dropped = c.notEntity.filter((n) => n.kind === null || n.kind === kind).map((n) => fold(n.name));
  const out: T[] = [];
  for (const e of list) {
    if ([e.name, ...e.aliases].some((n) => dropped.includes(fold(n)))) continue;
    const oldSlug = e.slug;
    const target = lookup(c.merge, e) ?? lookup(c.rename, e);
    if (target && fold(target) !== fold(e.name)) {
      e.aliases = [...new Set([e.name, ...e.aliases])].filter((a) => fold(a) !== fold(target));
      e.name = target;
    }
    if (kind === 'places') {
      const k = lookup(c.placeKind as Record<string, string>, e) as PlaceKind | undefined;
      if (k) (e as unknown as Place).kind = k;
    }
    e.slug = slugFor(e);
    renamed.set(oldSlug, e.slug);
    // Two entries now the same entity: fold them together.
    const twin = out.find((o) => fold(o.name) === fold(e.name) && (o as Partial<Place>).kind === (e as Partial<Place>).kind);
    if (twin) {
      twin.aliases = [...new Set([...twin.aliases, ...e.aliases])].filter((a) => fold(a) !== fold(twin.name));
      twin.mentions = [...twin.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
      const tr = (twin as unknown as Person).roles, er = (e as unknown as Person).roles;
      if (tr && er) for (const r of er) if (!tr.some((x) => x.role === r.role)) tr.push(r);
      renamed.set(oldSlug, twin.slug);
      continue;
    }
    out.push(e);
  }
  return out;
}

export interface Curatable {
  date: string | null;
  datePrecision: DatePrecision;
  dateEvidence: { sentence: string; reasoning: string } | null;
  people: Person[];
  places: Place[];
  organizations: Organization[];
  sources: Source[];
  quotes: Quote[];
}

/** Apply the archivist's corrections; pure: returns a new extraction. */
export function applyCuration<T extends Curatable>(x: T, c: Curation, fileName: string | null): T {
  return curateInPlace(structuredClone(x), c, fileName);
}

/** applyCuration without the copy, for an extraction no one else holds yet (cloning cost as much as curating). */
export function curateInPlace<T extends Curatable>(x: T, c: Curation, fileName: string | null): T {
  const renamed = new Map<string, string>();
  x.people = curateList(x.people, 'people', c, renamed);
  const personSlugs = new Set(x.people.map((p) => p.slug));
  x.quotes = x.quotes.map((q) => {
    const s = q.speaker ? renamed.get(q.speaker) ?? q.speaker : null;
    return { ...q, speaker: s && personSlugs.has(s) ? s : null };
  });
  x.places = curateList(x.places, 'places', c, new Map());
  x.organizations = curateList(x.organizations, 'organizations', c, new Map());
  x.sources = curateList(x.sources, 'sources', c, new Map());
  const d = fileName ? c.dates[fileName] : undefined;
  if (d) {
    x.date = d.date;
    x.datePrecision = precisionOf(d.date);
    x.dateEvidence = { sentence: '', reasoning: `Set in curation: ${d.reason}` };
  }
  return x;
}
