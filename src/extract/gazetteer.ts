/** The committed place table (see gazetteer/README.md), indexed by folded name and consonant skeleton. */
import type { PlaceKind } from '../contract/schema.ts';
import rows from './gazetteer/places.json' with { type: 'json' };
import { fold, skeleton, editDistance } from './fold.ts';

export interface GazetteerPlace {
  id: number;
  name: string;
  kind: PlaceKind;
  country: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
  alternates: string[];
}

type Row = [string, string, string, string | null, number | null, number | null, string[]];

/** Countries whose spellings we index by skeleton too (transliterated names vary in vowels). */
const REGION = new Set(['AF', 'PK', 'IR', 'TJ', 'UZ', 'TM']);

export const PLACES: GazetteerPlace[] = (rows as Row[]).map((r, id) => ({
  id, name: r[0], kind: r[1] as PlaceKind, country: r[2], province: r[3], lat: r[4], lon: r[5], alternates: r[6],
}));

const byKey = new Map<string, GazetteerPlace[]>();
const bySkeleton = new Map<string, GazetteerPlace[]>();
function add(map: Map<string, GazetteerPlace[]>, key: string, p: GazetteerPlace): void {
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}
/** Longest gazetteer name (in words) starting with a given folded word: bounds the scan window. */
const maxWordsByFirst = new Map<string, number>();
for (const p of PLACES) {
  for (const n of [p.name, ...p.alternates]) {
    const key = fold(n);
    add(byKey, key, p);
    const words = key.split(' ');
    maxWordsByFirst.set(words[0]!, Math.max(maxWordsByFirst.get(words[0]!) ?? 0, words.length));
    if (REGION.has(p.country) && p.kind !== 'town') {
      const sk = skeleton(n);
      if (sk.length >= 4) add(bySkeleton, sk, p);
    }
  }
}

/** How many words a place name starting with `word` can have (0: none starts so). */
const maxWordsCache = new Map<string, number>();
export function maxPlaceWords(word: string): number {
  let n = maxWordsCache.get(word);
  if (n === undefined) {
    if (maxWordsCache.size > 20_000) maxWordsCache.clear();
    maxWordsCache.set(word, (n = maxWordsByFirst.get(fold(word).split(' ')[0] ?? '') ?? 0));
  }
  return n;
}

/** Rank for a bare mention: countries, then Afghan-region cities, provinces, districts, then the world. */
export function rank(p: GazetteerPlace): number {
  const local = REGION.has(p.country) ? 10 : 0;
  const k = { country: 100, region: 90, city: 8, province: 7, district: 5, town: 3 }[p.kind];
  return p.kind === 'country' || p.kind === 'region' ? k : k + local + (p.country === 'AF' ? 10 : 0);
}

/**
 * Exact (folded) lookup, falling back to a spelling variant of a region name ("Jawzjan" for
 * Jowzjan): same consonant skeleton, same first letter, at most two letters apart.
 */
export function lookupPlace(text: string, fuzzy = true): GazetteerPlace[] {
  const key = fold(text);
  const exact = byKey.get(key);
  if (exact || !fuzzy) return exact ?? [];
  if (key.includes(' ') || key.length < 5) return [];
  return (bySkeleton.get(skeleton(text)) ?? []).filter((p) =>
    [p.name, ...p.alternates].some((n) => {
      const f = fold(n);
      // Not a derived word: "Pakistani", "Afghans" are not spellings of the place.
      return f[0] === key[0] && !key.startsWith(f) && editDistance(f, key) <= 2;
    }),
  );
}

/** Exact gazetteer name (no spelling variants): used to keep place words out of people's names. */
export function isPlaceName(text: string): boolean {
  return lookupPlace(text, false).length > 0;
}
