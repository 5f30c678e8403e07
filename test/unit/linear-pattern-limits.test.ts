import { describe, expect, it } from 'vitest'
import {
  MAX_PATH_PATTERN_LENGTH,
  MAX_WILDCARD_PART,
  toPathPattern,
} from '../../src/scenarios/pattern/path-pattern.js'
import { findProblem } from '../../src/scenarios/pattern/text-pattern.js'

// The path matcher's size limits at their exact edge (a pattern of the limit is taken; one more is
// refused, in linear-pattern.test.ts), and a compile error that is not a refusal left as it is: survivors of a session-8
// mutation run of path-pattern.ts and text-pattern.ts.

describe('the pattern size limits, at the edge', () => {
  it('takes a path pattern of exactly the limit', () => {
    const path = `/${'a'.repeat(MAX_PATH_PATTERN_LENGTH - 1)}`
    expect(toPathPattern(path).test(path)).toBe(true)
  })

  it('takes a wildcard part of exactly the limit', () => {
    const pattern = `*${'a'.repeat(MAX_WILDCARD_PART - 1)}`
    expect(toPathPattern(pattern).test(`/x${'a'.repeat(MAX_WILDCARD_PART - 1)}`)).toBe(true)
  })
})

describe('findProblem', () => {
  it('throws an error that is not a refusal instead of answering it as one', () => {
    expect(() =>
      findProblem(() => {
        throw new TypeError('a bug')
      }),
    ).toThrow('a bug')
  })
})
