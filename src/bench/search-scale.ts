/**
 * How the search index grows with the archive, without building the site:
 *
 *   node src/bench/search-scale.ts --reports 10000 [--seed 1] [--out .bench/search-scale-10000]
 *                                  [--site <a built dist>] [--chunk-size N]
 *
 * Generates the bench corpus (src/bench/corpus.ts), turns it into the HTML
 * Pagefind would see (a report page per report with the same data-pagefind-*
 * markup as src/pages/articles/[slug].astro; a page per person, place and
 * organisation the reports name, marked up like their pages), indexes that
 * with Pagefind's Node API and prints the sizes a first search depends on:
 * pf_meta, index chunks, fragments. Entities are found by matching the
 * generator's own name pools in the text, not by the extractor, so the page
 * count is close to, not equal to, a real build's (at N = 1000 a real build
 * indexes 4922 pages). Sources ("told AFP") have no pages here.
 *
 * With --site, the search page and assets of a built archive are copied next
 * to the index and the first search is measured in Chromium (src/bench/search.ts)
 * with the generated archive's most mentioned people as queries.
 */
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, generateCorpus, orgPool, personPool, placePool } from './corpus.ts';
import { formatPhase, measureSearch } from './search.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    site: { type: 'string' },
    'chunk-size': { type: 'string' },
  },
});
const N = Number(args.reports);
const SEED = Number(args.seed);
const OUT = path.resolve(PROJECT, args.out ?? `.bench/search-scale-${N}`);
// Pagefind reads this (undocumented, "unstable") knob: words per index chunk.
if (args['chunk-size']) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = args['chunk-size'];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const page = (title: string, main: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><header><a href="/">Report Archive</a><form><input name="q"></form></header><main>${main}</main><footer>Report Archive</footer></body></html>`;

// The generator's pools, drawn in the same order from the same seed as generateCorpus.
const rnd = createRandom(SEED);
const people = new Set(personPool(Math.max(3000, Math.ceil(N * 2.5)), rnd).map((p) => p.full));
const placeList = placePool(PROJECT);
const places = new Set(placeList);
const orgs = new Set(orgPool(placeList, Math.max(200, Math.ceil(N / 4)), rnd));
const corpus = generateCorpus(N, SEED, PROJECT);

const named = { person: new Map<string, number>(), place: new Map<string, number>(), organization: new Map<string, number>() };
const files: { url: string; content: string }[] = [];
for (const report of corpus.reports) {
  let [first = '', ...rest] = report.text.trim().split(/\n\n+/);
  const headline = /[.”"]$/.test(first) ? null : first;
  const paragraphs = headline ? rest : [first, ...rest];
  const dateline = /^([A-Z][A-Z' -]+?) - /.exec(paragraphs[0] ?? '')?.[1] ?? null;
  if (dateline) paragraphs[0] = paragraphs[0]!.slice(dateline.length + 3);
  const text = paragraphs.join(' ');
  const title = headline ?? text.split(/(?<=[.!?])\s/)[0]!;
  const explicit = /on (\w+) (\d+), (\d{4})/.exec(text);
  const inferred = /said on (\w+) (\d+) that/.exec(text);
  const ymd = (m: RegExpExecArray, year: string) => `${year}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  const date = explicit ? ymd(explicit, explicit[3]!) : inferred && /end of last year/.test(text) ? ymd(inferred, '2015') : null;

  const found = { person: new Set<string>(), place: new Set<string>(), organization: new Set<string>() };
  const words = text.match(/[A-Z][A-Za-z-]+|[^\sA-Z]+/g) ?? [];
  words.forEach((w, i) => {
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (people.has(two)) found.person.add(two);
    if (places.has(w)) found.place.add(w);
    if (places.has(two)) found.place.add(two);
  });
  for (const m of text.matchAll(/(?:[A-Z][\p{L}’-]* ){2,5}(?:Council|Commission|Committee|Agency|Directorate|Foundation|Association|Institute|Federation|Alliance|Network|Movement)\b/gu)) {
    const parts = m[0].split(' ');
    for (let k = 0; k < parts.length - 2; k++) if (orgs.has(parts.slice(k).join(' '))) found.organization.add(parts.slice(k).join(' '));
  }
  for (const [k, set] of Object.entries(found) as [keyof typeof named, Set<string>][]) for (const name of set) named[k].set(name, (named[k].get(name) ?? 0) + 1);

  const hidden = [
    '<span data-pagefind-filter="type">report</span>',
    date ? `<span data-pagefind-filter="year">${date.slice(0, 4)}</span><span data-pagefind-meta="date">${date}</span>` : '',
    dateline ? `<span data-pagefind-meta="dateline">${esc(dateline)}</span>` : '',
    ...[...found.place].map((p) => `<span data-pagefind-filter="place">${esc(p)}</span>`),
    ...[...found.person].map((p) => `<span data-pagefind-filter="person">${esc(p)}</span>`),
  ].join('');
  const facts = `<aside data-pagefind-ignore><dl><dt>People</dt><dd>${[...found.person].map(esc).join(', ')}</dd></dl></aside>`;
  files.push({
    url: `/articles/${slug(title).slice(0, 80)}-${report.name.slice(0, 6)}/`,
    content: page(title, `<article data-pagefind-body${date ? ` data-pagefind-sort="date:${date}"` : ''}><div hidden>${hidden}</div><header><h1 data-pagefind-meta="title">${esc(title)}</h1><p>${date ?? 'Undated'}${dateline ? ` · ${esc(dateline)}` : ''} · 2 min read</p></header>${facts}<div>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></article>`),
  });
}
const section = { person: ['people', 'People'], place: ['places', 'Places · district'], organization: ['organizations', 'Organisations'] } as const;
for (const [k, names] of Object.entries(named) as [keyof typeof named, Map<string, number>][]) {
  for (const [name, count] of names) {
    files.push({
      url: `/${section[k][0]}/${slug(name)}/`,
      content: page(name, `<article><header data-pagefind-body data-pagefind-filter="type:${k}"><p>${section[k][1]}</p><h1 data-pagefind-meta="title" data-pagefind-weight="10">${esc(name)}</h1></header><p>Named in ${count} reports.</p></article>`),
    });
  }
}

const single = Object.values(named).reduce((n, names) => n + [...names.values()].filter((c) => c === 1).length, 0);
console.log(`entity pages whose entity is named in one report only: ${single} of ${files.length - N}`);

const { createIndex, close } = await import('pagefind');
await rm(OUT, { recursive: true, force: true });
const started = performance.now();
const { index, errors } = await createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(errors.join('; '));
for (const f of files) {
  const added = await index.addHTMLFile({ url: f.url, content: f.content });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
}
const written = await index.writeFiles({ outputPath: path.join(OUT, 'pagefind') });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
await close();

const sizes = async (dir: string) => Promise.all((await readdir(dir)).map(async (f) => (await stat(path.join(dir, f))).size));
const describe = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `${s.length} files, median ${(q(0.5) / 1000).toFixed(1)} kB, p90 ${(q(0.9) / 1000).toFixed(1)} kB, max ${(q(1) / 1000).toFixed(1)} kB, total ${(s.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB`;
};
const top = (dir: string) => readdir(path.join(OUT, 'pagefind', dir)).then((fs) => fs);
const metaFile = (await readdir(path.join(OUT, 'pagefind'))).find((f) => f.endsWith('.pf_meta'))!;
console.log(`N = ${N} reports, seed ${SEED}: ${files.length} pages (${N} reports, ${named.person.size} people, ${named.place.size} places, ${named.organization.size} organisations), indexed in ${((performance.now() - started) / 1000).toFixed(1)} s${args['chunk-size'] ? `, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${args['chunk-size']}` : ''}`);
console.log(`pf_meta: ${((await stat(path.join(OUT, 'pagefind', metaFile))).size / 1000).toFixed(1)} kB (gzip, as served)`);
console.log(`index chunks: ${describe(await sizes(path.join(OUT, 'pagefind/index')))}`);
console.log(`fragments: ${describe(await sizes(path.join(OUT, 'pagefind/fragment')))}`);
console.log(`filters: ${describe(await sizes(path.join(OUT, 'pagefind/filter')))} (${(await top('filter')).length} files)`);

if (args.site) {
  const site = path.resolve(args.site);
  await mkdir(OUT, { recursive: true });
  for (const entry of ['search', '_astro', 'favicon.svg', '404.html']) await cp(path.join(site, entry), path.join(OUT, entry), { recursive: true }).catch(() => {});
  const [q1, q2] = corpus.commonPeople;
  const result = await measureSearch(OUT, q1!, q2!);
  console.log(`search in Chromium (content encodings: ${result.encodings.join(', ') || 'none'}):`);
  console.log(formatPhase(result.first));
  console.log(formatPhase(result.second));
}
