/**
 * Text folding shared by every matcher: names are compared without case,
 * accents, punctuation or hyphen/space differences ("Pul-e-Khumri" = "Pul-e Khumri").
 */

// Extraction folds the same few hundred words many times: memoise (bounded).
const foldCache = new Map<string, string>();
const skeletonCache = new Map<string, string>();
function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size > 50_000) cache.clear();
  cache.set(key, value);
  return value;
}

/** Lowercase ASCII-ish key: accents folded, apostrophes dropped, other punctuation → one space. */
export function fold(text: string): string {
  return foldCache.get(text) ?? remember(foldCache, text, foldRaw(text));
}

function foldRaw(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʻʼʿʾ'’‘`´]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Consonant skeleton of a folded name: transliterations of Persian/Arabic
 * names differ mostly in vowels ("Mujahid"/"Mujahed", "Jowzjan"/"Jawzjan"),
 * so vowels, w/y glides after a vowel and doubled letters are dropped.
 */
export function skeleton(text: string): string {
  return skeletonCache.get(text) ?? remember(skeletonCache, text, skeletonRaw(text));
}

function skeletonRaw(text: string): string {
  const f = fold(text).replace(/ /g, '');
  return f
    .replace(/(?<=[aeiou])[wy]/g, '')
    .replace(/[aeiou]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
