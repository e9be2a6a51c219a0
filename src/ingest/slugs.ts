/**
 * Page slugs: readable (from the title), stable across runs and file order, unique.
 *
 * A seed keeps the slug it was first given (recorded in the manifest), so a
 * corrected headline never breaks a link. New seeds whose titles collide are
 * ordered by content hash, not file name, and all but the first get a short
 * hash suffix, so the result does not depend on the order files are listed.
 */
import { slugify } from '../extract/slug.ts';

/** Page slugs stay short enough to read and type: at most this many words of the title. */
const MAX_WORDS = 8;

export function pageSlug(title: string): string {
  return slugify(title).split('-').slice(0, MAX_WORDS).join('-');
}

export interface SlugRequest {
  seed: string;
  title: string;
  sha256: string;
}

export function assignSlugs(requests: readonly SlugRequest[], previous: ReadonlyMap<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  for (const request of requests) {
    const kept = previous.get(request.seed);
    if (kept !== undefined && !taken.has(kept)) {
      result.set(request.seed, kept);
      taken.add(kept);
    }
  }
  const fresh = requests
    .filter((r) => !result.has(r.seed))
    .sort((a, b) => a.sha256.localeCompare(b.sha256) || a.seed.localeCompare(b.seed));
  for (const request of fresh) {
    const base = pageSlug(request.title);
    let slug = base;
    for (let length = 6; taken.has(slug); length += 2) slug = `${base}-${request.sha256.slice(0, length)}`;
    result.set(request.seed, slug);
    taken.add(slug);
  }
  return result;
}
