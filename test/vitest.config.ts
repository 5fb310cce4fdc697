import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // A throwaway CA for the https emulators, trusted by every worker (NODE_EXTRA_CA_CERTS).
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
