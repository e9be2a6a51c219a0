/**
 * The archive as pages see it: all articles and the entity index, computed
 * once per build and shared by every page (per-page recomputation would make
 * the build quadratic in the number of reports).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLES_DIR } from '../contract/files.ts';
import type { ArticleData } from '../contract/schema.ts';
import type { EntityIndex } from '../entities/index.ts';
import { diskArticles, diskEntityIndex } from './entity-store.ts';
import { byDateDescending } from './format.ts';

/** A collection entry (to render its body) with the article's full data. */
export type ArchiveArticle = Omit<CollectionEntry<'articles'>, 'data'> & { data: ArticleData };

export interface Archive {
  /** Newest first. */
  articles: ArchiveArticle[];
  byId: Map<string, ArchiveArticle>;
  entities: EntityIndex;
}

let cached: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  // The collection holds only titles (src/content.config.ts); the full data is read from the same files.
  const data = diskArticles(ARTICLES_DIR);
  const articles = (await getCollection('articles'))
    .map((entry): ArchiveArticle => {
      const article = data.get(entry.id);
      if (!article) throw new Error(`${ARTICLES_DIR}/${entry.id}.mdx: in the content collection but not read from disk`);
      return { ...entry, data: article.data };
    })
    .sort((a, b) => byDateDescending(a.data, b.data));
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), entities: diskEntityIndex(ARTICLES_DIR) };
}

export function getArchive(): Promise<Archive> {
  // The dev server must see new reports; a static build computes this once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
