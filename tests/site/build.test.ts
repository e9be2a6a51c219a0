/**
 * The archive end to end: the project's seeds built by `npm run build`'s entry
 * point in a scratch copy of the project, then read from dist/ as a visitor would.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createScenario, PROJECT, type Scenario } from '../support/scenario.ts';
import { attr, find, findAll, hasClass, normalizeSpace, parseHtml, textContent } from '../support/html.ts';
import { findBrokenLinks } from '../support/link-check.ts';
import { seedSite, type SeedSite } from '../support/seed-site.ts';

let scenario: SeedSite;
let seedNames: string[];

beforeAll(async () => {
  scenario = await seedSite();
  seedNames = (await readdir(path.join(PROJECT, 'seeds'))).filter((n) => n.endsWith('.txt')).sort();
});

async function articles() {
  const dir = path.join(scenario.root, 'content/articles');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      const data = parseYaml(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as {
        seed: string; title: string; titleDerived: boolean; dateline: string | null; removed: { text: string }[];
        places: { slug: string; lat: number | null; kind: string }[];
      };
      return { slug: file.replace(/\.mdx$/, ''), data };
    }),
  );
}

/** What a reader should see of a seed: its text less headline, dateline and the junk ingest listed. */
function expectedBody(seedText: string, data: Awaited<ReturnType<typeof articles>>[number]['data']): string {
  let text = normalizeSpace(seedText);
  for (const { text: junk } of data.removed) text = text.replace(normalizeSpace(junk), ' ');
  text = normalizeSpace(text);
  if (!data.titleDerived) text = text.slice(data.title.length).trim();
  if (data.dateline) text = text.replace(new RegExp(`^${data.dateline}\\s*[-–—]+\\s*`), '');
  return normalizeSpace(text);
}

describe('npm run build on the seeds', () => {
  it('writes one article page per seed', async () => {
    const written = await articles();
    expect(written.map((a) => a.data.seed).sort()).toEqual(seedNames.map((n) => `seeds/${n}`));
    for (const { slug } of written) expect(existsSync(path.join(scenario.dist, 'articles', slug, 'index.html'))).toBe(true);
  });

  it('shows each report’s full text on its page', async () => {
    for (const { slug, data } of await articles()) {
      const seedText = await readFile(path.join(PROJECT, data.seed), 'utf8');
      const page = parseHtml(await readFile(path.join(scenario.dist, 'articles', slug, 'index.html'), 'utf8'));
      const body = find(page, (el) => hasClass(el, 'report-body'));
      expect(body, slug).toBeDefined();
      expect(normalizeSpace(textContent(body!))).toBe(expectedBody(seedText, data));
      expect(normalizeSpace(textContent(find(page, (el) => el.tagName === 'h1')!))).toBe(data.title);
    }
  });

  it('links every report from the home page', async () => {
    const home = parseHtml(await readFile(path.join(scenario.dist, 'index.html'), 'utf8'));
    const links = new Set(findAll(home, (el) => el.tagName === 'a').map((a) => attr(a, 'href')));
    for (const { slug } of await articles()) expect(links).toContain(`/articles/${slug}/`);
  });

  it('writes the Pagefind index and a 404 page', () => {
    expect(existsSync(path.join(scenario.dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(scenario.dist, '404.html'))).toBe(true);
  });

  it('writes nothing on a second ingest with no changes', async () => {
    const again: Scenario = await createScenario({ projectSeeds: true });
    try {
      expect((await again.cli('ingest')).stderr).toMatch(/5 written, 0 unchanged/);
      expect((await again.cli('ingest')).stderr).toMatch(/0 written, 5 unchanged/);
    } finally {
      await again.remove();
    }
  });
});

describe('links in the built archive', () => {
  it('all resolve to a file in dist/', async () => {
    const { checked, broken } = await findBrokenLinks(scenario.dist);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});

describe('people and places across the archive', () => {
  const page = async (p: string) => parseHtml(await readFile(path.join(scenario.dist, p, 'index.html'), 'utf8'));
  const reportLinks = (root: ReturnType<typeof parseHtml>, heading: RegExp) => {
    // The list right after the "Reports naming …" heading.
    const all = [...findAll(root, (el) => el.tagName === 'h2' || el.tagName === 'ol')];
    const at = all.findIndex((el) => el.tagName === 'h2' && heading.test(textContent(el)));
    const list = all.slice(at + 1).find((el) => el.tagName === 'ol');
    return list ? findAll(list, (el) => el.tagName === 'a').map((a) => attr(a, 'href')) : [];
  };
  const seedsNaming = async (pattern: RegExp) => {
    const hits: string[] = [];
    for (const { slug, data } of await articles()) if (pattern.test(await readFile(path.join(PROJECT, data.seed), 'utf8'))) hits.push(`/articles/${slug}/`);
    return hits.sort();
  };

  it('lists every report naming Kunduz on the city’s page', async () => {
    expect(reportLinks(await page('places/kunduz'), /^Reports naming/).sort()).toEqual(await seedsNaming(/Kunduz/i));
  });

  it('has one page for Zabihullah Mujahid under either spelling, and the variant URL redirects to it', async () => {
    expect(reportLinks(await page('people/zabihullah-mujahid'), /^Reports naming/).sort()).toEqual(await seedsNaming(/Mujahid|Mujahed/));
    const variant = await readFile(path.join(scenario.dist, 'people/zabihullah-mujahed/index.html'), 'utf8');
    expect(variant).toMatch(/http-equiv="refresh" content="0; url=\/people\/zabihullah-mujahid\/"/);
    const people = await page('people');
    expect(findAll(people, (el) => el.tagName === 'a' && /Mujah/.test(textContent(el))).map((a) => attr(a, 'href'))).toEqual(['/people/zabihullah-mujahid/']);
  });

  it('lists Amruddin Wali’s three reports with his roles', async () => {
    const wali = await page('people/amruddin-wali');
    expect(reportLinks(wali, /^Reports naming/).sort()).toEqual(await seedsNaming(/Amruddin/));
    expect(reportLinks(wali, /^Reports naming/)).toHaveLength(3);
    expect(textContent(wali)).toMatch(/provincial council member/);
    expect(textContent(wali)).toMatch(/MP/);
  });

  it('puts every located settlement on the places map or in the list beside it', async () => {
    const places = await page('places');
    const onMap = new Set(findAll(places, (el) => el.tagName === 'a' && attr(el, 'href')?.startsWith('/places/') === true).map((a) => attr(a, 'href')));
    for (const { data } of await articles()) {
      for (const p of data.places) {
        if (p.lat !== null && ['city', 'town'].includes(p.kind)) expect(onMap, p.slug).toContain(`/places/${p.slug}/`);
      }
    }
  });

  it('links names in report text to their pages', async () => {
    const article = await page('articles/taliban-enters-northern-afghan-city-captures-southern-district');
    const body = find(article, (el) => hasClass(el, 'report-body'))!;
    const links = findAll(body, (el) => el.tagName === 'a').map((a) => [textContent(a), attr(a, 'href')]);
    expect(links).toEqual(expect.arrayContaining([['Amruddin Wali', '/people/amruddin-wali/'], ['Kunduz', '/places/kunduz/']]));
  });
});
