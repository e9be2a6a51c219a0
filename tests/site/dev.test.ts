/** `npm run dev` picks up a report added while it runs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { createScenario, NODE, userEnvironment, type Scenario } from '../support/scenario.ts';

let scenario: Scenario | undefined;
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill();
  await scenario?.remove();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function poll(url: string, until: (status: number) => boolean, timeoutMs = 60_000): Promise<number> {
  let status = 0;
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(300)) {
    status = await fetch(url).then((r) => r.status, () => 0);
    if (until(status)) break;
  }
  return status;
}

it('re-ingests a seed added while the dev server runs, and serves its page', async () => {
  scenario = await createScenario({ seeds: { 'a.txt': 'First Story Here\n\nOne.' } });
  const port = await freePort();
  child = spawn(NODE, ['src/cli/dev.ts', '--port', String(port)], { cwd: scenario.root, env: userEnvironment({}), stdio: 'ignore' });
  const base = `http://localhost:${port}`;
  expect(await poll(`${base}/articles/first-story-here/`, (s) => s === 200)).toBe(200);
  await writeFile(path.join(scenario.root, 'seeds/b.txt'), 'Second Story Arrives\n\nTwo.');
  expect(await poll(`${base}/articles/second-story-arrives/`, (s) => s === 200)).toBe(200);
});
