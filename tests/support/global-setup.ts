/**
 * Reserves one folder for the seed site shared by all test files of a run.
 * Nothing is built here: the first test file that needs the site builds it
 * (see seed-site.ts), so a run of unit tests alone never pays for a build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the shared seed site is (to be) built. */
    seedSiteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const parent = await mkdtemp(path.join(tmpdir(), 'report-archive-run-'));
  project.provide('seedSiteDir', path.join(parent, 'site'));
  return () => rm(parent, { recursive: true, force: true });
}
