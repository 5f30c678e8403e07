import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateKey } from '../../src/support/duplicate-keys.js'

describe('findDuplicateKey', () => {
  it.each([
    ['{"method":"GET","method":"POST"}', ['method']],
    ['{"query":{"name":"a","name":"b"}}', ['query', 'name']],
    ['[{"a":1},{"b":1,"b":2}]', ['1', 'b']],
    ['[{"k":1,"k":2}]', ['0', 'k']],
    ['{"a":[0,{"x":1},{"y":[1,2,{"z":1,"z":1}]}]}', ['a', '2', 'y', '2', 'z']],
    ['{"a":1,"\\u0061":2}', ['a']],
    ['{"__proto__":1,"__proto__":2}', ['__proto__']],
    [' { "a" : "x\\"y" , "a" : 1 } ', ['a']],
  ])('finds the repeated key in %s', (text, path) => {
    expect(findDuplicateKey(text)).toEqual({ path })
  })

  it.each([
    '{}',
    '[]',
    'null',
    '"a"',
    '{"a":1,"b":{"a":1}}',
    '{"a":"a","b":"a"}',
    '[{"a":1},{"a":1}]',
    '{"a":"{\\"a\\":1,\\"a\\":2}"}',
    '{"a\\\\":1,"a":2}',
    '{"":1,"x":{"":2}}',
  ])('finds none in %s', (text) => {
    expect(findDuplicateKey(text)).toBeUndefined()
  })

  it('reads nesting deeper than the call stack allows in one pass', () => {
    const depth = 50_000
    const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    expect(findDuplicateKey(deep)).toBeUndefined()
    const repeated = `${'['.repeat(depth)}{"k":1,"k":2}${']'.repeat(depth)}`
    expect(findDuplicateKey(repeated)?.path).toHaveLength(depth + 1)
  })

  it('agrees with JSON.parse on any JSON written by JSON.stringify (which never repeats a key)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(findDuplicateKey(JSON.stringify(value))).toBeUndefined()
      }),
    )
  })

  it('finds a key that a generated object repeats', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        const text = `{"x":[${JSON.stringify(value)},{${JSON.stringify(key)}:1,${JSON.stringify(key)}:2}]}`
        expect(findDuplicateKey(text)).toEqual({ path: ['x', '1', key] })
      }),
    )
  })
})
