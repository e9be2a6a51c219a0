/**
 * The compiled MDX module of an article exports only its title as `frontmatter`: the data reaches
 * pages through the content collection, and a second copy per module cost build time and memory.
 */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkLeanFrontmatter } from '../../src/site/remark-lean-frontmatter.ts';

const FRONTMATTER = { title: 'Taliban enter Kunduz', sentences: ['A long sentence only the front matter holds.'] };

async function compiled(path: string): Promise<{ code: string; frontmatter: unknown }> {
  const file = new VFile({ path, value: 'Kunduz fell on Monday.', data: { astro: { frontmatter: structuredClone(FRONTMATTER) } } });
  const out = await compile(file, { remarkPlugins: [remarkLeanFrontmatter] });
  return { code: String(out), frontmatter: (out.data as { astro: { frontmatter: unknown } }).astro.frontmatter };
}

describe('remarkLeanFrontmatter', () => {
  it('reduces an article’s front matter to its title', async () => {
    const { frontmatter, code } = await compiled('/site/content/articles/kunduz.mdx');
    expect(frontmatter).toEqual({ title: 'Taliban enter Kunduz' });
    expect(code).toContain('Kunduz fell on Monday.');
  });

  it('leaves other MDX files alone', async () => {
    expect((await compiled('/site/src/pages/about.mdx')).frontmatter).toEqual(FRONTMATTER);
  });
});
