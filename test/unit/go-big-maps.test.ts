import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { decodeGoJson } from '../../src/go/decode-json.js'
import { toGoJson } from '../../src/go/go-json.js'
import { findDecodedValueKind, toGoMap } from '../../src/go/go-map.js'
import { compareUtf8 } from '../../src/go/go-sort.js'
import { BIG_MAP_KEYS, findBigMapEntries } from '../../src/go/go-string-map.js'
import { goMapOf, goString, goStruct } from '../../src/go/go-type.js'
import { unmarshalGo } from '../../src/go/unmarshal.js'

// Issue 25, decision 0040: a decoded map of thousands of strings is held as sorted arrays behind a
// proxy. It must read as the object it stands for and be written exactly as an ordinary map is.

const type = goStruct('main.Body', { environment: goMapOf(goString) })
const decode = (text: string) => unmarshalGo(decodeGoJson(text), type)

/** Keys of every kind whose order differs between UTF-16, UTF-8 and an object's own order. */
const TRICKY = ['K', '\u{1f600}', '\ue000', '9', '10', 'a"b', 'é', 'toJSON', 'constructor', 'a\\b', 'x\u0001']

/** Body-order entries, some keys repeated (Go keeps the last value), some values null (Go's ""). */
function toEntries(count: number): Array<[string, string | null]> {
  return Array.from({ length: count }, (_, index) => {
    const key = `${TRICKY[index % TRICKY.length]}${index % (count - 100)}`
    return [key, index % 97 === 0 ? null : `v${index}<&>\u2028"\\`] as [string, string | null]
  })
}

/** The body text of the entries, written by hand so that repeated keys stay repeated. */
function toBody(entries: ReadonlyArray<[string, string | null]>): string {
  const members = entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
  return `{"environment":{${members.join(',')}}}`
}

/** What Go holds: each key once with its last value, in UTF-8 byte order. */
function toExpected(entries: ReadonlyArray<[string, string | null]>): Array<[string, string]> {
  const last = new Map(entries.map(([key, value]) => [key, value ?? '']))
  return [...last].sort(([a], [b]) => compareUtf8(a, b))
}

describe('a big decoded map of strings', () => {
  const entries = toEntries(3_000)
  const expected = toExpected(entries)
  const map = decode(toBody(entries)).environment as Record<string, string>

  it('is held as sorted arrays from BIG_MAP_KEYS keys on, and not below', () => {
    expect(findBigMapEntries(map)?.keys).toEqual(expected.map(([key]) => key))
    const small = decode(toBody(toEntries(BIG_MAP_KEYS - 1))).environment as object
    expect(findBigMapEntries(small)).toBeUndefined()
    expect(findBigMapEntries(decode(toBody(toEntries(BIG_MAP_KEYS))).environment as object)).toBeDefined()
  })

  it('reads as an object with its keys in Go order', () => {
    expect(Object.keys(map)).toEqual(expected.map(([key]) => key))
    expect(Object.entries(map)).toEqual(expected)
    expect({ ...map }).toEqual(Object.fromEntries(expected))
    expect(map).toEqual(Object.fromEntries(expected))
    expect(map.toJSON0).toBe(expected.find(([key]) => key === 'toJSON0')?.[1])
    expect('constructor8' in map).toBe(true)
    expect(Object.hasOwn(map, 'nothing')).toBe(false)
    expect(map.nothing).toBeUndefined()
    // the prototype's own members still answer, as for any object
    expect('hasOwnProperty' in map).toBe(true)
    expect(Object.hasOwn(map, 'hasOwnProperty')).toBe(false)
  })

  it('is shown by util.inspect (console.log) with its entries', () => {
    expect(inspect(map)).toBe(inspect(Object.fromEntries(expected)))
    expect(Reflect.ownKeys(map)).toEqual(expected.map(([key]) => key))
  })

  it('refuses writes as a frozen map does', () => {
    expect(() => {
      map.K0 = 'changed'
    }).toThrow(TypeError)
    expect(() => delete map.K0).toThrow(TypeError)
    expect(map.K0).toBe(expected.find(([key]) => key === 'K0')?.[1])
  })

  it('is written by an answer exactly as an ordinary map of the same entries', () => {
    const ordinary = toGoJson({ environment: toGoMap(Object.fromEntries(expected)) })
    expect(findDecodedValueKind(map)).toBe('string')
    expect(toGoMap(map)).toBe(map)
    expect(toGoJson({ environment: toGoMap(map) })).toBe(ordinary)
    expect(toGoJson({ nested: [{ environment: toGoMap(map) }] })).toBe(`{"nested":[${ordinary}]}`)
  })

  it('is JSON.stringify-ed, outside an answer, as the plain object of its entries', () => {
    expect(JSON.stringify(map)).toBe(JSON.stringify(Object.fromEntries(expected)))
  })

  it("keeps Go's first error when a value is not a string", () => {
    const body = toBody(toEntries(2_000)).replace('"v5', '5, "k":"v5')
    expect(() => decode(body)).toThrow(
      'json: cannot unmarshal number into Go struct field Body.environment of type string',
    )
  })

  it('merges with a repeated field into an ordinary map holding both', () => {
    const body = toBody(entries).replace(/}}$/, '},"environment":{"zz":"1","K0":"new"}}')
    const merged = decode(body).environment as Record<string, string>
    expect(findBigMapEntries(merged)).toBeUndefined()
    expect(toGoJson(toGoMap(merged))).toBe(
      toGoJson(toGoMap(Object.fromEntries([...expected, ['zz', '1'], ['K0', 'new']]))),
    )
  })
})
