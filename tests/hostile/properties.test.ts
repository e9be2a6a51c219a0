/**
 * Properties of the ingest writers, checked on random hostile text with fast-check.
 *
 * Renderer used for "MDX → rendered text": @mdx-js/mdx's createProcessor (the
 * compiler @astrojs/mdx runs) configured as Astro configures it for this
 * project: format mdx, GFM and smartypants off, our remark guard, rehype-raw
 * with MDX node pass-through; the compiled module is then run with a
 * recording JSX runtime, so every element the page would contain is seen.
 * Front matter is read back with Astro's own parser (js-yaml, via
 * @astrojs/markdown-remark) and with `yaml`.
 */
import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProcessor, nodeTypes, run } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { allEvidence, articleSchema, sentenceOf, type ArticleData } from '../../src/contract/schema.ts';
import { composeArticle } from '../../src/ingest/compose.ts';
import { paragraphsToMdx, verifyMdxBody } from '../../src/ingest/mdx.ts';
import { prepareReport } from '../../src/ingest/prepare.ts';
import { assignSlugs } from '../../src/ingest/slugs.ts';
import { remarkTextOnly } from '../../src/site/remark-text-only.ts';

// ---------------------------------------------------------------- arbitraries

const HOSTILE_CHARS = [...'{}<>#*_-|[]()!`&;:\\~=+."\'/@%$^?,', ' ', ' ', '\t', '\u00a0', '\u200b', '\u202e', '\u2028', '\ufeff', 'é', 'ب', '🙂', '👨‍👩‍👧'];
const HOSTILE_TOKENS = [
  'export ', 'import ', 'export const x = 1', 'import x from "y"', 'www.', 'http://a.b', 'javascript:', 'mailto:', '<script>', '</script>',
  '<b>', '</b>', '<img src=x onerror=alert(1)>', '{1+1}', '{/* c */}', '<Component />', '<>', '</>', '&amp;', '&#x41;', '&copy;', '&#0;',
  '---', '***', '___', '# ', '## ', '- ', '* ', '+ ', '1. ', '1) ', '> ', '    ', '```', '~~~', '| a | b |', '[x](y)', '![i](j)',
  '[r]: http://x', '<http://x>', '<a@b.c>', '\\', '\\\\', '  ', '<!--', '-->', '<?', '<![CDATA[', '${x}', '{{x}}', '--', '...', '"q"', "'s'",
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.constantFrom('a', 'b', 'x', 'word', 'Kabul', '5', '2021') },
);

/** What splitReport can hand the writer: one line, trimmed of spaces/tabs/NBSP, no control characters, not empty. */
const paragraph = fc
  .array(piece, { minLength: 1, maxLength: 14 })
  .map((parts) => parts.join('').replace(/[\p{Cc}]/gu, ' ').replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/gu, ''))
  .filter((p) => p !== '');
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 5 });

// ---------------------------------------------------------------- the real MDX renderer

type Rendered = { type: string; children: (Rendered | string)[] };
const processor = createProcessor({
  format: 'mdx',
  outputFormat: 'function-body',
  elementAttributeNameCase: 'html',
  remarkPlugins: [remarkTextOnly],
  rehypePlugins: [[rehypeRaw, { passThrough: [...nodeTypes] }]],
});

/** A JSX runtime that records the element tree instead of rendering it. */
const Fragment = 'Fragment';
function jsx(type: unknown, props: Record<string, unknown>): Rendered {
  const kids = props.children === undefined ? [] : Array.isArray(props.children) ? props.children : [props.children];
  const attrs = Object.keys(props).filter((k) => k !== 'children');
  if (attrs.length > 0) throw new Error(`element ${String(type)} got attributes ${attrs.join(', ')}`);
  return { type: typeof type === 'string' ? type : `component:${String((type as { name?: string }).name)}`, children: kids as Rendered['children'] };
}

/** Compiles and runs an MDX body as an article file; returns each rendered paragraph's text, or throws. */
async function render(mdx: string): Promise<string[]> {
  const file = await processor.process({ value: mdx, path: path.join(tmpdir(), 'content', 'articles', 'x.mdx') });
  const mod = await run(String(file.value), { Fragment, jsx, jsxs: jsx, baseUrl: import.meta.url });
  const tree = (mod.default as (props: object) => Rendered)({});
  const out: string[] = [];
  const visit = (node: Rendered | string, inParagraph: boolean): string => {
    if (typeof node === 'string') {
      if (!inParagraph && node.trim() !== '') throw new Error(`text outside a paragraph: ${JSON.stringify(node)}`);
      return node;
    }
    if (node.type === 'p' && !inParagraph) {
      out.push(node.children.map((c) => visit(c, true)).join(''));
      return '';
    }
    if (node.type === Fragment && !inParagraph) return node.children.map((c) => visit(c, false)).join('');
    throw new Error(`report text rendered as <${node.type}>`);
  };
  visit(tree, false);
  return out;
}

// ---------------------------------------------------------------- MDX body

describe('report text → MDX → rendered page', () => {
  it('paragraphsToMdx output re-parses as exactly the same text paragraphs (verifyMdxBody)', () => {
    fc.assert(fc.property(paragraphs, (ps) => verifyMdxBody(paragraphsToMdx(ps), ps) === null), { numRuns: 1500 });
  });

  it('renders through the MDX compiler as <p> elements holding exactly the report text', async () => {
    await fc.assert(
      fc.asyncProperty(paragraphs, async (ps) => {
        expect(await render(paragraphsToMdx(ps))).toEqual(ps);
      }),
      { numRuns: 300 },
    );
  });

  it('negative control: a naive writer (paragraphs joined by blank lines) fails the same properties', async () => {
    const naive = (ps: readonly string[]) => `${ps.join('\n\n')}\n`;
    const verified = fc.check(fc.property(paragraphs, (ps) => verifyMdxBody(naive(ps), ps) === null), { numRuns: 1500 });
    expect(verified.failed).toBe(true);
    const rendered = await fc.check(
      fc.asyncProperty(paragraphs, async (ps) => {
        const got = await render(naive(ps)).catch(() => null);
        return got !== null && JSON.stringify(got) === JSON.stringify(ps);
      }),
      { numRuns: 300 },
    );
    expect(rendered.failed).toBe(true);
    expect(rendered.counterexample).not.toBeNull();
  });

  it('the guard in the renderer stops code that did get into an article', async () => {
    await expect(render('export const x = 1\n')).rejects.toThrow(/mdxjsEsm/);
    await expect(render('a {b}\n')).rejects.toThrow(/mdxTextExpression/);
    await expect(render('<b>x</b>\n')).rejects.toThrow(/mdxJsx/);
  });
});

// ---------------------------------------------------------------- front matter

const YAML_HOSTILE = [
  'null', 'Null', '~', 'yes', 'no', 'on', 'off', 'true', 'y', 'n', '2021-08-15', '2021-08-15 10:00:00', '2001-12-14t21:59:43.10-05:00',
  '0b101', '0x1F', '0o17', '017', '1_000', '1:20', '+12', '-1', '.5', '1e3', '.inf', '-.Inf', '.nan', '<<', '=', '---', '...', '- x',
  '? x', ': x', 'key: value', 'a #b', '# c', '"q"', "'", "it's", '\\', '[a]', '{a: b}', '| x', '> x', '!tag x', '!!binary x', '&a', '*a',
  '%YAML', '@x', '`x', '\u2028', '\u0085', 'a\nb', '\n---\ntitle: x\n', 'x\n+++\n', '\t', ' lead', 'trail ', '',
];
const yamlString = fc.oneof(
  fc.constantFrom(...YAML_HOSTILE),
  fc.array(fc.oneof(fc.constantFrom(...YAML_HOSTILE), piece), { maxLength: 6 }).map((p) => p.join('')),
);
const nonEmpty = yamlString.filter((s) => s !== '');

/** Evidence as extraction gives it: the sentence in place. */
const evidence = fc.record({ text: yamlString, start: fc.nat(), end: fc.nat(), sentence: yamlString });
const person = fc.record({
  name: nonEmpty,
  slug: fc.constant('someone'),
  aliases: fc.array(yamlString, { maxLength: 2 }),
  // Sentences repeat across mentions, as they do in reports.
  mentions: fc.array(fc.oneof(evidence, fc.constant({ text: 'x', start: 0, end: 1, sentence: '- {a: *b}' })), { maxLength: 4 }),
  roles: fc.array(fc.record({ role: nonEmpty, evidence: fc.option(evidence, { nil: null }) }), { maxLength: 2 }),
});

const article = fc.record({
  title: nonEmpty,
  titleDerived: fc.boolean(),
  seed: nonEmpty.map((s) => `seeds/${s}.txt`),
  sha256: fc.constant('0'.repeat(63) + '1'),
  date: fc.constantFrom(null, '2021', '2021-08', '2021-08-15'),
  datePrecision: fc.constantFrom('day', 'month', 'year', 'unknown'),
  dateEvidence: fc.option(fc.record({ sentence: yamlString, reasoning: yamlString }), { nil: null }),
  dateline: fc.option(yamlString, { nil: null }),
  sources: fc.constant([]),
  people: fc.array(person, { maxLength: 2 }),
  places: fc.constant([]),
  organizations: fc.constant([]),
  quotes: fc.array(fc.record({ text: yamlString, start: fc.nat(), end: fc.nat(), speaker: fc.option(yamlString, { nil: null }) }), { maxLength: 2 }),
  events: fc.constant([]),
  figures: fc.constant([]),
  removed: fc.array(fc.record({ rule: yamlString, text: yamlString }), { maxLength: 2 }),
  wordCount: fc.nat(),
  sentences: fc.constant([]),
}) as fc.Arbitrary<ArticleData>;

/** The article with every evidence sentence as text and no table: what the data says, however written. */
function inPlace(data: ArticleData): ArticleData {
  const out = JSON.parse(JSON.stringify(data)) as ArticleData;
  for (const e of allEvidence(out)) e.sentence = sentenceOf(out, e);
  out.sentences = [];
  return out;
}

describe('front matter', () => {
  it('round-trips through Astro’s front-matter parser (js-yaml) and through `yaml`, body intact', () => {
    fc.assert(
      fc.property(article, paragraphs, (data, ps) => {
        const text = composeArticle(data, ps);
        const astro = parseFrontmatter(text);
        expect(articleSchema.safeParse(astro.frontmatter).success).toBe(true);
        expect(inPlace(astro.frontmatter as ArticleData)).toEqual(inPlace(data));
        expect(astro.content.replace(/^\n+/, '')).toBe(paragraphsToMdx(ps));
        expect(inPlace(parseYaml(astro.rawFrontmatter) as ArticleData)).toEqual(inPlace(data));
      }),
      { numRuns: 600 },
    );
  });
});

// ---------------------------------------------------------------- slugs

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugRequests = fc
  .uniqueArray(
    fc.record({
      seed: fc.string({ minLength: 1, maxLength: 8 }).map((s) => `seeds/${s}.txt`),
      title: fc.oneof(fc.constantFrom('Clashes in the north', 'null', '🙂', 'طالبان', '---', ''), yamlString),
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
    }),
    { selector: (r) => r.seed, maxLength: 12 },
  )
  .filter((rs) => new Set(rs.map((r) => r.sha256)).size === rs.length);

describe('slugs', () => {
  it('are URL-safe, never empty, unique, and do not depend on input order', () => {
    fc.assert(
      fc.property(slugRequests, fc.func(fc.integer()), (requests, order) => {
        const slugs = assignSlugs(requests, new Map());
        const values = [...slugs.values()];
        for (const slug of values) expect(slug).toMatch(SLUG);
        expect(new Set(values).size).toBe(requests.length);
        const shuffled = [...requests].sort((a, b) => order(a.seed) - order(b.seed) || a.seed.localeCompare(b.seed));
        expect(assignSlugs(shuffled, new Map())).toEqual(slugs);
      }),
      { numRuns: 500 },
    );
  });

  it('keep every slug already given when new seeds arrive, and stay unique', () => {
    fc.assert(
      fc.property(slugRequests, slugRequests, (first, later) => {
        const before = assignSlugs(first, new Map());
        const laterOnly = later.filter((r) => !before.has(r.seed) && !first.some((f) => f.sha256 === r.sha256));
        const after = assignSlugs([...first, ...laterOnly], before);
        for (const [seed, slug] of before) expect(after.get(seed)).toBe(slug);
        expect(new Set(after.values()).size).toBe(after.size);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------- ingest, for real, on random reports

/** A seed file from random paragraphs: optional headline, blank line, body lines. */
const seedText = fc
  .record({ headline: fc.option(paragraph, { nil: null }), body: fc.array(paragraph, { minLength: 1, maxLength: 4 }) })
  .map(({ headline, body }) => `${headline === null ? '' : `${headline}\n\n`}${body.join('\n')}\n`)
  .filter((text) => {
    try {
      prepareReport(Buffer.from(text));
      return true;
    } catch {
      return false;
    }
  });

async function mtimes(dir: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.join(entry.parentPath, entry.name), (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return out;
}

describe('ingest on random reports', () => {
  it('is idempotent, renders each page as its text, and gives the same slugs whatever the file names', async () => {
    const { ingest } = await import('../../src/ingest/run.ts');
    const scratch = await mkdtemp(path.join(tmpdir(), 'hostile-prop-'));
    let round = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(seedText, { minLength: 1, maxLength: 5 }), async (texts) => {
          const slugsByText: Map<string, string>[] = [];
          for (const names of [texts.map((_, i) => `r${i}.txt`), texts.map((_, i) => `${String.fromCharCode(122 - i)} renamed.txt`)]) {
            const root = path.join(scratch, String(round++));
            await mkdir(path.join(root, 'seeds'), { recursive: true });
            for (const [i, text] of texts.entries()) await writeFile(path.join(root, 'seeds', names[i]!), text);
            const first = await ingest({ root, version: 'prop' });
            const before = await mtimes(root);
            const second = await ingest({ root, version: 'prop' });
            expect(second.written).toEqual([]);
            expect(await mtimes(root)).toEqual(before);
            // Same normalised text → one page; otherwise one page per seed, all slugs distinct.
            const pages = first.written.length;
            expect(pages + first.duplicates.length).toBe(texts.length);
            const bySeed = new Map<string, string>();
            for (const page of first.written) {
              const text = await readFile(path.join(root, page), 'utf8');
              const { frontmatter, content } = parseFrontmatter(text);
              const seed = (frontmatter as { seed: string }).seed;
              const ps = prepareReport(Buffer.from(texts[names.indexOf(seed.slice('seeds/'.length))]!)).paragraphs;
              expect(await render(content.replace(/^\n+/, ''))).toEqual(ps);
              bySeed.set(texts[names.indexOf(seed.slice('seeds/'.length))]!, path.basename(page, '.mdx'));
            }
            expect(new Set(bySeed.values()).size).toBe(pages);
            slugsByText.push(bySeed);
          }
          // Only unique texts keep a stable mapping (a duplicate's page goes to the first file by name).
          for (const [text, slug] of slugsByText[0]!) if (slugsByText[1]!.has(text)) expect(slugsByText[1]!.get(text)).toBe(slug);
        }),
        { numRuns: 12 },
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
