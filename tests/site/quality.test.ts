/**
 * Built pages as a standards checker and a slow phone see them: valid HTML,
 * within the weight budget, and no JavaScript outside the search page.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, findAll, parseHtml } from '../support/html.ts';
import { seedSite, type SeedSite } from '../support/seed-site.ts';

let site: SeedSite;
let pages: string[];

beforeAll(async () => {
  site = await seedSite();
  const entries = await readdir(site.dist, { withFileTypes: true, recursive: true });
  pages = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
});

const html = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<meta charset="utf-8" />`-style void tags and minified markup; both are valid HTML.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // An SEO heuristic, not validity: news headlines are often longer than 70 characters.
    'long-title': 'off',
  },
});

describe('built pages', () => {
  it('are valid HTML', async () => {
    const problems: string[] = [];
    for (const file of pages) {
      const report = await html.validateString(await readFile(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${path.relative(site.dist, file)}:${m.line}: ${m.ruleId}: ${m.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('carry no JavaScript except on the search page', async () => {
    for (const file of pages) {
      const scripts = findAll(parseHtml(await readFile(file, 'utf8')), (el) => el.tagName === 'script' && attr(el, 'type') !== 'application/ld+json');
      const relative = path.relative(site.dist, file);
      expect(scripts.length, relative).toBe(relative === 'search/index.html' ? scripts.length : 0);
    }
  });

  it('keep an article page’s HTML and CSS under 30 kB gzipped', async () => {
    const articles = pages.filter((p) => p.includes(`${path.sep}articles${path.sep}`));
    for (const file of articles) {
      const text = await readFile(file, 'utf8');
      const styles = findAll(parseHtml(text), (el) => el.tagName === 'link' && attr(el, 'rel') === 'stylesheet').map((el) => attr(el, 'href')!);
      let bytes = gzipSync(text).length;
      for (const href of styles) bytes += gzipSync(await readFile(path.join(site.dist, href))).length;
      expect(bytes, path.relative(site.dist, file)).toBeLessThan(30 * 1024);
    }
  });
});
