// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { ARTICLES_DIR } from './src/contract/files.ts';
import { pagefindIndex } from './src/site/pagefind.ts';
import { remarkTextOnly } from './src/site/remark-text-only.ts';
import { remarkEntityLinks } from './src/site/remark-entity-links.ts';
import { remarkLeanFrontmatter } from './src/site/remark-lean-frontmatter.ts';

/** Where the site is hosted: ARCHIVE_SITE (absolute URL) and ARCHIVE_BASE (sub-path, e.g. /archive/). */
const site = process.env.ARCHIVE_SITE || 'http://localhost:4321';
const base = process.env.ARCHIVE_BASE || '/';

export default defineConfig({
  site,
  base,
  // Caches live in the project, not in node_modules: projects that share one node_modules
  // (test and benchmark scratch copies) must not share Astro's content store or Vite's cache.
  cacheDir: './.astro/cache',
  // Directory pages with trailing slashes resolve on any plain file host.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two pages claiming one URL must fail the build, never overwrite each other.
  prerenderConflictBehavior: 'error',
  markdown: {
    // Our plugins are remark plugins, so the unified pipeline renders MDX, not Sätteri.
    // GFM is off: its autolinks turn escaped report text back into live HTML.
    // Smart punctuation is off: report text must stay as the reporter wrote it.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkTextOnly, [remarkEntityLinks, { articlesDir: ARTICLES_DIR, base }], remarkLeanFrontmatter],
    }),
  },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  // Rebuilds copy unchanged pages from the previous dist/ (pages give a cacheKey of the data
  // they show; Astro hashes their code): see docs/PERFORMANCE.md.
  experimental: { incrementalBuild: true },
  vite: {
    cacheDir: './.astro/vite',
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the
        // bundler warns about once per article: thousands of identical lines on a large archive.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
