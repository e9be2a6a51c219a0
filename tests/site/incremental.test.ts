/**
 * Incremental rebuilds (Astro's experimental.incrementalBuild with our page cache keys): after one
 * report changes, `npm run build` renders only the pages whose data changed and copies the rest,
 * and the result is byte for byte what a clean build of the same content gives. A cache key that
 * missed some of the data a page shows would make the two differ.
 */
import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesInBuildLog } from '../../src/bench/astro-log.ts';
import { createScenario, type Scenario } from '../support/scenario.ts';

let scenario: Scenario | undefined;
afterAll(() => scenario?.remove());

/** Every file under dist/ by relative path, with a hash of its bytes. */
async function distFiles(dist: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    // Pagefind indexes every page on each build; its file names are content hashes that
    // also depend on the order it reads pages in. Search over a rebuilt index is tested elsewhere.
    if (!entry.isFile() || path.relative(dist, entry.parentPath).split(path.sep)[0] === 'pagefind') continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dist, file), createHash('sha256').update(await readFile(file)).digest('hex'));
  }
  return out;
}

describe('an incremental rebuild after one changed report', () => {
  it('renders only what the change touches and gives the same dist/ as a clean build', async () => {
    scenario = await createScenario({ projectSeeds: true });
    await scenario.cli('build');
    const manifest = JSON.parse(await readFile(path.join(scenario.root, 'content/ingest-manifest.json'), 'utf8')) as { entries: { seed: string; slug: string }[] };
    const { seed, slug: changedSlug } = manifest.entries[0]!;
    await appendFile(path.join(scenario.root, seed), [
      '',
      'Kunduz police spokesman Sayed Sarwar Hussaini said the road to the airport was open again.',
      'Taliban spokesman Zabihullah Mujahid said the fighters had taken the airport road.',
      '',
    ].join('\n'));

    const { stdout, stderr } = await scenario.cli('build');
    const { rendered, reused } = pagesInBuildLog(stdout + stderr);
    const articles = (list: string[]) => list.filter((p) => p.startsWith('/articles/'));
    expect(articles(rendered)).toContain(`/articles/${changedSlug}/index.html`);
    // The other reports' pages are reused unless the change touched what they show
    // (prev/next titles, related reports, shared entities' names).
    expect(articles(reused).length).toBeGreaterThan(0);
    expect(rendered).toContain('/people/sayed-sarwar-hussaini/index.html');
    // A person of another report, now named in this one too.
    expect(rendered).toContain('/people/zabihullah-mujahid/index.html');
    expect(reused.filter((p) => p.startsWith('/people/')).length).toBeGreaterThan(10);
    const incremental = await distFiles(scenario.dist);

    // The same content built from nothing.
    await rm(path.join(scenario.root, '.astro'), { recursive: true, force: true });
    await rm(scenario.dist, { recursive: true, force: true });
    await scenario.cli('build');
    const clean = await distFiles(scenario.dist);
    expect([...incremental.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([file, hash]) => incremental.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
  });
});
