import { expect, expectTypeOf, it } from 'vitest'
import { useTestClient } from 'yr-meta-mock/vitest'
import { metaMock } from './vitest.setup.js'

// Checked by `tsc` (strict, skipLibCheck off) on every Vitest and msw pairing CI runs.
it('types toHaveReceived as an assertion to await (a Promise, so a forgotten await shows)', () => {
  expectTypeOf(expect(metaMock.service).toHaveReceived).returns.toEqualTypeOf<Promise<void>>()
  expectTypeOf(expect(metaMock.service).not.toHaveReceived).parameter(0).toHaveProperty('method')
  expectTypeOf(useTestClient).returns.toHaveProperty('session')
})
