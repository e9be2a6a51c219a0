/**
 * The article collection: every `content/articles/*.mdx`, validated against the data contract,
 * so bad front matter fails the build naming the file.
 *
 * The collection renders the bodies; it stores only the title of each article. Astro serializes
 * a collection's data into the build and holds it in memory, and the full front matter (every
 * mention, role, event and sentence) is several times the size of the report: at 2000 reports,
 * storing it all made a bare Astro build a quarter slower and 0.45 GiB bigger.
 * Pages get the full data from `getArchive()` (src/site/archive.ts), read once from the same files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLES_DIR } from './contract/files.ts';
import { articleSchema } from './contract/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `./${ARTICLES_DIR}` }),
  schema: articleSchema.transform(({ title }) => ({ title })),
});

export const collections = { articles };
