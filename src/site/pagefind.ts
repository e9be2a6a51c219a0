/**
 * Astro integration: writes the Pagefind index into `dist/pagefind/` when the
 * build is done, through Pagefind's Node API, so the index can never be stale
 * or forgotten.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Word-index chunk size, in word locations per `pf_index` file (Pagefind's
 * default is 20000). A search fetches the chunk holding each of its words, so
 * smaller chunks mean fewer bytes per search word (a two-word name at 1000
 * reports: 2 × ~23 kB → 2 × ~5 kB) for a slightly longer `pf_meta`, which lists
 * every chunk (+1.7 kB at 1000 reports, +6 kB at 10,000). Pagefind 1.5 reads it
 * from this environment variable only (marked unstable: a later Pagefind may
 * ignore it, which just brings the default back). Measured with
 * `node src/bench/search-scale.ts --chunk-size N`.
 */
const INDEX_CHUNK_SIZE = '4000';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'report-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const started = performance.now();
        // The Pagefind service is a child process that inherits this environment.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          log.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } catch (error) {
          throw new Error('Pagefind failed to index the built site', { cause: error });
        } finally {
          await close();
        }
      },
    },
  };
}
