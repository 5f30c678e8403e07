import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Session 8, issue 23: the tests that reach src/fake/admin-body.ts and src/fake/front-door.ts in this
// process (the Host check's startServer cases, the admin body limit, the browser guard, the admin
// and contract tests). host-check's CLI cases run in the dry run only (they need `npm run build`).
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'test/node/host-check.test.ts',
      'test/adversarial/admin-body-limit.test.ts',
      'test/adversarial/admin-browser-guard.test.ts',
      'test/adversarial/admin-reads.test.ts',
      'test/admin/admin-surface.test.ts',
      'test/admin/strict-admin.test.ts',
      'test/admin/exact-admin-answers.test.ts',
      'test/regressions/23-admin-plain-500s.test.ts',
      'test/regressions/23-test-helpers-send-the-admin-token.test.ts',
      'test/scenarios/admin.contract.test.ts',
      'test/sessions/sessions.contract.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
