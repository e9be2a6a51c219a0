/**
 * Ingest as the CLIs run it: load curation, fingerprint the code, ingest,
 * print one line per problem. Shared by `npm run ingest`, `build` and `dev`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseCuration } from '../extract/curation.ts';
import { ingest, ingestVersion, REPORT_FILE, type IngestReport } from '../ingest/index.ts';
import { createProgress } from './progress.ts';

export const CURATION_FILE = 'content/curation.yml';

/** A file name as one printable line: quoted when it holds line breaks or other control characters. */
const printable = (name: string) => (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name) ? JSON.stringify(name) : name);

export async function runIngest(root: string): Promise<IngestReport> {
  const curationText = await readFile(path.join(root, CURATION_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const curation = curationText === null ? undefined : parseCuration(curationText, CURATION_FILE);
  const progress = createProgress('ingest');
  const report = await ingest({
    root,
    version: await ingestVersion(root, curationText),
    ...(curation === undefined ? {} : { curation }),
    onProgress: (done, total, seed) => progress.tick(done, total, seed),
  });
  for (const { file, reason } of report.rejected) console.warn(`ingest: skipped ${printable(file)}: ${reason}`);
  for (const { file, reason } of report.duplicates) console.warn(`ingest: skipped ${printable(file)}: ${reason}`);
  for (const { file, reason } of report.handEdited) console.warn(`ingest: kept ${printable(file)}: ${reason}`);
  for (const file of report.removed) console.warn(`ingest: removed ${printable(file)}: its seed is gone`);
  progress.done(
    `${report.written.length} written, ${report.unchanged.length} unchanged, ${report.rejected.length} rejected, ` +
      `${report.duplicates.length} duplicate, ${report.handEdited.length} hand-edited kept (details: ${REPORT_FILE})`,
  );
  return report;
}
