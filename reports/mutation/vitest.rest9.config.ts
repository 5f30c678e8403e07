import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Session 9, issue 23: the files never measured before (openapi-routes, atomic-write, the dashboard's
// live-event streams, src/support, seed/data-budget) under the in-process tests that reach them.
// Run with FC_RUNS=30.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/node/atomic-write.test.ts',
      'test/node/record-to-file.test.ts',
      // added after the first run, for the survivors:
      'test/node/atomic-write-edges.test.ts',
      'test/unit/small-support.test.ts',
      'test/unit/logger.test.ts',
      'test/admin/live-events.test.ts',
      'test/openapi/served.test.ts',
      'test/openapi/release-documents.test.ts',
      'test/regressions/23-strict-admin-input.test.ts',
      'test/adversarial/bounded-stores.test.ts',
      'test/regressions/25-event-streams-release.test.ts',
      'test/unit/duplicate-keys.test.ts',
      'test/unit/interner.test.ts',
      'test/unit/sync-answers.test.ts',
      'test/sessions/journal-budget.test.ts',
      'test/sessions/engine-changes.test.ts',
      'test/admin/admin-errors.test.ts',
      'test/admin/strict-admin.test.ts',
      'test/record/recording-bounds.test.ts',
      'test/unit/budget-check.test.ts',
      'test/unit/budget-check-edges.test.ts',
      'test/adversarial/cache-reload-fixtures.test.ts',
    ],
    // The one case that starts the built CLI (dist/, which a mutant never reaches) is left out by name.
    testNamePattern: /^(?!.*at start, at once, naming the file)/,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
