import { describe, expect, it } from 'vitest'
import { decodeGoJson } from '../../src/go/decode-json.js'
import { toGoJson } from '../../src/go/go-json.js'
import { findDecodedValueKind, toGoKeyOrder, toGoMap } from '../../src/go/go-map.js'
import { goInt, goMapOf, goString, goStruct } from '../../src/go/go-type.js'
import { unmarshalGo } from '../../src/go/unmarshal.js'

// Issue 25: the fast paths for big bodies (a string scanned by code unit, a map sorted natively and
// written as it is) must answer exactly as the careful paths they skip.

describe('a Go map written with its keys in UTF-8 byte order', () => {
  it('puts a character above U+FFFF after U+E000–U+FFFF, where UTF-16 order would not', () => {
    expect(toGoJson({ m: toGoMap({ '\u{1f600}': 1, '\ue000': 2, z: 3 }) })).toBe(
      '{"m":{"z":3,"\ue000":2,"\u{1f600}":1}}',
    )
  })

  it('writes integer-like keys in byte order, which an object would reorder', () => {
    expect(toGoJson({ m: toGoMap({ b: 1, '9': 2, '10': 3, a: 4 }) })).toBe('{"m":{"10":3,"9":2,"a":4,"b":1}}')
  })

  it('sorts a map of thousands of keys given in reverse, each key once', () => {
    const keys = Array.from({ length: 5000 }, (_, index) => `KEY_${index}`)
    const map = Object.fromEntries([...keys].reverse().map((key) => [key, key.toLowerCase()]))
    const written = JSON.parse(toGoJson({ m: toGoMap(map) })).m as Record<string, string>
    expect(Object.keys(written)).toEqual([...keys].sort())
    expect(written.KEY_4999).toBe('key_4999')
  })

  it('keeps a map key named toJSON as data', () => {
    expect(toGoJson(toGoMap({ toJSON: 'x', a: 'y' }))).toBe('{"a":"y","toJSON":"x"}')
  })
})

describe("a map Go's decoder builds", () => {
  const type = goStruct('main.Body', { environment: goMapOf(goString), counts: goMapOf(goInt) })
  const decode = (text: string) => unmarshalGo(decodeGoJson(text), type)

  it("holds its keys in Go's order, frozen, and is written by an answer as it is", () => {
    const { environment } = decode('{"environment":{"b":"1","\u{1f600}":"2","a":"3","\ue000":"4"}}') as {
      environment: Record<string, string>
    }
    expect(Object.keys(environment)).toEqual(['a', 'b', '\ue000', '\u{1f600}'])
    expect(Object.isFrozen(environment)).toBe(true)
    expect(findDecodedValueKind(environment)).toBe('string')
    expect(toGoMap(environment)).toBe(environment)
    expect(toGoJson({ environment: toGoMap(environment) })).toBe(
      '{"environment":{"a":"3","b":"1","\ue000":"4","\u{1f600}":"2"}}',
    )
  })

  it('takes keys already in order as they are, a repeated one still last', () => {
    expect(toGoKeyOrder(['a', 'b', 'c'])).toEqual([0, 1, 2])
    expect(toGoKeyOrder(['a', 'b', 'a'])).toEqual([0, 2, 1])
    expect(toGoKeyOrder(['a', '\u{1f600}', '\ue000'])).toEqual([0, 2, 1])
    expect(toGoKeyOrder(['b', '1a'])).toBeUndefined()
  })

  it("keeps the last of a repeated key, and the first error in the body's order", () => {
    expect(decode('{"environment":{"b":"1","a":"2","b":"3"}}')).toEqual({ environment: { a: '2', b: '3' } })
    expect(() => decode('{"counts":{"z":"x","a":1.5}}')).toThrow(
      'json: cannot unmarshal string into Go struct field Body.counts of type int',
    )
  })

  it('is an ordinary map, sorted when answered, when a key may be integer-like or a repeated field merges', () => {
    const { counts } = decode('{"counts":{"b":1,"10":2,"9":3}}') as { counts: Record<string, number> }
    expect(findDecodedValueKind(counts)).toBeUndefined()
    expect(toGoJson(toGoMap(counts))).toBe('{"10":2,"9":3,"b":1}')
    const body = '{"environment":{"b":"1"},"environment":{"a":"2"}}'
    const merged = decode(body).environment as Record<string, string>
    expect(merged).toEqual({ a: '2', b: '1' })
    expect(findDecodedValueKind(merged)).toBeUndefined()
    expect(toGoJson(toGoMap(merged))).toBe('{"a":"2","b":"1"}')
  })
})

describe('a long string literal', () => {
  it('decodes escapes between long runs exactly as JSON.parse does', () => {
    const value = `${'a'.repeat(50_000)}\n"\\\u00e9\u2028${'b'.repeat(50_000)}\t\ud83d\ude00`
    const node = decodeGoJson(JSON.stringify({ description: value }))
    expect(node).toMatchObject({ kind: 'object', entries: [['description', { kind: 'string', value }]] })
  })

  it('stops at a control character after a long run, at its offset', () => {
    const text = `"${'a'.repeat(10_000)}\u0001"`
    expect(() => decodeGoJson(text)).toThrow("invalid character '\\x01' in string literal")
    try {
      decodeGoJson(text)
    } catch (error) {
      expect((error as { offset: number }).offset).toBe(10_002)
    }
  })

  it('is unexpected EOF when the text ends inside it', () => {
    expect(() => decodeGoJson(`{"a":"${'x'.repeat(10_000)}`)).toThrow('unexpected EOF')
  })
})
