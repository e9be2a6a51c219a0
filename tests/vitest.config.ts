import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Integration tests build real sites; two cores, so two files at a time.
    maxWorkers: 2,
    // Generous: browser tests share two cores with site builds.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
