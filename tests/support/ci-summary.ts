/**
 * Reads Vitest's JSON report and prints the one line CI reads: `N passed, N failed`.
 * Usage: node tests/support/ci-summary.ts <report.json>. Exits 1 when anything failed or nothing ran.
 */
import { readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
}

const file = process.argv[2];
if (!file) throw new Error('usage: ci-summary.ts <vitest-report.json>');
let report: VitestJson;
try {
  report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
} catch (error) {
  console.log('0 passed, 1 failed');
  console.error(`no readable test report at ${file}: ${(error as Error).message}`);
  process.exit(1);
}
// A suite that failed to load counts as a failure even though it ran no test.
const failed = report.numFailedTests + report.numFailedTestSuites;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || report.numPassedTests === 0 ? 1 : 0);
