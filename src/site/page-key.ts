/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from the previous output instead of
 * rendered again. A key must therefore change whenever anything the page shows changes.
 */
import { createHash } from 'node:crypto';

interface EntityLike {
  kind: string;
  slug: string;
  name: string;
  aliases: string[];
  placeKind?: string;
  sightings: unknown[];
}

const isEntity = (value: unknown): value is EntityLike =>
  typeof value === 'object' && value !== null && 'sightings' in value && 'slug' in value && 'kind' in value;

/** Another page's entity shows only as a labelled link (and its other spellings): key it by those. */
function asLink(_key: string, value: unknown): unknown {
  if (!isEntity(value)) return value;
  return { kind: value.kind, slug: value.slug, name: value.name, aliases: value.aliases, placeKind: value.placeKind ?? null };
}

/**
 * The key of a page rendered from `own` (hashed whole) and `linked` (where entity records count
 * only by their link text, so a place page is not re-rendered because a person it links to
 * was named in one more report).
 */
export function pageKey(own: unknown, linked: unknown = null): string {
  return createHash('sha256')
    .update(JSON.stringify(own) ?? 'undefined')
    .update('\0')
    .update(JSON.stringify(linked, asLink) ?? 'undefined')
    .digest('base64url');
}
