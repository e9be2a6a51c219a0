/**
 * Nothing lost: ingest over time, through the real CLI, without an Astro build.
 * Seeds are never touched; unchanged runs write nothing; a change rewrites only
 * its page; hand edits are detected, reported and kept; slugs are stable.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, it } from 'vitest';
import { paragraphsToMdx } from '../../src/ingest/mdx.ts';
import { prepareReport } from '../../src/ingest/prepare.ts';
import { createScenario, type Scenario } from '../support/scenario.ts';
import { hugeReport } from './generate.ts';

const SEEDS: Record<string, string> = {
  'a.txt': 'Bridge reopens after floods\n\nThe bridge reopened on Monday, officials said.\n',
  'b.txt': 'export of grain rose 5%\n\nexport const x = (console.log("ran"), 1)\n{1 + 1} and <b>bold</b>.\n',
  'c.txt': 'Clashes in the north\n\nFighting broke out near the river on Tuesday.\n',
  'd.txt': 'Clashes in the north\n\nA different report: fighting spread to the hills on Friday.\n',
  'e.txt': 'Market prices rise\n\nThe price of bread rose again this week.\n',
};

const scenarios: Scenario[] = [];
async function scenario(seeds: Record<string, string>) {
  const s = await createScenario({ seeds });
  scenarios.push(s);
  return s;
}
afterAll(async () => {
  for (const s of scenarios) await s.remove();
});

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

async function snapshot(dir: string): Promise<Map<string, { sha: string; mtime: number }>> {
  const out = new Map<string, { sha: string; mtime: number }>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), { sha: sha(await readFile(file)), mtime: (await stat(file)).mtimeMs });
  }
  return out;
}

async function report(s: Scenario) {
  return JSON.parse(await readFile(path.join(s.root, 'content/ingest-report.json'), 'utf8')) as {
    rejected: { file: string; reason: string }[]; duplicates: unknown[]; handEdited: { file: string; reason: string }[]; removed: string[];
  };
}

/** seed → slug, read from the articles on disk. */
async function slugs(s: Scenario): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of await readdir(path.join(s.root, 'content/articles'))) {
    const { frontmatter } = parseFrontmatter(await readFile(path.join(s.root, 'content/articles', file), 'utf8'));
    out.set((frontmatter as { seed: string }).seed, file.replace(/\.mdx$/, ''));
  }
  return out;
}

const ingest = async (s: Scenario) => (await s.cli('ingest')).stderr;

describe('ingest over time', () => {
  it('never modifies seeds/, and a second run with no changes writes nothing', async () => {
    const s = await scenario(SEEDS);
    const seedsBefore = await snapshot(path.join(s.root, 'seeds'));
    await ingest(s);
    const content = await snapshot(path.join(s.root, 'content'));
    const stderr = await ingest(s);
    expect(stderr).toMatch(/0 written, 5 unchanged/);
    expect(await snapshot(path.join(s.root, 'content'))).toEqual(content);
    expect(await snapshot(path.join(s.root, 'seeds'))).toEqual(seedsBefore);
  });

  it('regenerates only the page of a changed seed, under the same slug', async () => {
    const s = await scenario(SEEDS);
    await ingest(s);
    const before = await snapshot(path.join(s.root, 'content/articles'));
    const slugsBefore = await slugs(s);
    await writeFile(path.join(s.root, 'seeds/e.txt'), 'Market prices rise sharply\n\nThe price of bread rose again this week, traders said.\n');
    expect(await ingest(s)).toMatch(/1 written, 4 unchanged/);
    const after = await snapshot(path.join(s.root, 'content/articles'));
    expect(await slugs(s)).toEqual(slugsBefore);
    const changed = [...after].filter(([file, v]) => before.get(file)?.sha !== v.sha || before.get(file)?.mtime !== v.mtime).map(([f]) => f);
    expect(changed).toEqual([`${slugsBefore.get('seeds/e.txt')}.mdx`]);
  });

  it('detects a hand-edited page, reports it and never overwrites it; a removed seed keeps an edited page', async () => {
    const s = await scenario(SEEDS);
    await ingest(s);
    const slugA = (await slugs(s)).get('seeds/a.txt')!;
    const pageA = path.join(s.root, 'content/articles', `${slugA}.mdx`);
    await appendFile(pageA, '\nAn editor’s note added by hand.\n');
    const edited = await readFile(pageA);
    // The seed changes too: ingest would want to rewrite the page, and must not.
    await appendFile(path.join(s.root, 'seeds/a.txt'), 'Traffic resumed at noon.\n');
    let stderr = await ingest(s);
    expect(stderr).toContain(`ingest: kept content/articles/${slugA}.mdx: edited by hand`);
    expect((await report(s)).handEdited).toEqual([{ file: `content/articles/${slugA}.mdx`, reason: expect.stringMatching(/edited by hand/) }]);
    expect(await readFile(pageA)).toEqual(edited);
    // Still kept, still reported, on every later run.
    await ingest(s);
    expect(await readFile(pageA)).toEqual(edited);
    // The seed goes: the edited page stays, and says why.
    await rm(path.join(s.root, 'seeds/a.txt'));
    stderr = await ingest(s);
    expect(stderr).toMatch(new RegExp(`ingest: kept content/articles/${slugA}\\.mdx: edited by hand; kept although seeds/a\\.txt is gone`));
    expect(await readFile(pageA)).toEqual(edited);
    expect((await report(s)).removed).toEqual([]);
  });

  it('removes the page of a removed seed when it was not edited, and only that page', async () => {
    const s = await scenario(SEEDS);
    await ingest(s);
    const before = await slugs(s);
    await rm(path.join(s.root, 'seeds/e.txt'));
    const stderr = await ingest(s);
    const gone = `content/articles/${before.get('seeds/e.txt')}.mdx`;
    expect(stderr).toContain(`ingest: removed ${gone}: its seed is gone`);
    expect((await report(s)).removed).toEqual([gone]);
    const after = await slugs(s);
    before.delete('seeds/e.txt');
    expect(after).toEqual(before);
  });

  it('gives the same slugs whatever order the seeds were created in and across fresh runs', async () => {
    const names = Object.keys(SEEDS);
    const forward = await scenario(SEEDS);
    const backward = await scenario(Object.fromEntries(names.reverse().map((n) => [n, SEEDS[n]!])));
    await Promise.all([ingest(forward), ingest(backward)]);
    const first = await slugs(forward);
    expect(await slugs(backward)).toEqual(first);
    // Renamed files: the slug follows the text, not the file name (same-headline collisions are ordered by content hash).
    const renamed = await scenario(Object.fromEntries(Object.entries(SEEDS).map(([n, text]) => [`zz-${n}`, text])));
    await ingest(renamed);
    const bySeed = await slugs(renamed);
    for (const [seed, slug] of first) expect(bySeed.get(seed.replace('seeds/', 'seeds/zz-'))).toBe(slug);
    // Deleting every page and the manifest, then ingesting again, gives the same slugs.
    await rm(path.join(forward.root, 'content'), { recursive: true });
    await ingest(forward);
    expect(await slugs(forward)).toEqual(first);
    expect(new Set(first.values()).size).toBe(names.length);
    for (const slug of first.values()) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('ingests a 5 MB report into one page whose MDX body is exactly its text', async () => {
    const huge = hugeReport();
    const s = await scenario({ 'huge.txt': huge.text });
    await ingest(s);
    const [file] = await readdir(path.join(s.root, 'content/articles'));
    const { frontmatter, content } = parseFrontmatter(await readFile(path.join(s.root, 'content/articles', file!), 'utf8'));
    expect((frontmatter as { title: string }).title).toBe('Five megabytes of wire copy');
    // Ingest verified the body with the MDX parser before writing; the body is what the writer gives for the report.
    expect(content.replace(/^\n+/, '')).toBe(paragraphsToMdx(prepareReport(Buffer.from(huge.text)).paragraphs));
  }, 120_000);
});
