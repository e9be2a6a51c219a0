/**
 * Runs one benchmark stage as a child process and measures it: wall time,
 * peak resident memory of the largest single process (`/usr/bin/time -v`,
 * which reports the maximum over the child and its waited-for descendants,
 * e.g. Pagefind's binary), and the peak of the whole process tree's summed
 * RSS (polled from /proc every 100 ms).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * A node_modules folder for a temporary project: one symlink per package of
 * the project's node_modules, but its own `.astro/` and `.vite/`. Symlinking
 * node_modules as a whole would share Astro's cacheDir
 * (`node_modules/.astro/data-store.json`) and Vite's optimizer cache with every
 * other build of the project running at the same time.
 */
export async function linkNodeModules(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    await symlink(path.join(from, entry), path.join(to, entry));
  }
}

const TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(TIME);

export interface StageRun {
  seconds: number;
  /** Peak RSS of the largest single process, MiB (null when /usr/bin/time is missing). */
  peakMiB: number | null;
  /** Peak of the summed RSS of the process tree, MiB (sampled). */
  treePeakMiB: number;
  stdout: string;
  stderr: string;
}

/** The environment a user's shell would give the CLI, without test-runner variables that change how Astro builds. */
export function userEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|__VITEST.*)$/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra, FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' };
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

function rssKiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of `root` and all its descendants. */
function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssKiB(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command args` in `cwd`; rejects with the output on a non-zero exit.
 * `onLine` sees stdout and stderr lines as they come (progress).
 */
export function runStage(command: string, args: string[], cwd: string, options: { env?: Record<string, string>; onLine?: (line: string) => void } = {}): Promise<StageRun> {
  const argv = hasGnuTime ? [TIME, '-v', command, ...args] : [command, ...args];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd, env: userEnvironment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let treePeak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) treePeak = Math.max(treePeak, treeRssKiB(child.pid));
  }, 100);
  const lines = (chunk: string) => {
    if (options.onLine) for (const line of chunk.split('\n')) if (line.trim()) options.onLine(stripAnsi(line));
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    lines(chunk);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    if (!/^\s*(?:Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum resident|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/m.test(chunk)) lines(chunk);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      stdout = stripAnsi(stdout);
      stderr = stripAnsi(stderr);
      const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const peakMiB = max ? Number(max[1]) / 1024 : null;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`));
        return;
      }
      resolve({ seconds, peakMiB, treePeakMiB: treePeak / 1024, stdout, stderr });
    });
  });
}
