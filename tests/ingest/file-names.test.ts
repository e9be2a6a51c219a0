/** Seed file names the ingest cannot trust: not UTF-8, or with line breaks. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createScenario, type Scenario } from '../support/scenario.ts';

let scenario: Scenario;
beforeAll(async () => {
  scenario = await createScenario({ seeds: { 'good.txt': 'Floods Hit Valley\n\nRain fell for three days.' } });
  // A Latin-1 file name: not valid UTF-8, so it cannot be opened by its decoded name.
  await writeFile(Buffer.concat([Buffer.from(path.join(scenario.root, 'seeds/')), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74])]), 'Bridge opens\n\nText.');
});
afterAll(() => scenario?.remove());

it('skips a seed whose name is not UTF-8 with a reason, and ingests the rest', async () => {
  const { stderr } = await scenario.cli('ingest');
  expect(stderr).toMatch(/ingest: skipped seeds\/caf\uFFFD\.txt: cannot be read \(ENOENT\)/);
  expect(stderr).toMatch(/1 written/);
  await expect(scenario.cli('ingest', ['--strict'])).rejects.toThrow(/--strict: 1 file\(s\) rejected/);
});
