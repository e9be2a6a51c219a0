/**
 * remark plugin: keeps an article's compiled MDX module from carrying its whole front matter.
 *
 * @astrojs/mdx exports the front matter from every compiled page (`export const frontmatter =
 * {...}`), parsed into a JS syntax tree and bundled once per article. Pages read an article's
 * data from the content collection instead, so the module needs only the title; the rest
 * (every mention, role, event and sentence: several times the size of the report) was a second
 * copy that cost build time and memory in proportion to the archive. Astro documents
 * `file.data.astro.frontmatter` as what remark plugins may change.
 *
 * In:  a VFile of an article.  Out: its `data.astro.frontmatter` reduced to `{ title }`.
 */
import type { VFile } from 'vfile';
import { isArticleFile } from '../contract/files.ts';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkLeanFrontmatter() {
  return (_tree: unknown, file: VFile) => {
    if (!file.path || !isArticleFile(file.path)) return;
    const data = file.data as AstroFileData;
    const frontmatter = data.astro?.frontmatter;
    if (!frontmatter) return;
    data.astro!.frontmatter = { title: frontmatter['title'] };
  };
}
