/**
 * A synthetic archive for the benchmark: N plain-text wire reports, deterministic
 * from a seed number. Sentences are recombined from the project's seed reports
 * and mixed with templated sentences that name people, places and organisations
 * drawn from large generated pools, so the number of distinct entities grows
 * with N the way a real archive's does (thousands of people, hundreds of places).
 *
 * Each report has the shapes ingest knows: an optional headline line, an
 * optional "PLACE - " dateline, paragraphs separated by blank lines. About half
 * carry a date the extractor can resolve: an explicit "June 21, 2019", or
 * "officials said on June 21" plus a year clue it knows (the end of the NATO
 * combat mission "at the end of last year" → 2015); the rest stay undated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG; the same seed always gives the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
/** Skewed pick: low indices are much more common (a few names recur often, most rarely). */
const pickSkewed = <T>(rnd: Random, list: readonly T[], power = 2.2): T => list[Math.floor(rnd() ** power * list.length)]!;
const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// Name parts in the style of the region's names; combined generatively.
const FIRST_A = ['ab', 'ah', 'am', 'ar', 'as', 'ba', 'da', 'fa', 'fa', 'gha', 'ha', 'ja', 'ka', 'kha', 'la', 'ma', 'mu', 'na', 'nu', 'qa', 'ra', 'sa', 'sha', 'ta', 'wa', 'ya', 'za', 'zu', 'ha', 'ni', 'fe', 'so', 'ma', 'ro', 'ze'];
const FIRST_B = ['bib', 'dul', 'fiz', 'hid', 'jid', 'kim', 'lil', 'mal', 'mid', 'nir', 'rif', 'sim', 'tar', 'wid', 'zir', 'hab', 'rah', 'sar', 'mat', 'bar', 'hed', 'lam', 'san', 'rin', 'dar'];
const FIRST_END = ['', '', '', 'ullah', 'uddin', 'a', 'i', 'an', 'ar', 'ollah', 'ina', 'ima'];
const LAST_A = ['ah', 'ak', 'am', 'ba', 'da', 'fa', 'ga', 'ha', 'ja', 'ka', 'ko', 'la', 'ma', 'na', 'no', 'pa', 'qu', 'ra', 're', 'sa', 'sha', 'ta', 'wa', 'ya', 'za', 'zi', 'ha', 'mo', 'su', 'ti'];
const LAST_B = ['bar', 'dar', 'gul', 'had', 'jan', 'kar', 'lan', 'mad', 'mir', 'nas', 'rab', 'rim', 'sed', 'sor', 'tam', 'war', 'yar', 'zad', 'hin', 'kim', 'lod', 'ruf', 'sal', 'min'];
const LAST_END = ['i', 'zai', 'yar', 'khel', 'wal', 'i', 'zada', 'ani', '', '', 'a', 'ullah'];

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

/** `size` distinct person names, generated from syllables. */
export function personPool(size: number, rnd: Random): PersonName[] {
  const seen = new Set<string>();
  const out: PersonName[] = [];
  let guard = 0;
  while (out.length < size && guard++ < size * 50) {
    const first = cap(pick(rnd, FIRST_A) + pick(rnd, FIRST_B) + pick(rnd, FIRST_END));
    const last = cap(pick(rnd, LAST_A) + pick(rnd, LAST_B) + pick(rnd, LAST_END));
    const full = `${first} ${last}`;
    if (first === last || seen.has(full) || seen.has(last)) continue;
    seen.add(full);
    out.push({ first, last, full });
  }
  return out;
}

/** Districts, provinces, towns and cities of the region from the project's gazetteer. */
export function placePool(projectRoot: string): string[] {
  type Row = [name: string, kind: string, country: string, ...rest: unknown[]];
  const rows = JSON.parse(readFileSync(path.join(projectRoot, 'src/extract/gazetteer/places.json'), 'utf8')) as Row[];
  const region = new Set(['AF', 'PK', 'IR', 'TJ', 'UZ', 'TM', 'KG']);
  const names = rows
    .filter(([name, kind, country]) => region.has(country) && ['district', 'province', 'city', 'town'].includes(kind) && /^[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?$/.test(name))
    .map(([name]) => name);
  return [...new Set(names)];
}

const ORG_HEADS = ['Council', 'Commission', 'Committee', 'Agency', 'Directorate', 'Foundation', 'Association', 'Institute', 'Federation', 'Alliance', 'Network', 'Movement'];
const ORG_TOPICS = ['Reconstruction', 'Refugee', 'Water', 'Health', 'Education', 'Mine Clearance', 'Women’s', 'Elders', 'Farmers', 'Traders', 'Teachers', 'Journalists', 'Peace', 'Relief', 'Youth'];

/** Organisations named after a place and a topic: "Kunduz Refugee Council". */
export function orgPool(places: readonly string[], size: number, rnd: Random): string[] {
  const seen = new Set<string>();
  let guard = 0;
  while (seen.size < size && guard++ < size * 20) seen.add(`${pick(rnd, places)} ${pick(rnd, ORG_TOPICS)} ${pick(rnd, ORG_HEADS)}`);
  return [...seen];
}

/** Sentences of the seed reports without dates or years (the generator controls those). */
export function seedSentences(projectRoot: string): string[] {
  const dir = path.join(projectRoot, 'seeds');
  const out: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    for (const paragraph of text.split(/\n+/)) {
      const body = paragraph.replace(/^[A-Z][A-Z'. -]+ [-–—] /, '').trim();
      for (const sentence of body.split(/(?<=[.!?][”"’]?)\s+(?=[“"A-Z])/)) {
        const s = sentence.trim();
        if (s.length < 40 || s.length > 400) continue;
        if (/\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(s)) continue;
        if (/\b(?:last year|Biden|Ghani|Doha|conference|translat\w*|DigitalSiber|system supported)\b/i.test(s)) continue;
        if ((s.match(/[“”"]/g) ?? []).length % 2 !== 0) continue; // half a quotation
        out.push(s);
      }
    }
  }
  return [...new Set(out)];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROLES = ['provincial police spokesman', 'district governor', 'provincial council member', 'police chief', 'army spokesman', 'health official', 'tribal elder', 'local official', 'interior ministry spokesman', 'provincial governor', 'hospital director', 'shopkeeper'];
const TITLES = ['General', 'Colonel', 'Governor', 'Mullah', 'Dr.', 'Commander'];
const QUOTES = [
  'We have sent reinforcements and the situation is under control',
  'The fighting went on all night and many families have fled',
  'Our forces are ready to defend the city',
  'We need food, water and medicine for the displaced',
  'The road is closed and nobody can reach the hospital',
  'Several shops were burned and the market is empty',
  'The insurgents suffered heavy casualties',
  'Schools in the district will stay closed for now',
];
const VERBS = ['capture', 'attack', 'seize', 'besiege', 'enter', 'storm'];
const EVENTS = ['Taliban', 'Insurgents', 'Militants', 'Gunmen'];

export interface GeneratedReport {
  /** File name under seeds/. */
  name: string;
  text: string;
}

export interface Corpus {
  reports: GeneratedReport[];
  /** The most mentioned person names, most frequent first (search queries). */
  commonPeople: string[];
  /** Distinct people, places and organisations the generator used. */
  distinct: { people: number; places: number; organizations: number };
}

/** Generates N reports; the same (n, seed) gives byte-identical output. */
export function generateCorpus(n: number, seed: number, projectRoot: string): Corpus {
  const rnd = createRandom(seed);
  const people = personPool(Math.max(3000, Math.ceil(n * 2.5)), rnd);
  const places = placePool(projectRoot);
  const orgs = orgPool(places, Math.max(200, Math.ceil(n / 4)), rnd);
  const sentences = seedSentences(projectRoot);
  const usedPeople = new Map<string, number>();
  const usedPlaces = new Set<string>();
  const usedOrgs = new Set<string>();
  const reports: GeneratedReport[] = [];
  const texts = new Set<string>();

  for (let i = 0; i < n; i++) {
    const place = pickSkewed(rnd, places, 1.6);
    const cast = Array.from({ length: int(rnd, 2, 5) }, () => pickSkewed(rnd, people));
    const org = pick(rnd, orgs);
    const placeB = pick(rnd, places);
    usedPlaces.add(place).add(placeB);
    usedOrgs.add(org);
    for (const p of cast) usedPeople.set(p.full, (usedPeople.get(p.full) ?? 0) + 1);

    const templated: string[] = [];
    cast.forEach((p, k) => {
      const role = pick(rnd, ROLES);
      const quote = pick(rnd, QUOTES);
      const shape = (k + int(rnd, 0, 5)) % 6;
      if (shape === 0) templated.push(`${cap(role)} ${p.full} said at least ${int(rnd, 2, 90)} people were killed in ${place}.`);
      else if (shape === 1) templated.push(`“${quote},” said ${p.full}, a ${role} in ${placeB}.`);
      else if (shape === 2) templated.push(`${pick(rnd, TITLES)} ${p.full} told reporters that ${int(rnd, 3, 200)} families had fled towards ${placeB}.`);
      else if (shape === 3) templated.push(`“${quote},” ${int(rnd, 18, 80)}-year-old ${p.full} said.`);
      else if (shape === 4) templated.push(`${p.full}, the ${role} of ${place}, said the ${org} had asked for help.`);
      else templated.push(`According to ${p.full}, ${int(rnd, 2, 40)} fighters were detained near ${placeB}.`);
      if (rnd() < 0.5) templated.push(`${p.last} said the situation in ${place} remained tense.`);
    });
    if (rnd() < 0.6) templated.push(`The ${org} said aid convoys would resume once the road to ${place} was safe.`);

    // Date: explicit, inferred from a year clue, or none.
    const month = pick(rnd, MONTHS);
    const day = int(rnd, 1, 28);
    const dateMode = rnd();
    if (dateMode < 0.35) templated.unshift(`The attack took place on ${month} ${day}, ${int(rnd, 2009, 2021)}, officials said.`);
    else if (dateMode < 0.55) {
      templated.unshift(`Officials in ${place} said on ${month} ${day} that fighting had spread to ${int(rnd, 2, 9)} districts.`);
      templated.push('Violence has spiralled in Afghanistan since the departure of most foreign forces at the end of last year.');
    }

    const seedCount = int(rnd, 6, 16);
    const body = [...templated];
    const chosen = new Set<string>();
    for (let k = 0; k < seedCount; k++) chosen.add(pick(rnd, sentences));
    for (const sentence of chosen) body.splice(int(rnd, 1, body.length), 0, sentence);
    const paragraphs: string[] = [];
    for (let k = 0; k < body.length; ) {
      const len = int(rnd, 1, 3);
      paragraphs.push(body.slice(k, k + len).join(' '));
      k += len;
    }
    const dateline = rnd() < 0.6 ? `${place.toUpperCase()} - ` : '';
    paragraphs[0] = `${dateline}${paragraphs[0]}`;
    const headline = rnd() < 0.75 ? `${pick(rnd, EVENTS)} ${pick(rnd, VERBS)} ${place} ${pick(rnd, ['district', 'town', 'checkpoint', 'market'])} as ${int(rnd, 2, 99)} ${pick(rnd, ['killed', 'wounded', 'flee', 'detained'])}\n\n` : '';
    let text = `${headline}${paragraphs.join('\n\n')}\n`;
    if (texts.has(text)) text += `\nReport ${i + 1} of the series.\n`;
    texts.add(text);
    const id = (Math.floor(rnd() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
    reports.push({ name: `${String(i).padStart(6, '0')}_${id}.txt`, text });
  }

  const commonPeople = [...usedPeople.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  return { reports, commonPeople, distinct: { people: usedPeople.size, places: usedPlaces.size, organizations: usedOrgs.size } };
}
