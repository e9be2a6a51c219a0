/**
 * The baseline: a bare Astro + @astrojs/mdx project rendering the same N bodies
 * as plain MDX pages (a content collection with the glob loader, one
 * `[slug].astro` page), with no extraction, no entity pages, no search and no
 * remark plugins. Built with the same Astro as the archive.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { linkNodeModules } from './measure.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({ integrations: [mdx()] });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const articles = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }) });

export const collections = { articles };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/** Splits an ingested article into its front matter title and MDX body. */
function bodyOf(mdx: string): { title: string; body: string } {
  const end = mdx.indexOf('\n---\n', 4);
  const front = end > 0 ? mdx.slice(0, end) : '';
  const title = /^title: (".*")$/m.exec(front)?.[1] ?? '"Untitled"';
  return { title, body: end > 0 ? mdx.slice(end + 5) : mdx };
}

/**
 * Creates the baseline project in `root` from the archive's ingested articles
 * (same bodies, same titles); returns the number of pages.
 */
export async function createBaseline(root: string, articlesDir: string, nodeModules: string): Promise<number> {
  await mkdir(path.join(root, 'src/pages'), { recursive: true });
  await mkdir(path.join(root, 'content/articles'), { recursive: true });
  await linkNodeModules(nodeModules, path.join(root, 'node_modules'));
  await writeFile(path.join(root, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  await writeFile(path.join(root, 'astro.config.mjs'), CONFIG);
  await writeFile(path.join(root, 'src/content.config.ts'), COLLECTIONS);
  await writeFile(path.join(root, 'src/pages/[slug].astro'), PAGE);
  const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.mdx')).sort();
  for (const file of files) {
    const { title, body } = bodyOf(await readFile(path.join(articlesDir, file), 'utf8'));
    await writeFile(path.join(root, 'content/articles', file), `---\ntitle: ${title}\n---\n${body}`);
  }
  return files.length;
}
