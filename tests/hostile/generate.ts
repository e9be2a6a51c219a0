/**
 * The hostile corpus: the committed fixtures in tests/fixtures/hostile/ plus the
 * inputs too big to commit (a 5 MB report, a 200,000-character line), which
 * are generated here, deterministically, with their expected outcome.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT } from '../support/scenario.ts';

export const FIXTURES = path.join(PROJECT, 'tests/fixtures/hostile');

export interface PageExpectation {
  outcome: 'page';
  covers: string;
  seedName?: string;
  title: string;
  /** True when the report has no headline and the title is its first sentence. */
  titleDerived: boolean;
  dateline: string | null;
  /** Junk texts ingest records as removed. */
  removed?: string[];
  /** Whitespace-normalised body; absent: the source text after headline and dateline. */
  body?: string;
}
export interface RejectedExpectation { outcome: 'rejected'; covers: string; seedName?: string; reason: string }
export interface DuplicateExpectation { outcome: 'duplicate'; covers: string; seedName?: string; of: string }
export type Expectation = PageExpectation | RejectedExpectation | DuplicateExpectation;

export interface CorpusFile {
  /** Fixture file name (or generated name). */
  fixture: string;
  /** Name in seeds/. */
  seedName: string;
  bytes: Uint8Array;
  expect: Expectation;
}

/** A small deterministic PRNG (mulberry32), so generated reports are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Lower-case words and a few MDX-hostile tokens: bulk text that stays cheap for the extractors.
const WORDS = ('the a of and to in grain price rose fell river road bridge market water council said ' +
  'on after before during week month farmers traders officials residents district valley {x} <b> # * _ | export import').split(' ');

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  return `${words.join(' ')}.`;
}

/** About 5 MB: a headline and short paragraphs. */
export function hugeReport(): { text: string; body: string } {
  const next = random(5);
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 5 * 1024 * 1024) {
    const p = Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentence(next)).join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return { text: `Five megabytes of wire copy\n\n${paragraphs.join('\n\n')}\n`, body: paragraphs.join(' ') };
}

/** One line of exactly 200,000 characters, no headline. */
export function longLine(): { text: string; title: string } {
  const next = random(200);
  let line = 'river traders said on monday that the grain price rose for a third week in the valley markets and beyond.';
  while (line.length < 200_000) line += ` ${sentence(next)}`;
  line = line.slice(0, 200_000 - 1) + '.';
  return { text: `${line}\n`, title: 'river traders said on monday that the grain price rose for a third week in the valley markets and beyond' };
}

export async function loadCorpus(options: { huge: boolean }): Promise<CorpusFile[]> {
  const expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as {
    files: Record<string, Expectation>;
    generated: Record<string, Expectation>;
  };
  const onDisk = (await readdir(path.join(FIXTURES, 'seeds'))).sort();
  const listed = Object.keys(expected.files).sort();
  if (JSON.stringify(onDisk) !== JSON.stringify(listed)) {
    throw new Error(`expected.json and tests/fixtures/hostile/seeds/ disagree: ${onDisk.filter((f) => !listed.includes(f))} / ${listed.filter((f) => !onDisk.includes(f))}`);
  }
  const files: CorpusFile[] = [];
  for (const fixture of listed) {
    const expect = expected.files[fixture]!;
    files.push({ fixture, seedName: expect.seedName ?? fixture, bytes: await readFile(path.join(FIXTURES, 'seeds', fixture)), expect });
  }
  const huge = options.huge ? hugeReport() : null;
  if (huge) files.push({
    fixture: 'huge-5mb.txt', seedName: 'huge-5mb.txt', bytes: Buffer.from(huge.text),
    expect: { ...(expected.generated['huge-5mb.txt'] as PageExpectation), body: huge.body },
  });
  const long = longLine();
  files.push({
    fixture: 'long-line.txt', seedName: 'long-line.txt', bytes: Buffer.from(long.text),
    expect: { ...(expected.generated['long-line.txt'] as PageExpectation), title: long.title },
  });
  return files;
}
