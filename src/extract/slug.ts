/** URL-safe ids: lowercase ASCII, accents folded, words joined by '-', never empty, at most ~80 chars. */
const MAX = 80;

export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i')
    .replace(/[ʻʼʿʾ'’‘`´]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > MAX) {
      if (!out) out = w.slice(0, MAX); // one over-long word: cut it
      break;
    }
    out = next;
  }
  return out || 'untitled';
}
