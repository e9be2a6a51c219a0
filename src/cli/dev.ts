/**
 * `npm run dev [-- --port N]`: ingest, start Astro's dev server, and re-ingest whenever a
 * seed is added, changed or removed while it runs (Astro then reloads the page).
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { dev } from 'astro';
import { runIngest } from './run-ingest.ts';

const root = process.cwd();
const portArgument = process.argv.indexOf('--port');
const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : undefined;
await runIngest(root);
await dev({ root, ...(port ? { server: { port } } : {}) });

let queued: NodeJS.Timeout | undefined;
watch(path.join(root, 'seeds'), () => {
  // Editors write files in several steps; wait for them to settle.
  clearTimeout(queued);
  queued = setTimeout(() => {
    runIngest(root).catch((error: Error) => console.error(`ingest: ${error.message}`));
  }, 200);
});
