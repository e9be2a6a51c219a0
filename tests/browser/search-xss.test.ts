/**
 * Filter values, titles and excerpts come from untrusted report text. A report
 * whose headline, text and (through curation) a person's name carry markup must
 * show that markup as text in the search UI, and no script may run.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launchBrowser, openPage, skipReason, waitForResults } from '../support/browser.ts';
import { createScenario, type Scenario } from '../support/scenario.ts';
import { serveStatic, type StaticServer } from '../support/serve.ts';

const NAME_PAYLOAD = '<img src=x onerror=alert("name")>';
const SEED = [
  'Bridge Reopens <img src=x onerror=alert("title")> In Valley',
  '',
  'HERAT - Police chief Karim Haidari said on Monday that the bridge reopened after repairs, officials told AFP.',
  '“Traffic <script>alert("quote")</script> moves again,” Haidari said. The text <b onmouseover=alert(1)>stays</b> text.',
].join('\n');

let scenario: Scenario;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  scenario = await createScenario({ seeds: { 'canary.txt': SEED } });
  await writeFile(path.join(scenario.root, 'content/curation.yml'), `rename:\n  Karim Haidari: '${NAME_PAYLOAD}'\n`);
  await scenario.cli('build');
  server = await serveStatic(scenario.dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await scenario?.remove();
});

describe.skipIf(!hasBrowser)(`search shows hostile names as text${skipReason}`, () => {
  it('renders markup in titles, filters and excerpts as text, and opens no dialog', async () => {
    const page = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}search/?q=bridge`);
    await waitForResults(page);
    const titles = await page.$$eval('[data-results] li > a', (links) => links.map((a) => a.textContent));
    expect(titles).toContain('Bridge Reopens <img src=x onerror=alert("title")> In Valley');
    await page.getByText('Filters', { exact: true }).click();
    await page.waitForSelector('[data-filters] label');
    const filterLabels = await page.$$eval('[data-filters] label', (labels) => labels.map((l) => l.textContent ?? ''));
    expect(filterLabels.some((l) => l.includes(NAME_PAYLOAD))).toBe(true);
    await page.goto(`${server.url}search/?q=traffic`);
    await waitForResults(page);
    expect(await page.$$eval('[data-results] .excerpt', (e) => e.map((x) => x.textContent).join(' '))).toContain('<script>');
    // Nothing from the report became an element: the only images are none, the only scripts are ours.
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$$eval('[onerror], [onmouseover]', (els) => els.length)).toBe(0);
    await page.goto(`${server.url}people/`);
    await page.getByRole('link', { name: NAME_PAYLOAD }).click();
    await page.waitForURL(/\/people\/img-src-x-onerror-alert-name\/$/);
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
