/**
 * The archive as pages see it: all articles and the entity index, computed
 * once per build and shared by every page (per-page recomputation would make
 * the build quadratic in the number of reports).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildEntityIndex, type EntityIndex } from '../entities/index.ts';
import { byDateDescending } from './format.ts';

export interface Archive {
  /** Newest first. */
  articles: CollectionEntry<'articles'>[];
  byId: Map<string, CollectionEntry<'articles'>>;
  entities: EntityIndex;
}

let cached: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const articles = (await getCollection('articles')).sort((a, b) => byDateDescending(a.data, b.data));
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), entities: buildEntityIndex(articles) };
}

export function getArchive(): Promise<Archive> {
  // The dev server must see new reports; a static build computes this once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
