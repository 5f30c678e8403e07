import { describe, expect, it } from 'vitest'
import { toJsonFieldChecks } from '../../src/scenarios/json-match.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import type { RequestFacts } from '../../src/scenarios/request-facts.js'

const facts = (body?: string): RequestFacts => ({
  method: 'POST',
  path: '/',
  query: new URLSearchParams(),
  headers: new Headers(),
  session: '',
  ...(body === undefined ? {} : { body }),
})

/** The one check of `{ [key]: expected }` on a body. */
const check = (key: string, expected: unknown, body?: string) => {
  const [field] = toJsonFieldChecks({ [key]: expected })
  if (!field) throw new Error('no check')
  return field(facts(body))
}
const ok = (expected: unknown, actual: unknown) => check('a', expected, JSON.stringify({ a: actual })).ok

describe('json field checks', () => {
  it('answers a field present and deeply equal, with what was expected and seen', () => {
    const value = { x: [1, { y: 'z' }], n: null }
    expect(check('a', value, JSON.stringify({ a: value, b: 1 }))).toEqual({
      criterion: 'json a',
      ok: true,
      expected: JSON.stringify(value),
      actual: JSON.stringify(value),
    })
    expect(ok(null, null)).toBe(true)
  })

  it('tells apart values that differ anywhere, in kind, keys or length', () => {
    expect(ok(1, 2)).toBe(false)
    expect(ok(1, '1')).toBe(false)
    expect(ok({ x: 1 }, null)).toBe(false)
    expect(ok(null, { x: 1 })).toBe(false)
    expect(ok({ x: 1 }, 1)).toBe(false)
    expect(ok(1, { x: 1 })).toBe(false)
    // An empty object has no keys, nor has a number: still not equal
    expect(ok({}, 5)).toBe(false)
    expect(ok(5, {})).toBe(false)
    expect(ok([1, 2], { 0: 1, 1: 2 })).toBe(false)
    expect(ok({ 0: 1, 1: 2 }, [1, 2])).toBe(false)
    expect(ok({ x: 1 }, { x: 1, y: 2 })).toBe(false)
    expect(ok({ x: 1, y: 2 }, { x: 1 })).toBe(false)
    expect(ok({ x: 1, y: 2 }, { x: 1, z: 2 })).toBe(false)
    expect(ok({ x: [1, { y: 2 }] }, { x: [1, { y: 3 }] })).toBe(false)
    expect(ok([1, 2], [1, 2, 3])).toBe(false)
  })

  it('finds nothing in a body that is absent, not JSON, or not an object', () => {
    for (const body of [undefined, '', '{', '"abc"', '3', 'null']) {
      expect(check('length', 3, body)).toMatchObject({ ok: false, actual: '(absent)' })
    }
    expect(check('b', 1, JSON.stringify({ a: 1 }))).toMatchObject({ ok: false, actual: '(absent)' })
  })
})

describe('json checks on any depth of input (issue 23, finding 14)', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`

  it('compares and shows a body field nested 200,000 levels without overflowing the stack', () => {
    expect(check('a', [[1]], `{"a":${deep(200_000)}}`)).toMatchObject({
      ok: false,
      actual: '(a value nested deeper than 64 levels)',
    })
    expect(check('a', JSON.parse(deep(60)), `{"a":${deep(60)}}`)).toMatchObject({ ok: true })
  })

  it('refuses a json match nested deeper than 64 levels, naming the field and the limit', () => {
    const match = (depth: number) => ({ rules: [{ match: { json: { deep: JSON.parse(deep(depth)) } } }] })
    expect(() => parseScenario(match(64), 'in-code')).not.toThrow()
    expect(() => parseScenario(match(65), 'in-code')).toThrow(
      'in-code at /rules/0/match/json/deep: a value nested at most 64 levels deep (objects and arrays)',
    )
  })

  it('does not take an inherited key for a field of the body', () => {
    expect(check('constructor', 1, '{}')).toMatchObject({ ok: false, actual: '(absent)' })
    expect(check('toString', 1, '{"a":1}')).toMatchObject({ ok: false, actual: '(absent)' })
  })
})

describe('json field checks, a key only one side has', () => {
  it('does not match a body whose object holds "__proto__" where the rule expects another key', () => {
    // JSON.parse makes "__proto__" an own key; the other side reads it as its prototype, an empty object.
    expect(check('a', { x: 1 }, '{"a":{"__proto__":{}}}').ok).toBe(false)
  })
})
