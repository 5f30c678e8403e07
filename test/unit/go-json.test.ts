import { describe, expect, it } from 'vitest'
import { decodeGoJson } from '../../src/go/decode-json.js'
import { toGoJson } from '../../src/go/go-json.js'
import { goInt64, goMapOf, goString, goStruct } from '../../src/go/go-type.js'
import { unmarshalGo } from '../../src/go/unmarshal.js'

const syntaxError = (text: string) => {
  try {
    decodeGoJson(text)
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe("Go's json.Decoder syntax errors", () => {
  it.each([
    ['', 'EOF'],
    ['   \n', 'EOF'],
    ['{', 'unexpected EOF'],
    ['[1,', 'unexpected EOF'],
    ['"abc', 'unexpected EOF'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['[1 2]', "invalid character '2' after array element"],
    ['-x', "invalid character 'x' in numeric literal"],
    ['1.e', "invalid character 'e' after decimal point in numeric literal"],
    ['1e+', 'unexpected EOF'],
    ['tru', 'unexpected EOF'],
    ['trux', "invalid character 'x' in literal true (expecting 'e')"],
    ['"\\q"', "invalid character 'q' in string escape code"],
    ['"a\u0001"', "invalid character '\\x01' in string literal"],
    ["'a'", "invalid character '\\'' looking for beginning of value"],
  ])('%j gives %j', (text, message) => expect(syntaxError(text)).toBe(message))

  it('decodes the first value and ignores what follows, as Decoder.Decode does', () => {
    expect(decodeGoJson('{"a":"\\u00e9\\n"} trailing')).toMatchObject({
      kind: 'object',
      entries: [['a', { kind: 'string', value: 'é\n' }]],
    })
  })
})

describe('json.Unmarshal into a struct', () => {
  const type = goStruct('model.Example', { name: goString, size: goInt64, env: goMapOf(goString) })

  it('matches field names case-insensitively and skips unknown keys and nulls', () => {
    expect(unmarshalGo(decodeGoJson('{"NAME":"x","size":null,"other":1,"env":{"A":"b"}}'), type)).toEqual({
      name: 'x',
      env: { A: 'b' },
    })
  })

  it('reports the first type error with the struct and field path; a map value names the map, not the key', () => {
    expect(() => unmarshalGo(decodeGoJson('{"env":{"A":1},"size":"x"}'), type)).toThrow(
      'json: cannot unmarshal number into Go struct field Example.env of type string',
    )
  })

  it('names the embedded struct on the way to a promoted field, as Go 1.24 does', () => {
    const inner = goStruct('model.Inner', {
      cpu: goInt64,
      kind: goString,
      dev: goStruct('types.Dev', { hbm: goInt64 }),
    })
    const outer = goStruct('model.Outer', { kind: goString }, { Inner: inner })
    expect(() => unmarshalGo(decodeGoJson('{"cpu":1.5}'), outer)).toThrow(
      'json: cannot unmarshal number 1.5 into Go struct field Outer.Inner.cpu of type int64',
    )
    expect(() => unmarshalGo(decodeGoJson('{"dev":{"hbm":"x"}}'), outer)).toThrow(
      'json: cannot unmarshal string into Go struct field Dev.Inner.dev.hbm of type int64',
    )
    // The outer struct's own field hides the promoted one of the same name.
    expect(() => unmarshalGo(decodeGoJson('{"kind":5}'), outer)).toThrow(
      'json: cannot unmarshal number into Go struct field Outer.kind of type string',
    )
  })

  it('refuses a number that does not fit int64', () => {
    expect(() => unmarshalGo(decodeGoJson('{"size":9223372036854775808}'), type)).toThrow(
      'json: cannot unmarshal number 9223372036854775808 into Go struct field Example.size of type int64',
    )
  })
})

describe("Go's JSON encoding", () => {
  it('escapes HTML characters and line separators', () => {
    expect(toGoJson({ a: '<&>\u2028' })).toBe('{"a":"\\u003c\\u0026\\u003e\\u2028"}')
  })
})
