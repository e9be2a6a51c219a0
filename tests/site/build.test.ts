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
