/**
 * Places: gazetteer names found in the body, with their kind told by context
 * ("Kunduz province", "province of Kunduz" → province; "Kunduz city", "city of Kunduz",
 * the dateline → city; "X district" → district even when the gazetteer lacks X).
 * "The province" with no name refers to the province of the city named just before.
 */
import type { Place, PlaceKind } from '../contract/schema.ts';
import { lookupPlace, maxPlaceWords, rank, type GazetteerPlace } from './gazetteer.ts';
import { evidenceAt, type Sentence } from './sentences.ts';
import { isTitleCase } from './orgs.ts';
import { fold, skeleton } from './fold.ts';
import { slugify } from './slug.ts';
import { UPPER } from './upper.ts';

const TOKEN_RE = new RegExp(`${UPPER}[\\p{L}\\p{M}'’\\-]*|\\b(?:e|i|ye|of|al|el|the)\\b`, 'gu');
const PARTICLE = /^(?:e|i|ye|of|al|el|the)$/;
/** Months and weekdays that are also town names somewhere ("March", "Sunday"): never places here. */
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const AFTER_CUE: [RegExp, PlaceKind][] = [
  [/^(?:[’']s)?\s+[Pp]rovince\b/, 'province'],
  [/^\s+[Dd]istrict\b/, 'district'],
  [/^\s+(?:[Cc]ity|[Tt]own)\b/, 'city'],
];
const BEFORE_CUE: [RegExp, PlaceKind][] = [
  [/\bprovinces? of\s+$/i, 'province'],
  [/\bdistricts? of\s+$/i, 'district'],
  [/\b(?:city|town|capital) of\s+$/i, 'city'],
];

interface Found {
  place: GazetteerPlace | null;
  name: string;
  kind: PlaceKind;
  province: string | null;
  start: number;
  end: number;
}

export interface PlacesContext {
  dateline: string | null;
  /** Spans already taken by people and organisations. */
  blocked: (start: number, end: number) => boolean;
}

function cueKind(body: string, start: number, end: number): PlaceKind | null {
  const after = body.slice(end, end + 12);
  for (const [re, k] of AFTER_CUE) if (re.test(after)) return k;
  const before = body.slice(Math.max(0, start - 30), start);
  for (const [re, k] of BEFORE_CUE) if (re.test(before)) return k;
  return null;
}

function choose(cands: GazetteerPlace[], kind: PlaceKind | null): GazetteerPlace | null {
  const pool = kind ? cands.filter((c) => c.kind === kind || (kind === 'city' && c.kind === 'town')) : cands;
  return [...pool].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/** Scan capitalised word runs; take the longest gazetteer match at each position. */
function scan(body: string, sentences: Sentence[], ctx: PlacesContext): Found[] {
  const found: Found[] = [];
  for (const sen of sentences) {
    if (isTitleCase(sen.text)) continue;
    const toks = [...sen.text.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], at: sen.start + m.index }));
    for (let i = 0; i < toks.length; i++) {
      const t0 = toks[i]!;
      if (PARTICLE.test(t0.text) || CALENDAR.test(t0.text)) continue;
      // Hyphenated forms ("Pul-e-Khumri") fold to several words; the bound counts words, not tokens.
      const words = maxPlaceWords(t0.text);
      if (words === 0 && t0.text.length < 5) continue; // no place starts so, too short for a spelling variant
      const maxN = Math.max(1, Math.min(5, toks.length - i, words));
      for (let n = maxN; n >= 1; n--) {
        const last = toks[i + n - 1]!;
        if (PARTICLE.test(last.text)) continue;
        // The words must be adjacent in the text (only spaces or hyphens between).
        const start = t0.at;
        let end = last.at + last.text.length;
        let text = n === 1 ? t0.text : body.slice(start, end);
        if (n > 1 && !/^[\p{L}\p{M}'’\- ]+$/u.test(text)) continue;
        if (text.endsWith('s') && /[’']s$/.test(text)) text = text.slice(0, -2);
        end = start + text.length;
        const cands = lookupPlace(text);
        if (cands.length === 0 || ctx.blocked(start, end)) continue;
        const cue = cueKind(body, start, end);
        const place = choose(cands, cue);
        found.push({ place, name: text, kind: cue ?? place?.kind ?? 'city', province: place?.province ?? null, start, end });
        i += n - 1;
        break;
      }
    }
  }
  // "Nawa district", "Chardarah district": a district by context, gazetteer or not.
  for (const d of body.matchAll(/ [Dd]istrict\b/g)) {
    const m = /(\p{Lu}[\p{L}\p{M}'’\-]*(?: \p{Lu}[\p{L}\p{M}'’\-]*)?)$/u.exec(body.slice(Math.max(0, d.index - 60), d.index));
    if (!m) continue;
    const start = d.index - m[1]!.length, end = d.index;
    const sen = sentences.find((s) => s.start <= start && start < s.end);
    if (!sen || isTitleCase(sen.text)) continue;
    if (found.some((f) => f.start < end && start < f.end) || ctx.blocked(start, end)) continue;
    if (/^(?:The|A|An|Each|Every|This|That|Its|Their|Which|Another)\b/.test(m[1]!)) continue;
    found.push({ place: null, name: m[1]!, kind: 'district', province: null, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function findPlaces(body: string, sentences: Sentence[], ctx: PlacesContext): Place[] {
  const places: Place[] = [];
  const keyOf = (kind: PlaceKind, name: string, g: GazetteerPlace | null): string => `${kind}:${g && g.kind === kind ? `#${g.id}` : skeleton(name)}`;
  const index = new Map<string, Place>();
  const get = (kind: PlaceKind, name: string, g: GazetteerPlace | null, province: string | null): Place => {
    const sameName = [...index.values()].find((p) => p.kind === kind && (skeleton(p.name) === skeleton(name) || p.aliases.some((a) => fold(a) === fold(name))));
    const key = keyOf(kind, name, g);
    let p = index.get(key) ?? sameName;
    if (!p) {
      const exact = g && g.kind === kind;
      const canonical = exact ? g.name : name;
      p = {
        name, kind,
        slug: slugify(kind === 'province' || kind === 'district' ? `${canonical} ${kind}` : canonical),
        aliases: [], mentions: [],
        province: kind === 'province' || kind === 'country' || kind === 'region' ? null : province,
        lat: exact && kind !== 'province' ? g.lat : null,
        lon: exact && kind !== 'province' ? g.lon : null,
      };
      places.push(p);
    }
    index.set(key, p);
    if (fold(name) !== fold(p.name) && !p.aliases.includes(name)) p.aliases.push(name);
    return p;
  };

  // The dateline names the city the report was filed from.
  if (ctx.dateline) {
    const g = choose(lookupPlace(ctx.dateline), 'city');
    if (g) {
      const p = get('city', g.name, g, g.province);
      if (ctx.dateline !== g.name && !p.aliases.includes(ctx.dateline)) p.aliases.push(ctx.dateline);
    }
  }

  const found = scan(body, sentences, ctx);
  const cued = new Map<string, PlaceKind>();
  for (const f of found) if (cueKind(body, f.start, f.end)) cued.set(fold(f.name), f.kind);
  let lastCity: { f: Found; p: Place } | null = null;
  const mentionsOf = (p: Place, s: number, e: number): void => {
    p.mentions.push(evidenceAt(body, sentences, s, e));
  };
  const anaphora = [...body.matchAll(/\b[Tt]he (?:[\p{Ll}-]+ ){0,2}province\b(?! of\b)|\bprovince of the same name\b/gu)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  let ai = 0;
  const resolveAnaphora = (upTo: number): void => {
    for (; ai < anaphora.length && anaphora[ai]!.at < upTo; ai++) {
      const a = anaphora[ai]!;
      if (!lastCity?.f.place?.province) continue;
      const prov = lastCity.f.place.province;
      const g = choose(lookupPlace(prov), 'province');
      // A province named like its capital takes the text's spelling of the city.
      const name = skeleton(prov) === skeleton(lastCity.f.name) ? lastCity.f.name : prov;
      mentionsOf(get('province', name, g, null), a.at, a.end);
    }
  };
  for (const f of found) {
    resolveAnaphora(f.start);
    let kind = cueKind(body, f.start, f.end) ?? f.kind;
    let g = f.place;
    // A bare name already told apart earlier in the report keeps that reading.
    const earlier = cued.get(fold(f.name));
    if (!cueKind(body, f.start, f.end) && earlier && g?.kind !== 'country') {
      kind = places.some((p) => p.kind === 'city' && fold(p.name) === fold(f.name)) ? 'city' : earlier;
      g = choose(lookupPlace(f.name), kind) ?? g;
    }
    if (kind === 'town') kind = g?.kind === 'town' ? 'town' : 'city';
    const p = get(kind, f.name, g, f.province ?? g?.province ?? null);
    mentionsOf(p, f.start, f.end);
    if (kind === 'city' || kind === 'town') lastCity = { f: { ...f, place: g }, p };
  }
  resolveAnaphora(body.length);
  return places;
}
