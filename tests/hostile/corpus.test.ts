/**
 * The hostile corpus, built for real: every file in tests/fixtures/hostile/
 * (plus the generated 5 MB report and 200,000-character line) goes into one
 * scenario's seeds/, `npm run build`'s entry point builds it, and dist/ is read
 * with parse5 as a browser would. One build for the whole file.
 *
 * The 5 MB report costs ~50 s of ingest and build on two cores, so it joins this
 * build only with HOSTILE_FULL=1; by default lifecycle.test.ts ingests it alone
 * (the real CLI, MDX verification included) and the 200,000-character line is built here.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugify } from '../../src/extract/slug.ts';
import { createScenario, PROJECT, type Scenario } from '../support/scenario.ts';
import { attr, find, findAll, hasClass, normalizeSpace, parseHtml, textContent, walk, type Element } from '../support/html.ts';
import { loadCorpus, type CorpusFile, type PageExpectation } from './generate.ts';

let scenario: Scenario;
let corpus: CorpusFile[];
let build: { stdout: string; stderr: string };
let seedHashes: Map<string, string>;
/** seed path → slug, from the articles ingest wrote. */
const slugOf = new Map<string, string>();
const html = new Map<string, string>();

const CANARY_FILES = ['hostile-canary-export.txt', 'hostile-canary-expression.txt'];
// Markers the canaries compute (['CANARY', 'X', 'RAN'].join('_')): they appear nowhere in the source text.
const CANARY_MARKERS = ['CANARY_EXPORT_RAN', 'CANARY_DEFAULT_RAN', 'CANARY_IMPORT_RAN', 'CANARY_EXPR_RAN', 'CANARY_JSXATTR_RAN', 'CANARY_FLOW_RAN'];

/** The raw text of a script element (parse5 keeps it as one text node). */
const rawText = (el: Element) => el.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('');
const seedPath = (file: CorpusFile) => `seeds/${file.seedName}`;
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function hashSeeds(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(path.join(root, 'seeds'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.join(entry.parentPath, entry.name), sha(await readFile(path.join(entry.parentPath, entry.name))));
  }
  return out;
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

beforeAll(async () => {
  corpus = await loadCorpus({ huge: process.env.HOSTILE_FULL === '1' });
  scenario = await createScenario();
  for (const file of corpus) await writeFile(path.join(scenario.root, 'seeds', file.seedName), file.bytes);
  // A folder in seeds/ is not a report and not a problem: it is passed over.
  await mkdir(path.join(scenario.root, 'seeds', 'folder.txt'));
  await writeFile(path.join(scenario.root, 'seeds', 'folder.txt', 'inner.txt'), 'Not read\n\nSeeds are not searched recursively.\n');
  seedHashes = await hashSeeds(scenario.root);
  build = await scenario.cli('build');
  for (const file of await readdir(path.join(scenario.root, 'content/articles'))) {
    const { frontmatter } = parseFrontmatter(await readFile(path.join(scenario.root, 'content/articles', file), 'utf8'));
    slugOf.set((frontmatter as { seed: string }).seed, file.replace(/\.mdx$/, ''));
  }
  for (const file of await filesUnder(scenario.dist)) if (file.endsWith('.html')) html.set(path.relative(scenario.dist, file), await readFile(file, 'utf8'));
}, 600_000);
afterAll(() => scenario?.remove());

const pages = () => corpus.filter((f): f is CorpusFile & { expect: PageExpectation } => f.expect.outcome === 'page');
const page = (file: CorpusFile) => {
  const slug = slugOf.get(seedPath(file));
  expect(slug, `${file.fixture}: no article written`).toBeDefined();
  const text = html.get(path.join('articles', slug!, 'index.html'));
  expect(text, `${file.fixture}: no page built`).toBeDefined();
  return parseHtml(text!);
};

/** What a reader should see of a report: its text less headline, dateline and recorded junk. */
function expectedBody(file: CorpusFile & { expect: PageExpectation }): string {
  const { expect: e } = file;
  if (e.body !== undefined) return normalizeSpace(e.body);
  let text = normalizeSpace(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes));
  for (const junk of e.removed ?? []) text = normalizeSpace(text.replace(normalizeSpace(junk), ' '));
  if (!e.titleDerived) {
    expect(text.startsWith(e.title), `${file.fixture}: headline is the first line`).toBe(true);
    text = text.slice(e.title.length).trim();
  }
  if (e.dateline) text = text.replace(new RegExp(`^${e.dateline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[-–—]+\\s*`), '');
  return normalizeSpace(text);
}

describe('the hostile corpus', () => {
  it('has at least 35 files and an expectation for each', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(35);
  });

  it('builds, and never changes a byte in seeds/', async () => {
    expect(existsSync(path.join(scenario.dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(scenario.dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(await hashSeeds(scenario.root)).toEqual(seedHashes);
  });

  it('gives every decodable report a page whose text is exactly the report’s text', () => {
    for (const file of pages()) {
      const doc = page(file);
      const body = find(doc, (el) => hasClass(el, 'report-body'));
      expect(body, file.fixture).toBeDefined();
      expect(normalizeSpace(textContent(body!)), file.fixture).toBe(expectedBody(file));
      expect(textContent(find(doc, (el) => el.tagName === 'h1')!), file.fixture).toBe(file.expect.title);
      expect(textContent(find(doc, (el) => el.tagName === 'title')!), file.fixture).toBe(`${file.expect.title} · Report Archive`);
    }
  });

  it('turns nothing in a report into an element: report bodies hold only <p>, text and the site’s entity links', () => {
    for (const file of pages()) {
      const body = find(page(file), (el) => hasClass(el, 'report-body'))!;
      for (const el of walk(body)) {
        if (el === body || (el.tagName === 'p' && el.attrs.length === 0)) continue;
        // The site links names to its own entity pages (remark-entity-links): an <a href> to /<kind>/<slug>/, text only.
        expect(el.tagName, file.fixture).toBe('a');
        for (const { name } of el.attrs) expect(['href', 'class'], `${file.fixture}: <a ${name}>`).toContain(name);
        expect(attr(el, 'href'), file.fixture).toMatch(/^\/(?:people|places|organizations|sources)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/);
        expect(el.childNodes.every((c) => c.nodeName === '#text'), file.fixture).toBe(true);
      }
    }
  });

  it('records the dateline and removed junk in the front matter as expected', async () => {
    for (const file of pages()) {
      const mdx = await readFile(path.join(scenario.root, 'content/articles', `${slugOf.get(seedPath(file))}.mdx`), 'utf8');
      const data = parseFrontmatter(mdx).frontmatter as { seed: string; title: string; dateline: string | null; removed: { text: string }[] };
      expect(data.seed, file.fixture).toBe(seedPath(file));
      expect(data.title, file.fixture).toBe(file.expect.title);
      expect(data.dateline, file.fixture).toBe(file.expect.dateline);
      expect(data.removed.map((r) => r.text), file.fixture).toEqual(file.expect.removed ?? []);
    }
  });

  it('has only the site’s own scripts: from /_astro/ or /pagefind/, or JSON-LD that parses', () => {
    const reference = findAll(page(corpus.find((f) => f.fixture === 'crlf.txt')!), (el) => el.tagName === 'script').length;
    for (const [file, text] of html) {
      const scripts = findAll(parseHtml(text), (el) => el.tagName === 'script');
      for (const script of scripts) {
        const src = attr(script, 'src');
        const type = attr(script, 'type');
        if (src !== undefined) expect(src, file).toMatch(/^\/(?:_astro|pagefind)\//);
        else if (type === 'application/ld+json') expect(() => JSON.parse(rawText(script)), file).not.toThrow();
        else expect(rawText(script), file).not.toMatch(/alert\(|CANARY|onerror|evil\.example/);
      }
      if (file.startsWith('articles/')) expect(scripts.length, `${file}: a report added or removed a script`).toBe(reference);
    }
  });

  it('has no event-handler attributes and no javascript: URLs anywhere in dist/', () => {
    for (const [file, text] of html) {
      for (const el of walk(parseHtml(text))) {
        for (const { name, value } of el.attrs) {
          expect(name, `${file}: <${el.tagName} ${name}>`).not.toMatch(/^on/i);
          expect(value.replace(/[\s\p{Cc}]/gu, ''), `${file}: <${el.tagName} ${name}="${value}">`).not.toMatch(/^(?:javascript|vbscript):|url=(?:javascript|vbscript):/i);
        }
      }
    }
  });

  it('never runs report content: the canaries wrote no file and printed nothing', async () => {
    for (const marker of CANARY_FILES) {
      expect(existsSync(path.join(scenario.root, marker)), marker).toBe(false);
      expect(existsSync(path.join(PROJECT, marker)), marker).toBe(false);
    }
    const everything = [...(await filesUnder(scenario.root).catch(() => []))].filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
    for (const file of everything) expect(CANARY_FILES.includes(path.basename(file)), file).toBe(false);
    for (const marker of CANARY_MARKERS) {
      expect(build.stdout + build.stderr).not.toContain(marker);
      for (const text of html.values()) expect(text).not.toContain(marker);
    }
  });

  it('names each rejected file once, with its reason, on the console and in the ingest report', async () => {
    const lines = build.stderr.split('\n');
    const report = JSON.parse(await readFile(path.join(scenario.root, 'content/ingest-report.json'), 'utf8')) as {
      rejected: { file: string; reason: string }[]; duplicates: { file: string; reason: string }[];
    };
    const rejected = corpus.filter((f) => f.expect.outcome === 'rejected');
    expect(report.rejected.map((r) => r.file).sort()).toEqual(rejected.map(seedPath).sort());
    for (const file of rejected) {
      const reason = new RegExp((file.expect as { reason: string }).reason);
      const mine = lines.filter((l) => l.includes(`${seedPath(file)}:`));
      expect(mine, file.fixture).toHaveLength(1);
      expect(mine[0], file.fixture).toMatch(new RegExp(`^ingest: skipped ${seedPath(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(mine[0], file.fixture).toMatch(reason);
      expect(report.rejected.find((r) => r.file === seedPath(file))!.reason, file.fixture).toMatch(reason);
      expect(slugOf.has(seedPath(file)), file.fixture).toBe(false);
    }
  });

  it('makes one page of a duplicated report and notes the other file', async () => {
    const report = JSON.parse(await readFile(path.join(scenario.root, 'content/ingest-report.json'), 'utf8')) as { duplicates: { file: string; reason: string }[] };
    const duplicates = corpus.filter((f) => f.expect.outcome === 'duplicate');
    expect(report.duplicates).toHaveLength(duplicates.length);
    for (const file of duplicates) {
      const of = corpus.find((f) => f.fixture === (file.expect as { of: string }).of)!;
      expect(report.duplicates).toContainEqual({ file: seedPath(file), reason: `duplicate of ${seedPath(of)}` });
      expect(build.stderr).toContain(`ingest: skipped ${seedPath(file)}: duplicate of ${seedPath(of)}`);
      expect(slugOf.has(seedPath(file))).toBe(false);
      expect(slugOf.has(seedPath(of))).toBe(true);
    }
  });

  it('gives distinct, non-empty, URL-safe slugs, one built page each; same headline → two slugs', () => {
    const slugs = [...slugOf.values()];
    expect(slugs).toHaveLength(pages().length);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const built = [...html.keys()].filter((f) => /^articles[\\/][^\\/]+[\\/]index\.html$/.test(f));
    expect(built).toHaveLength(slugs.length);
    const same = ['same-headline-1.txt', 'same-headline-2.txt'].map((f) => slugOf.get(seedPath(corpus.find((c) => c.fixture === f)!))!);
    expect(same[0]).not.toBe(same[1]);
    for (const slug of same) expect(slug.startsWith(slugify('Clashes in the north'))).toBe(true);
  });

  it('--strict turns the rejections into a failing exit code, for ingest and for build', async () => {
    for (const cli of ['ingest', 'build'] as const) {
      const failure = await scenario.cli(cli, ['--strict']).then(() => null, (error: { code: number; stderr: string }) => error);
      expect(failure, cli).not.toBeNull();
      expect(failure!.code, cli).not.toBe(0);
      expect(failure!.stderr, cli).toMatch(/--strict/);
    }
  });
});
