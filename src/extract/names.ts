/**
 * Spelling-variant matching for people's names across reports ("Zabihullah Mujahid" ~
 * "Zabihullah Mujahed"). Every token must correspond; a shared surname alone never matches.
 */
import { fold, skeleton, editDistance } from './fold.ts';

/** Titles and honorifics that do not distinguish two names. */
const HONORIFIC = new Set(['mullah', 'mawlawi', 'maulvi', 'general', 'gen', 'dr', 'mr', 'mrs', 'ms', 'sheikh', 'president']);

const tokenCache = new Map<string, string[]>();
function tokens(name: string): string[] {
  let t = tokenCache.get(name);
  if (!t) {
    if (tokenCache.size > 20_000) tokenCache.clear();
    tokenCache.set(name, (t = fold(name).split(' ').filter((x) => x && !HONORIFIC.has(x))));
  }
  return t;
}

/** Two spellings of one word: same consonant skeleton and the same first letter, or one typo apart. */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  if (a[0] !== b[0] && !(/^[kq]/.test(a) && /^[kq]/.test(b))) return false;
  return (skeleton(a) === skeleton(b) && editDistance(a, b) <= 2) || editDistance(a, b) <= 1;
}

export function sameName(a: string, b: string): boolean {
  const ta = tokens(a), tb = tokens(b);
  if (ta.length === 0 || ta.length !== tb.length) return false;
  return ta.every((t, i) => sameToken(t, tb[i]!));
}
