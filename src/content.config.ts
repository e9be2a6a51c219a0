/**
 * The article collection: every `content/articles/*.mdx`, validated against
 * the data contract, so bad front matter fails the build naming the file.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './contract/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
