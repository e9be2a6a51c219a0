/** Public surface of the ingest stage. */
export { ingest, ARTICLES_DIR, MANIFEST_FILE, REPORT_FILE, type IngestOptions, type IngestReport } from './run.ts';
export { ingestVersion } from './version.ts';
export { prepareReport, type PreparedReport } from './prepare.ts';
export { decodeReport, RejectedReport } from './decode.ts';
export { paragraphsToMdx, verifyMdxBody } from './mdx.ts';
