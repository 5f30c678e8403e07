import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Session 9, issue 23: src/engine's journal, session pool, answer cache and baseline state under the
// in-process tests that reach them (the sessions and journal tests, the answer cache's unit and
// equivalence tests, hot reloads and scenario switches). Run with FC_RUNS=30.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/sessions/*.test.ts',
      'test/unit/answer-cache.test.ts',
      'test/unit/journal-search.test.ts',
      'test/unit/fixture-reload.test.ts',
      'test/unit/fixture-changes.test.ts',
      'test/regressions/12-mutants.test.ts',
      'test/adversarial/answer-cache-equivalence.test.ts',
      'test/adversarial/bounded-stores.test.ts',
      'test/scenarios/hot-reload.test.ts',
      'test/scenarios/admin.contract.test.ts',
      'test/scenarios/load-errors.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
