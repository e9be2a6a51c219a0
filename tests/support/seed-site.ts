/**
 * The project's seeds, built once per test run and shared by every test file
 * that reads the built site. Test files run in separate workers, so the first
 * to ask builds (holding a lock folder) and the others wait for its result.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { createScenario } from './scenario.ts';

export interface SeedSite {
  root: string;
  dist: string;
}

const WAIT_MS = 5 * 60_000;

export async function seedSite(): Promise<SeedSite> {
  const root = inject('seedSiteDir');
  const site = { root, dist: path.join(root, 'dist') };
  const ready = `${root}.ready`;
  const failed = `${root}.failed`;
  let owner = false;
  try {
    await mkdir(`${root}.lock`);
    owner = true;
  } catch {
    // Another worker is building it.
  }
  if (owner) {
    try {
      const scenario = await createScenario({ projectSeeds: true, root });
      await scenario.cli('build');
      await writeFile(ready, '');
    } catch (error) {
      await writeFile(failed, String((error as Error).stack ?? error));
      throw error;
    }
    return site;
  }
  for (const started = Date.now(); Date.now() - started < WAIT_MS; await sleep(250)) {
    if (existsSync(ready)) return site;
    if (existsSync(failed)) throw new Error(`building the seed site failed:\n${await readFile(failed, 'utf8')}`);
  }
  throw new Error('timed out waiting for the seed site build');
}
