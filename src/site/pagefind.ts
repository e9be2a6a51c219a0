/**
 * Astro integration: writes the Pagefind index into `dist/pagefind/` when the
 * build is done, through Pagefind's Node API, so the index can never be stale
 * or forgotten.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'report-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('pagefind');
        const started = performance.now();
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
