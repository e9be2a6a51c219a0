/**
 * Search as a reader meets it: the built archive served on loopback, the
 * search page opened in headless Debian Chromium with a query in the URL, then
 * a second query typed into the box. Bytes are counted from the Chrome
 * requests Playwright saw finish (page and Pagefind's web worker; body +
 * headers as transferred, no compression on this server) for every request to
 * the archive's origin: the page, its CSS/JS and Pagefind's files.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain',
};

/** A dumb static host for dist/: `/x/` → `x/index.html`, otherwise 404. */
async function serve(dist: string): Promise<{ url: string; close(): Promise<void> }> {
  const root = path.resolve(dist);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(pathname));
    if (!file.startsWith(root)) return void response.writeHead(404).end();
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface SearchPhase {
  query: string;
  /** Bytes transferred in this phase. */
  bytes: number;
  requests: number;
  /** Pagefind's share of `bytes` (files under /pagefind/). */
  pagefindBytes: number;
  /** Milliseconds until results were shown (first: from navigation; second: from typing). */
  ms: number;
  results: string;
  /** Every request of the phase: path and bytes. */
  log: { url: string; bytes: number }[];
}

export interface SearchResult {
  first: SearchPhase;
  second: SearchPhase;
  /** The biggest requests of the first search, for the notes. */
  largest: { url: string; bytes: number }[];
}

export async function measureSearch(dist: string, firstQuery: string, secondQuery: string): Promise<SearchResult> {
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    let log: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    // requestfinished covers the page and Pagefind's web worker; sizes() are the bytes on the wire.
    page.on('requestfinished', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url)) return;
      const target = log;
      pending.push(request.sizes().then((sizes) => {
        target.push({ url: url.slice(server.url.length - 1), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      }, () => {}));
    });
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      await Promise.all(pending.splice(0));
    };
    const phase = (query: string, ms: number, results: string): SearchPhase => ({
      query,
      bytes: log.reduce((sum, r) => sum + r.bytes, 0),
      requests: log.length,
      pagefindBytes: log.filter((r) => r.url.startsWith('/pagefind/')).reduce((sum, r) => sum + r.bytes, 0),
      ms,
      results,
      log: [...log],
    });
    const status = page.locator('[data-status]');

    // First search: the page opened with the query in its URL.
    let started = performance.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(firstQuery)}`);
    await page.waitForFunction((q) => document.querySelector('[data-status]')?.textContent?.includes(q) && document.querySelectorAll('[data-results] li').length > 0, firstQuery);
    const firstMs = performance.now() - started;
    await settle();
    const first = phase(firstQuery, firstMs, (await status.textContent()) ?? '');
    const largest = [...log].sort((a, b) => b.bytes - a.bytes).slice(0, 8);

    // Second search: typed into the search page's own box (#search-q, not the
    // header's), which searches as you type after a 120 ms pause.
    log = [];
    started = performance.now();
    await page.fill('#search-q', secondQuery);
    await page.waitForFunction((q) => document.querySelector('[data-status]')?.textContent?.includes(q) && document.querySelectorAll('[data-results] li').length > 0, secondQuery);
    const secondMs = performance.now() - started;
    await settle();
    const second = phase(secondQuery, secondMs, (await status.textContent()) ?? '');
    return { first, second, largest };
  } finally {
    await browser.close();
    await server.close();
  }
}
