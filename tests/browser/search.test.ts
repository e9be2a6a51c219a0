/**
 * Search in a real browser: Debian's Chromium over the seed site served on a
 * loopback port. Checks what a reader sees, and that nothing untoward runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { hasBrowser, launchBrowser, openPage, skipReason, waitForResults } from '../support/browser.ts';
import { seedSite } from '../support/seed-site.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

let browser: Browser;
let server: StaticServer;
/** Article path → date and text, from the built scenario's content/. */
const articles = new Map<string, { date: string | null; body: string }>();

beforeAll(async () => {
  if (!hasBrowser) return;
  const site = await seedSite();
  const dir = path.join(site.root, 'content/articles');
  for (const file of await readdir(dir)) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    articles.set(`/articles/${file.replace(/\.mdx$/, '')}/`, { date: (parseYaml(yaml) as { date: string | null }).date, body });
  }
  server = await serveStatic(site.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  problems: string[];
}

/** A page that records console errors, failed requests and any dialog (an XSS canary). */
async function open(pathAndQuery: string): Promise<Watched> {
  const page = await openPage(browser);
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  await page.goto(server.url + pathAndQuery);
  return { page, problems };
}

async function results(page: Page): Promise<{ href: string; type: string; excerptMarks: number }[]> {
  await waitForResults(page);
  return page.$$eval('[data-results] li', (items) =>
    items.map((li) => ({
      href: new URL(li.querySelector('a')!.href).pathname,
      type: li.querySelector('.meta')?.textContent?.split(' · ')[0] ?? '',
      excerptMarks: li.querySelectorAll('.excerpt mark').length,
    })),
  );
}

const reportsNaming = (words: RegExp) => [...articles].filter(([, a]) => words.test(a.body)).map(([href]) => href).sort();

describe.skipIf(!hasBrowser)(`search in Chromium${skipReason}`, () => {
  it('finds exactly the reports that name Amruddin, with highlighted excerpts, his page first', async () => {
    const { page, problems } = await open('search/?q=Amruddin');
    const found = await results(page);
    const reports = found.filter((r) => r.type === 'report');
    expect(reports.map((r) => r.href).sort()).toEqual(reportsNaming(/Amruddin/));
    expect(reports).toHaveLength(3);
    for (const r of reports) expect(r.excerptMarks).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ href: '/people/amruddin-wali/', type: 'person' });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds reports under another spelling of a name', async () => {
    const { page, problems } = await open('search/?q=Mujahed&type=report');
    const found = (await results(page)).map((r) => r.href).sort();
    expect(found).toEqual(reportsNaming(/Mujahid|Mujahed/));
    expect(reportsNaming(/Mujahed/).length).toBeLessThan(found.length); // some only say "Mujahid"
    expect(problems).toEqual([]);
    await page.close();
  });

  it('narrows results with a place filter and keeps query and filters in the URL', async () => {
    const { page, problems } = await open('search/?q=Taliban&type=report');
    const all = await results(page);
    // The link carries a filter (type=report), so the filters are open already.
    expect(await page.locator('[data-filters-box]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.getByRole('checkbox', { name: /^Helmand\b/ }).check();
    await page.waitForURL(/place=Helmand/);
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length < n, all.length, { polling: 250 });
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.map((r) => r.href).sort()).toEqual(reportsNaming(/Helmand/).filter((h) => all.some((r) => r.href === h)));
    expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['Helmand']);
    // Back returns to the unfiltered search.
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length === n, all.length, { polling: 250 });
    expect(new URL(page.url()).searchParams.has('place')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts reports by date', async () => {
    const { page } = await open('search/?q=Taliban&type=report&sort=newest');
    const dates = (await results(page)).map((r) => articles.get(r.href)?.date).filter((d): d is string => Boolean(d));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('works from the keyboard alone: header search box, Enter, Tab to a result', async () => {
    const { page, problems } = await open('');
    await page.keyboard.press('Tab'); // skip link
    await page.locator('#site-search-q').focus();
    await page.keyboard.type('Bachelet');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=Bachelet/);
    const found = await results(page);
    expect(found.some((r) => r.type === 'report')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads no JavaScript on reading pages', async () => {
    for (const href of ['', [...articles.keys()][0]!.slice(1), 'people/', 'places/']) {
      const { page } = await open(href);
      expect(await page.$$eval('script[src], script[type="module"]', (s) => s.length), href || 'home').toBe(0);
      await page.close();
    }
  });
});

describe.skipIf(!hasBrowser)(`search bytes${skipReason}`, () => {
  it('fetches no filter data for a first search, and loads it when the filters are opened', async () => {
    const { page, problems } = await open('search/?q=Amruddin');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await results(page);
    expect(fetched.filter((u) => u.includes('/pagefind/filter/'))).toEqual([]);
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Kunduz\b/ }).first().waitFor();
    expect(fetched.some((u) => u.includes('/pagefind/filter/'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads fragments only for the results it shows; "Show more" loads the next ten, keyboard focus on the first of them', async () => {
    // What the server sent from here on (it logs every response).
    const from = server.log.length;
    const served = () => server.log.slice(from).map((r) => r.url);
    const fragments = () => served().filter((u) => u.includes('/pagefind/fragment/')).length;
    // Every place page: more results than one batch on the seed site.
    const { page, problems } = await open('search/?type=place');
    await waitForResults(page);
    const total = Number(/^(\d+) results/.exec((await page.textContent('[data-status]')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    const items = page.locator('[data-results] li');
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    await expect.poll(() => items.count()).toBe(10);
    await page.waitForLoadState('networkidle');
    expect(fragments()).toBe(10);
    // Pagefind runs on the page's thread: no second copy of its code for a web worker.
    expect(served().filter((u) => u.includes('pagefind-worker'))).toEqual([]);
    expect(await page.textContent('[data-status]')).toContain('showing the first 10');

    await more.click();
    await expect.poll(() => items.count()).toBe(Math.min(20, total));
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] li')[10])).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(fragments()).toBe(Math.min(20, total));
    for (let n = await items.count(); n < total; n = await items.count()) {
      await more.click();
      await expect.poll(() => items.count()).toBeGreaterThan(n);
    }
    expect(await items.count()).toBe(total);
    expect(await more.isVisible()).toBe(false);
    const hrefs = await page.$$eval('[data-results] li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(total);
    expect(await page.textContent('[data-status]')).not.toContain('showing');
    // A new search starts again at one batch.
    await page.fill('#search-q', 'Taliban');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('Taliban'), undefined, { polling: 250 });
    expect(await items.count()).toBeLessThanOrEqual(10);
    expect(problems).toEqual([]);
    await page.close();
  });
});
