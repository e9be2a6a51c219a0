/**
 * The entity index for build-time plugins, which run outside Astro's content
 * API: read every article's front matter from `content/articles/`, validate it
 * against the data contract and build the index once per process.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// js-yaml: the parser Astro itself reads front matter with, and several times faster than `yaml` here.
import { load } from 'js-yaml';
import { articleSchema } from '../contract/schema.ts';
import { buildEntityIndex, type ArticleInput, type EntityIndex } from '../entities/index.ts';

export interface DiskArchive {
  articles: Map<string, ArticleInput>;
  entities: EntityIndex;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readArticles(dir: string): ArticleInput[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
  return files.map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const yaml = FRONT_MATTER.exec(text)?.[1];
    if (yaml === undefined) throw new Error(`${file}: no front matter`);
    const parsed = articleSchema.safeParse(load(yaml));
    if (!parsed.success) throw new Error(`${file}: front matter does not match the data contract: ${parsed.error.message}`);
    return { id: file.replace(/\.mdx$/, ''), data: parsed.data };
  });
}

const cache = new Map<string, { at: number; archive: DiskArchive }>();
/** In a long-running dev server, re-read after this long so new reports are linked. */
const DEV_FRESHNESS_MS = 2_000;

export function diskArchive(dir: string, now = Date.now()): DiskArchive {
  const hit = cache.get(dir);
  if (hit && (process.env['NODE_ENV'] === 'production' || now - hit.at < DEV_FRESHNESS_MS)) return hit.archive;
  const articles = readArticles(dir);
  const archive = { articles: new Map(articles.map((a) => [a.id, a])), entities: buildEntityIndex(articles) };
  cache.set(dir, { at: now, archive });
  return archive;
}
