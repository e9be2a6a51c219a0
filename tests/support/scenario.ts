/**
 * Scenario projects: a copy of this project in a temporary folder with its own
 * seeds, built for real with `npm run build`'s entry point, then checked from
 * the outside. Tests never build into the working tree.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
export const NODE = path.join(PROJECT, 'node_modules/.bin/node');
const COPIED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * The environment a user's shell would give the CLI: Vitest's own variables
 * (NODE_ENV=test, BASE_URL, MODE, VITEST_*) would change how Astro builds.
 */
export function userEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|__VITEST.*)$/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra, FORCE_COLOR: '0', CI: 'true' };
}

export interface Scenario {
  root: string;
  dist: string;
  /** Runs a CLI under src/cli in the scenario; resolves with its output, rejects on a non-zero exit. */
  cli(name: 'ingest' | 'build', args?: string[], env?: Record<string, string>): Promise<{ stdout: string; stderr: string }>;
  remove(): Promise<void>;
}

export interface ScenarioOptions {
  /** Seed files by name; default: none. */
  seeds?: Record<string, string | Uint8Array>;
  /** Copy the project's own seeds/ (and content/curation.yml). */
  projectSeeds?: boolean;
  /** Folder to create the project in (must not exist); default: a new temporary folder. */
  root?: string;
}

export async function createScenario(options: ScenarioOptions = {}): Promise<Scenario> {
  const root = options.root ?? (await mkdtemp(path.join(tmpdir(), 'report-archive-')));
  await mkdir(root, { recursive: true });
  for (const entry of COPIED) await cp(path.join(PROJECT, entry), path.join(root, entry), { recursive: true });
  await symlink(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await mkdir(path.join(root, 'seeds'), { recursive: true });
  await mkdir(path.join(root, 'content/articles'), { recursive: true });
  if (options.projectSeeds) {
    await cp(path.join(PROJECT, 'seeds'), path.join(root, 'seeds'), { recursive: true });
    await cp(path.join(PROJECT, 'content/curation.yml'), path.join(root, 'content/curation.yml')).catch(() => {});
  }
  for (const [name, data] of Object.entries(options.seeds ?? {})) await writeFile(path.join(root, 'seeds', name), data);
  return {
    root,
    dist: path.join(root, 'dist'),
    async cli(name, args = [], env = {}) {
      return run(NODE, [path.join('src/cli', `${name}.ts`), ...args], {
        cwd: root,
        env: userEnvironment(env),
        maxBuffer: 64 * 1024 * 1024,
      });
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
