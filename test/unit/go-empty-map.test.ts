import { describe, expect, it } from 'vitest'
import { toGoJson } from '../../src/go/go-json.js'
import { goMapEntries, toGoMap } from '../../src/go/go-map.js'

// Issue 25: every answer that holds an empty map (a created function's environment, its tags…) shares
// one frozen empty GoMap instead of building its own. It must be written as an empty map always was,
// and no answer may change it for the others.

describe('toGoMap of an empty map', () => {
  it('hands every answer the same map, written {} inside and outside an answer', () => {
    const empty = toGoMap({})
    expect(toGoMap(Object.create(null))).toBe(empty)
    expect(goMapEntries(empty)).toEqual([])
    expect(toGoJson({ environment: empty, tags: toGoMap({}) })).toBe('{"environment":{},"tags":{}}')
    expect(JSON.stringify({ environment: empty })).toBe('{"environment":{}}')
  })

  it('is frozen, so no answer can add a key the others would write', () => {
    const empty = toGoMap({}) as Record<string, unknown>
    expect(Object.isFrozen(empty)).toBe(true)
    expect(() => {
      empty.leaked = 'x'
    }).toThrow(TypeError)
    expect(toGoJson(toGoMap({}))).toBe('{}')
  })

  it('builds its own map for a map with keys, and keeps null and absent as null', () => {
    const map = toGoMap({ b: '1', a: '2' })
    expect(map).not.toBe(toGoMap({}))
    expect(toGoJson(map)).toBe('{"a":"2","b":"1"}')
    expect(toGoMap(null)).toBeNull()
    expect(toGoMap(undefined)).toBeNull()
  })
})
