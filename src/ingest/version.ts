/**
 * The ingest fingerprint: a hash of the code that shapes a page and of the
 * curation file. When either changes, every page not edited by hand is
 * regenerated, so a fixed extractor rule reaches the whole archive.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const SHAPING_CODE = ['src/contract', 'src/ingest', 'src/extract'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function ingestVersion(root: string, curationText: string | null): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of SHAPING_CODE) {
    for (const file of await filesUnder(path.join(root, dir))) {
      hash.update(path.relative(root, file)).update('\0').update(await readFile(file)).update('\0');
    }
  }
  hash.update(curationText ?? '');
  return hash.digest('hex').slice(0, 16);
}
