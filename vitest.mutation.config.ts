import { defineConfig } from 'vitest/config'

// The tests Stryker runs against each mutant: every test that exercises the source in-process.
// Left out: the dashboard's browser tests and the CLI tests, the malformed-HTTP corpus among them (they drive the built bundle in dist/,
// which a mutant never reaches), the packaging tests, and the soak (minutes per run).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      'test/consumers/**',
      'test/dashboard/**',
      'test/package/**',
      'test/node/**',
      // The adversarial suite drives the built CLI too (a real server process).
      'test/adversarial/**',
      'test/reliability/soak.test.ts',
      'test/regressions/10-admin-token-every-start.test.ts',
      'test/adversarial/malformed-http.test.ts',
      'node_modules/**',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
