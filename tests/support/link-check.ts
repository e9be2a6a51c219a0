/**
 * Finds internal links in a built site that do not resolve to a file, as a
 * plain static host would serve it: `/x/` → `x/index.html`, `/x` → `x` or `x/index.html`.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { attr, parseHtml, walk } from './html.ts';

export interface BrokenLink {
  page: string;
  url: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

function resolves(dist: string, pathname: string): boolean {
  const target = path.join(dist, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(path.join(target, 'index.html'));
  return (existsSync(target) && statSync(target).isFile()) || existsSync(path.join(target, 'index.html'));
}

/** Every internal href/src of every page under `dist`, checked; `base` is the site's sub-path. */
export async function findBrokenLinks(dist: string, base = '/'): Promise<{ checked: number; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const file of await htmlFiles(dist)) {
    const page = path.relative(dist, file).split(path.sep).join('/');
    // Pages are served at base + their path in dist/.
    const pageUrl = new URL(base + page.replace(/index\.html$/, ''), 'http://archive.test');
    for (const el of walk(parseHtml(await readFile(file, 'utf8')))) {
      for (const name of ['href', 'src']) {
        const value = attr(el, name);
        if (value === undefined || /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(value)) continue;
        const url = new URL(value, pageUrl);
        checked++;
        if (!url.pathname.startsWith(base) || !resolves(dist, `/${url.pathname.slice(base.length)}`)) broken.push({ page, url: value });
      }
    }
  }
  return { checked, broken };
}
