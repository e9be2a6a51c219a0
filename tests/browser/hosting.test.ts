/**
 * The archive as hosted under a sub-path (ARCHIVE_BASE=/archive/) on a plain
 * static server: a crawl from the home page, accessibility in light and dark,
 * and screenshots for the README (written to docs/ with UPDATE_SCREENSHOTS=1).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser, openPage, skipReason, waitForResults } from '../support/browser.ts';
import { createScenario, PROJECT, type Scenario } from '../support/scenario.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const BASE = '/archive/';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let scenario: Scenario;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  scenario = await createScenario({ projectSeeds: true });
  await scenario.cli('build', [], { ARCHIVE_BASE: BASE, ARCHIVE_SITE: 'https://example.org' });
  server = await serveStatic(scenario.dist, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await scenario?.remove();
});

/** A page that fails nothing silently: console errors, failed or foreign requests are collected. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await openPage(browser);
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin && !url.startsWith('data:')) {
      problems.push(`request to another host: ${url}`);
      return route.abort();
    }
    return route.continue();
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error on ${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  // ERR_ABORTED is the browser dropping a request (the favicon) when the crawl moves on: not a failure of the site.
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed request: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { page, problems };
}

describe.skipIf(!hasBrowser)(`hosted under ${BASE}${skipReason}`, () => {
  it('every page reachable from home loads with no broken link, failed or foreign request, or console error', async () => {
    const { page, problems } = await watchedPage();
    const start = server.url;
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      const url = queue.shift()!;
      await page.goto(url);
      // getAttribute, not .href: links inside SVG maps have an SVGAnimatedString there.
      const links = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href));
      for (const link of links) {
        const clean = link.split('#')[0]!;
        if (!clean.startsWith(start) || seen.has(clean) || /\.(xml|json)$/.test(clean)) continue;
        seen.add(clean);
        queue.push(clean);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search works under the sub-path', async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${server.url}search/?q=Amruddin`);
    await waitForResults(page);
    const hrefs = await page.$$eval('[data-results] li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(BASE)).toBe(true);
    await page.goto(`${server.url}${hrefs[0]!.slice(BASE.length)}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  const PAGES: [name: string, path: string][] = [
    ['home', ''],
    ['article', 'articles/taliban-enters-northern-afghan-city-captures-southern-district/'],
    ['person', 'people/amruddin-wali/'],
    ['place', 'places/kunduz/'],
    ['search', 'search/?q=Kunduz'],
  ];

  it.each(['light', 'dark'] as const)('has no serious or critical axe violations in %s mode', async (scheme) => {
    const page = await openPage(browser);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const [name, pagePath] of PAGES) {
      await page.goto(server.url + pagePath);
      if (name === 'search') await waitForResults(page);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      for (const v of violations) found.push(`${name}: ${v}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('renders at phone and desktop widths (screenshots)', async () => {
    const out = process.env['UPDATE_SCREENSHOTS'] === '1' ? path.join(PROJECT, 'docs/screenshots') : path.join(scenario.root, 'screenshots');
    await mkdir(out, { recursive: true });
    for (const width of [1280, 390]) {
      const page = await openPage(browser, { viewport: { width, height: 900 } });
      for (const [name, pagePath] of PAGES) {
        await page.goto(server.url + pagePath);
        if (name === 'search') await waitForResults(page);
        // Nothing may be wider than the screen: no sideways scrolling on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(out, `${name}-${width}.png`), fullPage: width === 390 ? false : true });
      }
      await page.close();
    }
  });
});
