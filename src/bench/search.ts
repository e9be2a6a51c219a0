/**
 * Search as a reader meets it: the built archive served on loopback the way a
 * typical static host serves it (text, JavaScript and wasm compressed, brotli
 * or gzip as the browser offers; Pagefind's pf_* files, already gzip, as they
 * are: see tests/support/serve.ts), the search page opened in headless Debian
 * Chromium with a query in the URL, then a second query typed into the box.
 *
 * Bytes are counted by the server, per response: `wire` is what went over the
 * socket (status line, headers, body as sent), `decoded` the body after the
 * browser undoes the content encoding. The Pagefind files stay gzip after
 * that: Pagefind unpacks them itself, so their decoded size is still small.
 *
 * Also runnable on any built site:
 *   node src/bench/search.ts <dist> "<first query>" "<second query>"
 */
import path from 'node:path';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic, type Served } from '../../tests/support/serve.ts';

/** What a request is, for the per-type totals. */
export function kind(url: string): string {
  const p = url.split('?')[0]!;
  if (p.includes('/pagefind/fragment/')) return 'fragment';
  if (p.includes('/pagefind/index/')) return 'index chunk';
  if (p.includes('/pagefind/filter/')) return 'filter';
  if (p.endsWith('.pf_meta')) return 'pf_meta';
  if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(p)) return 'wasm';
  if (p.endsWith('/pagefind/pagefind.js')) return 'pagefind.js';
  if (p.endsWith('/pagefind/pagefind-worker.js')) return 'pagefind-worker.js';
  if (p.includes('/pagefind/')) return 'pagefind other';
  if (p.endsWith('/') || p.endsWith('.html')) return 'page';
  return 'asset';
}

export interface Totals {
  requests: number;
  /** Bytes over the wire: headers + body as sent. */
  wire: number;
  /** Body bytes as sent. */
  body: number;
  /** Body bytes after content decoding. */
  decoded: number;
}

export interface SearchPhase {
  query: string;
  /** Bytes transferred in this phase (over the wire: headers + encoded bodies). */
  bytes: number;
  /** The same responses' bodies after content decoding. */
  decodedBytes: number;
  requests: number;
  /** Pagefind's share of `bytes` (files under /pagefind/). */
  pagefindBytes: number;
  /** Milliseconds until results were shown (first: from navigation; second: from typing). */
  ms: number;
  results: string;
  /** Totals per kind of request (page, pagefind.js, wasm, pf_meta, index chunk, fragment…). */
  byKind: Record<string, Totals>;
  /** Every request of the phase. */
  log: Served[];
}

export interface SearchResult {
  /** How the server encoded compressible responses (what the browser offered). */
  encodings: string[];
  first: SearchPhase;
  second: SearchPhase;
  /** The biggest requests of the first search (by bytes over the wire), for the notes. */
  largest: Served[];
}

export function totals(log: readonly Served[]): Totals {
  return log.reduce((t, r) => ({ requests: t.requests + 1, wire: t.wire + r.wire, body: t.body + r.body, decoded: t.decoded + r.decoded }), { requests: 0, wire: 0, body: 0, decoded: 0 });
}

function phase(query: string, ms: number, results: string, log: Served[]): SearchPhase {
  const byKind: Record<string, Totals> = {};
  for (const k of new Set(log.map((r) => kind(r.url)))) byKind[k] = totals(log.filter((r) => kind(r.url) === k));
  const all = totals(log);
  const pagefind = totals(log.filter((r) => r.url.includes('/pagefind/')));
  return { query, bytes: all.wire, decodedBytes: all.decoded, requests: all.requests, pagefindBytes: pagefind.wire, ms, results, byKind, log };
}

export async function measureSearch(dist: string, firstQuery: string, secondQuery: string): Promise<SearchResult> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    const showing = async (q: string) => {
      try {
        await page.waitForFunction((query) => document.querySelector('[data-status]')?.textContent?.includes(query) && document.querySelectorAll('[data-results] li').length > 0, q, { polling: 250 });
      } catch (error) {
        // Say what the page showed and what the server sent, so a failure can be understood.
        const status = await page.textContent('[data-status]').catch(() => null);
        const sent = server.log.slice(-12).map((r) => `${r.status} ${r.url}`).join(', ');
        throw new Error(`no results for "${q}": status ${JSON.stringify(status)}; last responses: ${sent}`, { cause: error });
      }
    };
    /** Lets late requests (fragments, favicon) finish, then takes this phase's share of the server log. */
    let seen = 0;
    const settle = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const mine = server.log.slice(seen);
      seen = server.log.length;
      return mine;
    };
    const status = page.locator('[data-status]');

    // First search: the page opened with the query in its URL.
    let started = performance.now();
    await page.goto(`${server.url}search/?q=${encodeURIComponent(firstQuery)}`);
    await showing(firstQuery);
    const firstMs = performance.now() - started;
    const first = phase(firstQuery, firstMs, (await status.textContent()) ?? '', await settle());

    // Second search: typed into the search page's own box (#search-q, not the
    // header's), which searches as you type after a 120 ms pause.
    started = performance.now();
    await page.fill('#search-q', secondQuery);
    await showing(secondQuery);
    const secondMs = performance.now() - started;
    const second = phase(secondQuery, secondMs, (await status.textContent()) ?? '', await settle());
    return {
      encodings: [...new Set(server.log.map((r) => r.encoding).filter((e) => e !== null))],
      first,
      second,
      largest: [...first.log].sort((a, b) => b.wire - a.wire).slice(0, 8),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const kB = (n: number) => (n / 1000).toFixed(1);

/** A phase as a small table: per kind of request, bytes over the wire and decoded. */
export function formatPhase(p: SearchPhase): string {
  const rows = Object.entries(p.byKind).sort((a, b) => b[1].wire - a[1].wire);
  return [
    `"${p.query}": ${kB(p.bytes)} kB transferred (${kB(p.decodedBytes)} kB decoded) in ${p.requests} requests, ${p.ms.toFixed(0)} ms — ${p.results}`,
    ...rows.map(([k, t]) => `  ${k.padEnd(20)} ${String(t.requests).padStart(3)} × → ${kB(t.wire).padStart(6)} kB wire, ${kB(t.decoded).padStart(6)} kB decoded`),
  ].join('\n');
}

if (import.meta.main) {
  const [dist, first, second] = process.argv.slice(2);
  if (!dist || !first || !second) {
    console.error('usage: node src/bench/search.ts <dist> "<first query>" "<second query>"');
    process.exit(2);
  }
  const result = await measureSearch(path.resolve(dist), first, second);
  console.log(`content encodings used: ${result.encodings.join(', ') || 'none'}`);
  console.log(formatPhase(result.first));
  console.log(formatPhase(result.second));
}
