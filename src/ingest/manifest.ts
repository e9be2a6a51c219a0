/**
 * What ingest wrote, so it can tell its own output from a hand edit.
 *
 * `content/ingest-manifest.json` maps each seed to its page and the SHA-256 of
 * the bytes ingest wrote there. A page whose bytes no longer match was edited
 * by hand and is never overwritten or deleted.
 */
export interface ManifestEntry {
  /** Seed path relative to the project, `seeds/<name>.txt`. */
  seed: string;
  /** SHA-256 of the seed bytes the page was made from. */
  seedSha256: string;
  slug: string;
  /** SHA-256 of the page file as ingest wrote it. */
  outputSha256: string;
  /** Fingerprint of the ingest code and curation the page was made with. */
  version: string;
}

export interface Manifest {
  entries: ManifestEntry[];
}

export function parseManifest(text: string | null, fileName: string): Manifest {
  if (text === null) return { entries: [] };
  try {
    const parsed = JSON.parse(text) as Manifest;
    if (!Array.isArray(parsed.entries)) throw new Error('"entries" is not a list');
    return parsed;
  } catch (error) {
    throw new Error(`${fileName}: not a valid ingest manifest (${(error as Error).message}); fix or delete it`, { cause: error });
  }
}

export function serializeManifest(manifest: Manifest): string {
  const entries = [...manifest.entries].sort((a, b) => a.seed.localeCompare(b.seed));
  return `${JSON.stringify({ entries }, null, 2)}\n`;
}
