import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toScope } from '../../src/model/scope.js'
import { compareVersionKeys, toFunctionKey } from '../../src/store/record-keys.js'

/** The order as it was written before (issue 25, session 12): both keys built, then compared. */
function referenceOrder(left: string, right: string): number {
  const [a, b] = [`${left}/`, `${right}/`]
  return a < b ? -1 : a > b ? 1 : 0
}

describe("the store's record keys", () => {
  it('orders version keys as their etcd keys compare, with no key built', () => {
    const version = fc.string({
      unit: fc.constantFrom('/', '.', '0', '1', '9', '$', 'a', 'l', '-', '~', 'é'),
    })
    fc.assert(
      fc.property(version, version, (left, right) => {
        expect(compareVersionKeys(left, right)).toBe(referenceOrder(left, right))
      }),
      { numRuns: 5000 },
    )
  })

  it.each([
    ['1', '10'],
    ['1', '1/'],
    ['1/', '1'],
    ['$latest', '1'],
    ['latest', '1'],
    ['1.0.0', '1.0'],
    ['', '/'],
    ['', ''],
  ])('orders %j against %j as the keys do', (left, right) => {
    expect(compareVersionKeys(left, right)).toBe(referenceOrder(left, right))
  })

  it('makes the key of the scope and name asked for, when the last one asked differs', () => {
    expect(toFunctionKey(toScope('t1'), 'f')).toBe('yrk/t1//f')
    expect(toFunctionKey(toScope('t1', 'p'), 'f')).toBe('yrk/t1/p/f')
    expect(toFunctionKey(toScope('t2', 'p'), 'f')).toBe('yrk/t2/p/f')
    expect(toFunctionKey({ ...toScope('t2', 'p'), businessId: 'b' }, 'f')).toBe('b/t2/p/f')
    expect(toFunctionKey(toScope('t2', 'p'), 'g')).toBe('yrk/t2/p/g')
    expect(toFunctionKey(toScope('t2', 'p'), 'g')).toBe('yrk/t2/p/g')
  })
})
