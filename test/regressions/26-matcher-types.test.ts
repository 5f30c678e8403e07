import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

// Issue 26: Vitest typed toHaveReceived as `void` on an admin client, though it returns a Promise
// there: a forgotten `await` passed unseen. fixtures/26-matcher-types.ts holds the type
// assertions; this runs the type checker on that file alone (no other test's declarations).

const root = fileURLToPath(new URL('../../', import.meta.url))
const TSC = `${root}node_modules/.bin/tsc`
const PROJECT = 'test/regressions/fixtures/tsconfig.26-matcher-types.json'

describe('toHaveReceived under Vitest', () => {
  it('is typed as a Promise on an admin client and on a service alike', async () => {
    const checked = await promisify(execFile)(TSC, ['-p', PROJECT], { cwd: root }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    )
    expect(checked).toBe('')
  }, 180_000)
})
