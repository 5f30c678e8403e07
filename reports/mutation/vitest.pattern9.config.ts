import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Session 9, issue 23: the linear-time matcher (src/scenarios/pattern) under every in-process test that
// reaches it: its own unit and limit tests, the scenario rules (path wildcards and `matches`), the
// journal filter, the scenario schema's checks of patterns. test/adversarial/redos drives the built CLI
// (a real server process), which a mutant never reaches, so it is left out. Run with FC_RUNS=30.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/unit/linear-pattern.test.ts',
      'test/unit/linear-pattern-limits.test.ts',
      'test/unit/linear-pattern-parts.test.ts',
      'test/unit/journal-search.test.ts',
      'test/unit/scenario-schema.test.ts',
      'test/scenarios/rules.contract.test.ts',
      'test/scenarios/scenario-parts.test.ts',
      'test/scenarios/load-errors.test.ts',
      'test/sessions/verification.test.ts',
      'test/regressions/12-mutants.test.ts',
      'test/regressions/23-strict-admin-input.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
