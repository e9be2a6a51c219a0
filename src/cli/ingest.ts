/**
 * `npm run ingest [-- --strict]`: turn seeds/*.txt into content/articles/*.mdx.
 * With --strict, any file that could not become a page makes the exit code 1.
 */
import { runIngest } from './run-ingest.ts';

const strict = process.argv.includes('--strict');
try {
  const report = await runIngest(process.cwd());
  if (strict && report.rejected.length > 0) {
    console.error(`ingest: --strict: ${report.rejected.length} file(s) rejected`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`ingest: ${(error as Error).message}`);
  process.exitCode = 1;
}
