import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Session 8, issue 23: the in-process tests that reach src/admin (the admin surface, the strict
// input, the contract and adversarial admin tests that call the app in-process, the recording
// bounds). The CLI and Chromium tests are left out: they drive dist/, which no mutant reaches.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/regressions/23-admin-plain-500s.test.ts',
      'test/regressions/23-strict-admin-input.test.ts',
      'test/regressions/23-test-helpers-send-the-admin-token.test.ts',
      'test/admin/admin-surface.test.ts',
      'test/admin/strict-admin.test.ts',
      'test/admin/dashboard-actions.test.ts',
      'test/record/recording-bounds.test.ts',
      'test/scenarios/admin.contract.test.ts',
      'test/sessions/sessions.contract.test.ts',
      'test/adversarial/admin-reads.test.ts',
      'test/adversarial/admin-fuzz.test.ts',
      'test/reliability/admin-properties.test.ts',
      'test/admin/exact-admin-answers.test.ts',
      'test/regressions/23-empty-admin-token.test.ts',
      'test/admin/admin-errors.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
