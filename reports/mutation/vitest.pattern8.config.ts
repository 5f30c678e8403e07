import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Session 8, issue 23: the linear-time matcher (src/scenarios/pattern) under its own tests; run with
// FC_RUNS=50 (the property tests compare it with RegExp on random patterns and texts).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/unit/linear-pattern.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
