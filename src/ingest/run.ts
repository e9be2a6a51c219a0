/**
 * The ingest stage: `seeds/*.txt` → `content/articles/<slug>.mdx`.
 *
 * Reads every seed, writes only what changed, never touches `seeds/`, never
 * overwrites or deletes a page edited by hand, and reports every file it
 * could not use with the reason. All file I/O of the stage lives here.
 *
 * Reads are synchronous: seeds and pages are small, and an asynchronous read costs more in
 * round trips than the read itself. Page writes go in the background (BackgroundWriter), so a
 * write waiting on the disk overlaps with extracting the next report.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES_DIR } from '../contract/files.ts';
import type { ArticleData } from '../contract/schema.ts';
import { extract } from '../extract/index.ts';
import type { Curation } from '../extract/curation.ts';
import { composeArticle } from './compose.ts';
import { RejectedReport } from './decode.ts';
import { parseManifest, serializeManifest, type ManifestEntry } from './manifest.ts';
import { verifyMdxBody, paragraphsToMdx } from './mdx.ts';
import { countWords, prepareReport, type PreparedReport } from './prepare.ts';
import { assignSlugs } from './slugs.ts';

export interface IngestOptions {
  /** Project root; `seeds/` and `content/` are resolved against it. */
  root: string;
  /** Fingerprint of the code and curation; a change regenerates every unedited page. */
  version: string;
  curation?: Curation;
  /** Called after each report is handled, for progress output. */
  onProgress?: (done: number, total: number, seed: string) => void;
}

export type SkipReason = { file: string; reason: string };

/** Machine-readable outcome, also written to `content/ingest-report.json`. */
export interface IngestReport {
  written: string[];
  unchanged: string[];
  /** Files that did not become a page, with the reason. */
  rejected: SkipReason[];
  /** Seeds whose normalised text repeats another seed: `{ file, reason: 'duplicate of seeds/x.txt' }`. */
  duplicates: SkipReason[];
  /** Pages left alone because they were edited by hand. */
  handEdited: SkipReason[];
  /** Pages removed because their seed is gone (and they were not edited). */
  removed: string[];
}

export const MANIFEST_FILE = 'content/ingest-manifest.json';
export const REPORT_FILE = 'content/ingest-report.json';
export { ARTICLES_DIR };

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

function readIfExists(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes only when the bytes differ, so an unchanged run leaves every mtime alone. */
function writeIfChanged(file: string, text: string): boolean {
  const existing = readIfExists(file);
  if (existing !== null && existing.toString('utf8') === text) return false;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return true;
}

/** Writes in flight at most: bounds open files and the page texts held in memory. */
const MAX_PENDING_WRITES = 16;

/** Page writes that run while the caller goes on; `flush` waits for them and throws the first failure. */
class BackgroundWriter {
  readonly #pending = new Set<Promise<void>>();

  async write(file: string, text: string): Promise<void> {
    const done: Promise<void> = writeFile(file, text).finally(() => this.#pending.delete(done));
    done.catch(() => {}); // reported by write() or flush(), not as an unhandled rejection
    this.#pending.add(done);
    // Always yield once: a write is several steps (open, write, close), each needing the event loop.
    if (this.#pending.size >= MAX_PENDING_WRITES) await Promise.race(this.#pending);
    else await new Promise(setImmediate);
  }

  async flush(): Promise<void> {
    await Promise.all(this.#pending);
  }
}

/**
 * Lowercased names in `dir` (none when it does not exist). Most pages of a fresh ingest do not
 * exist yet, and a failed open per page costs more than one listing; lowercased because on a
 * case-insensitive disk `Foo.mdx` is the page `foo.mdx`, and a hand-made page must be seen.
 */
function namesIn(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir).map((name) => name.toLowerCase()));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
}

interface Candidate {
  seed: string;
  bytes: Buffer;
  sha256: string;
  report: PreparedReport;
}

/** Whitespace-insensitive identity of a report's text, for duplicate detection. */
const textKey = (report: PreparedReport) => sha256(`${report.headline ?? ''}\n${report.body}`.replace(/\s+/g, ' ').trim());

function toArticle(candidate: Candidate, curation: Curation | undefined): ArticleData {
  const { report } = candidate;
  const facts = extract(
    { title: report.headline, dateline: report.dateline, body: report.body },
    curation === undefined ? {} : { curation, fileName: path.basename(candidate.seed) },
  );
  return {
    title: report.title,
    titleDerived: report.titleDerived,
    seed: candidate.seed,
    sha256: candidate.sha256,
    date: facts.date,
    datePrecision: facts.datePrecision,
    dateEvidence: facts.dateEvidence,
    dateline: report.dateline,
    sources: facts.sources,
    people: facts.people,
    places: facts.places,
    organizations: facts.organizations,
    quotes: facts.quotes,
    events: facts.events,
    figures: facts.figures,
    removed: report.removed,
    wordCount: countWords(`${report.headline ?? ''} ${report.body}`),
    // Evidence carries its sentences in place; compose writes them as a table.
    sentences: [],
  };
}

export async function ingest(options: IngestOptions): Promise<IngestReport> {
  const { root, version } = options;
  const onProgress = options.onProgress ?? (() => {});
  const seedsDir = path.join(root, 'seeds');
  const articlesDir = path.join(root, ARTICLES_DIR);
  const manifestPath = path.join(root, MANIFEST_FILE);
  const manifest = parseManifest(readIfExists(manifestPath)?.toString('utf8') ?? null, MANIFEST_FILE);
  const previous = new Map(manifest.entries.map((e) => [e.seed, e]));
  const outcome: IngestReport = { written: [], unchanged: [], rejected: [], duplicates: [], handEdited: [], removed: [] };

  const entries = readdirSync(seedsDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const candidates: Candidate[] = [];
  for (const entry of entries) {
    const seed = `seeds/${entry.name}`;
    if (!entry.isFile()) continue;
    if (!entry.name.endsWith('.txt')) {
      outcome.rejected.push({ file: seed, reason: 'not a .txt file (only seeds/*.txt are reports)' });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(seedsDir, entry.name));
    } catch (error) {
      // E.g. a name that is not valid UTF-8 cannot be opened by its decoded name.
      outcome.rejected.push({ file: seed, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    try {
      candidates.push({ seed, bytes, sha256: sha256(bytes), report: prepareReport(bytes) });
    } catch (error) {
      if (!(error instanceof RejectedReport)) throw error;
      outcome.rejected.push({ file: seed, reason: error.reason });
    }
  }

  // One page per distinct text; the first file by name stands for the others.
  const byText = new Map<string, Candidate>();
  const unique: Candidate[] = [];
  for (const candidate of candidates) {
    const key = textKey(candidate.report);
    const first = byText.get(key);
    if (first) outcome.duplicates.push({ file: candidate.seed, reason: `duplicate of ${first.seed}` });
    else {
      byText.set(key, candidate);
      unique.push(candidate);
    }
  }

  const slugs = assignSlugs(
    unique.map((c) => ({ seed: c.seed, title: c.report.title, sha256: c.sha256 })),
    new Map(manifest.entries.map((e) => [e.seed, e.slug])),
  );

  mkdirSync(articlesDir, { recursive: true });
  const onDisk = namesIn(articlesDir);
  const writer = new BackgroundWriter();
  const nextEntries: ManifestEntry[] = [];
  for (const [index, candidate] of unique.entries()) {
    onProgress(index + 1, unique.length, candidate.seed);
    const slug = slugs.get(candidate.seed)!;
    const relative = `${ARTICLES_DIR}/${slug}.mdx`;
    const file = path.join(root, relative);
    const before = previous.get(candidate.seed);
    const existing = onDisk.has(`${slug}.mdx`.toLowerCase()) ? readIfExists(file) : null;
    const existingSha = existing === null ? null : sha256(existing);
    const ours = before !== undefined && before.slug === slug && existingSha === before.outputSha256;
    if (existing !== null && !ours) {
      // Either edited by hand after ingest wrote it, or never written by ingest.
      outcome.handEdited.push({ file: relative, reason: `edited by hand; not regenerated from ${candidate.seed}` });
      if (before) nextEntries.push(before);
      continue;
    }
    if (ours && before.seedSha256 === candidate.sha256 && before.version === version) {
      outcome.unchanged.push(relative);
      nextEntries.push(before);
      continue;
    }
    const article = toArticle(candidate, options.curation);
    const problem = verifyMdxBody(paragraphsToMdx(candidate.report.paragraphs), candidate.report.paragraphs);
    if (problem) throw new Error(`${candidate.seed}: the MDX writer produced an unsafe body (${problem}); this is a bug in ingest`);
    const text = composeArticle(article, candidate.report.paragraphs);
    // Same bytes as on disk: leave the file and its mtime alone.
    if (existing === null || existing.toString('utf8') !== text) await writer.write(file, text);
    outcome.written.push(relative);
    nextEntries.push({ seed: candidate.seed, seedSha256: candidate.sha256, slug, outputSha256: sha256(text), version });
  }

  await writer.flush();

  // Seeds that are gone: their pages go too, unless someone edited them.
  const live = new Set(unique.map((c) => c.seed));
  for (const entry of manifest.entries) {
    if (live.has(entry.seed) || nextEntries.includes(entry)) continue;
    const relative = `${ARTICLES_DIR}/${entry.slug}.mdx`;
    const existing = readIfExists(path.join(root, relative));
    if (existing === null) continue;
    if (sha256(existing) === entry.outputSha256) {
      rmSync(path.join(root, relative));
      outcome.removed.push(relative);
    } else {
      outcome.handEdited.push({ file: relative, reason: `edited by hand; kept although ${entry.seed} is gone` });
    }
  }

  writeIfChanged(manifestPath, serializeManifest({ entries: nextEntries }));
  const { written: _w, unchanged: _u, ...lasting } = outcome;
  writeIfChanged(path.join(root, REPORT_FILE), `${JSON.stringify(lasting, null, 2)}\n`);
  return outcome;
}
