import { describe, expect, it } from 'vitest'
import { Interner } from '../../src/support/interner.js'

describe('Interner', () => {
  it('hands back the value first kept under a key, and a new key its own value', () => {
    const interner = new Interner<string[]>(4)
    const first = ['a']
    expect(interner.intern('k', first)).toBe(first)
    expect(interner.intern('k', ['a'])).toBe(first)
    const other = ['b']
    expect(interner.intern('j', other)).toBe(other)
  })

  it('starts over when full: a key seen before keeps its new value from then on', () => {
    const interner = new Interner<string[]>(2)
    const old = ['1']
    interner.intern('1', old)
    interner.intern('2', ['2'])
    interner.intern('3', ['3'])
    const again = ['1 again']
    expect(interner.intern('1', again)).toBe(again)
    expect(interner.intern('1', ['later'])).toBe(again)
  })
})
