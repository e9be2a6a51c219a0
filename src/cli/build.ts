/**
 * `npm run build`: ingest (unchanged seeds are skipped), `astro build`, and the
 * Pagefind index (written by the integration in astro.config.mjs) into dist/.
 */
import { build } from 'astro';
import { runIngest } from './run-ingest.ts';

const strict = process.argv.includes('--strict');
try {
  const report = await runIngest(process.cwd());
  if (strict && report.rejected.length > 0) throw new Error(`--strict: ${report.rejected.length} seed file(s) rejected`);
  await build({ root: process.cwd() });
} catch (error) {
  console.error(`build failed: ${(error as Error).message}`);
  if ((error as Error).cause) console.error((error as Error).cause);
  process.exitCode = 1;
}
