import { describe, expect, it } from 'vitest'
import {
  hasUnit,
  isWordUnit,
  toCharSet,
  toComplement,
  toUnitTest,
} from '../../src/scenarios/pattern/char-set.js'
import { parsePattern } from '../../src/scenarios/pattern/parse-pattern.js'
import { findPathProblem } from '../../src/scenarios/pattern/path-pattern.js'
import { PatternRefusal } from '../../src/scenarios/pattern/pattern-node.js'
import { MAX_PROGRAM_STEPS } from '../../src/scenarios/pattern/pattern-program.js'
import {
  findPatternProblem,
  MAX_PATTERN_LENGTH,
  toTextPattern,
} from '../../src/scenarios/pattern/text-pattern.js'

// The matcher's parts on their own, at the edges the comparison with RegExp in linear-pattern.test.ts
// does not reach with its small alphabet: survivors of session 9's mutation run of src/scenarios/pattern.

describe('character sets', () => {
  it('sorts and merges ranges that overlap, touch or hold each other', () => {
    expect(toCharSet([10, 20, 0, 5])).toEqual([0, 5, 10, 20])
    expect(toCharSet([3, 8, 0, 5])).toEqual([0, 8])
    expect(toCharSet([0, 4, 5, 9])).toEqual([0, 9])
    expect(toCharSet([0, 9, 2, 3])).toEqual([0, 9])
    expect(toCharSet([0, 4, 6, 9])).toEqual([0, 4, 6, 9])
  })

  it('complements a set at both ends of the code units', () => {
    expect(toComplement([0, 5, 10, 0xffff])).toEqual([6, 9])
    expect(toComplement([1, 5])).toEqual([0, 0, 6, 0xffff])
    expect(toComplement([0, 0xfffe])).toEqual([0xffff, 0xffff])
    expect(toComplement([0, 0xffff])).toEqual([])
    expect(toComplement([])).toEqual([0, 0xffff])
  })

  it('tests every code unit as the ranges say, ASCII and beyond', () => {
    const ranges = toCharSet([0x41, 0x41, 0x7f, 0x81, 0x100, 0x1ff, 0xfffe, 0xffff])
    const test = toUnitTest(ranges)
    for (let unit = 0; unit <= 0xffff; unit++) {
      const inside =
        unit === 0x41 || (unit >= 0x7f && unit <= 0x81) || (unit >= 0x100 && unit <= 0x1ff) || unit >= 0xfffe
      if (hasUnit(test, unit) !== inside) expect(hasUnit(test, unit), `unit ${unit}`).toBe(inside)
    }
  })

  it('counts as a word unit what \\w matches, and nothing else', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const word = /\w/.test(String.fromCharCode(unit))
      if (isWordUnit(unit) !== word) expect(isWordUnit(unit), `unit ${unit}`).toBe(word)
    }
  })
})

describe('parsePattern on its own', () => {
  // toTextPattern lets JavaScript's parser refuse a syntax error first; parsePattern still refuses
  // each with its own words and place, for a caller that did not.
  it.each([
    ['a)', 'an unmatched ")" at character 2'],
    ['a|*', 'nothing to repeat before "*" at character 3'],
    ['(?i)a', 'a group modifier "(?…" at character 1'],
    ['b(a', 'a "(" never closed at character 2'],
    ['(?<name', 'a group name never closed at character 1'],
    ['a{3,2}', 'a repeat count {n,m} with m below n at character 2'],
    ['x[ab', 'a "[" never closed at character 2'],
    ['[z-a]', 'a range out of order at character 3'],
    ['(?=a)', 'a lookaround "(?=…)" at character 1'],
    ['(?<!a)', 'a lookaround "(?<!…)" at character 1'],
    ['((?=a))', 'a lookaround "(?=…)" at character 2'],
    ['\\q', 'an unknown escape "\\q" at character 1'],
    ['\\qa', 'an unknown escape "\\q" at character 1'],
    ['a\\', 'an unknown escape "\\" at character 2'],
  ])('refuses %s: %s', (source, message) => {
    const error = (() => {
      try {
        parsePattern(source)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(PatternRefusal)
    expect((error as PatternRefusal).message).toBe(message)
    expect((error as PatternRefusal).name).toBe('PatternRefusal')
  })

  it('names no place when a refusal has none', () => {
    expect(new PatternRefusal('why').message).toBe('why')
  })

  it('reads one option as itself, a group name as nothing, a class escape in a range as a dash', () => {
    expect(parsePattern('a')).toEqual({ kind: 'set', set: [0x61, 0x61] })
    expect(parsePattern('(?<n>a)')).toEqual({ kind: 'set', set: [0x61, 0x61] })
    expect(parsePattern('[\\d-a]')).toEqual({ kind: 'set', set: [0x2d, 0x2d, 0x30, 0x39, 0x61, 0x61] })
    expect(parsePattern('[^a]')).toEqual({ kind: 'set', set: [0, 0x60, 0x62, 0xffff] })
    expect(parsePattern('[a-a]')).toEqual({ kind: 'set', set: [0x61, 0x61] })
    expect(parsePattern('\\b')).toEqual({ kind: 'assert', assertion: 'word-boundary' })
    expect(parsePattern('[\\b]')).toEqual({ kind: 'set', set: [0x08, 0x08] })
    expect(parsePattern('\\cj')).toEqual({ kind: 'set', set: [0x0a, 0x0a] })
    expect(parsePattern('a{2,}')).toEqual({
      kind: 'repeat',
      item: { kind: 'set', set: [0x61, 0x61] },
      min: 2,
      max: Number.POSITIVE_INFINITY,
    })
  })
})

describe('the automaton past the states it remembers', () => {
  // More than 64 new sets of steps in one text: the rest of the text is run without remembering.
  const random = (length: number) =>
    Array.from({ length }, (_, index) => ((index * 7919) % 13 < 6 ? 'a' : 'b')).join('')

  it('finds a match in the middle of a long text, and a dead end', () => {
    const unanchored = toTextPattern('(?:a|b)*a(?:a|b){12}c')
    expect(unanchored.test(`${random(2000)}a${'b'.repeat(12)}c${'x'.repeat(50)}`)).toBe(true)
    expect(unanchored.test(`${random(2000)}x${'x'.repeat(50)}`)).toBe(false)
    const anchored = toTextPattern('^(?:a|b)*a(?:a|b){12}$')
    expect(anchored.test(`${random(2000)}x${random(50)}`)).toBe(false)
    expect(anchored.test(`${random(2000)}a${'b'.repeat(12)}`)).toBe(true)
    expect(anchored.test(`${random(2000)}b${'b'.repeat(12)}`)).toBe(false)
  })

  it('finds a dead end, and the end of a text that does not match, past the states it remembers', () => {
    // ^a{200}: each a is a new set of steps, so the 65th on is run without remembering.
    // A new pattern for each text: one that already met the first sets would remember them.
    expect(toTextPattern('^a{200}').test(`${'a'.repeat(100)}x${'a'.repeat(200)}`)).toBe(false)
    expect(toTextPattern('^a{200}').test('a'.repeat(100))).toBe(false)
    expect(toTextPattern('^a{200}').test('a'.repeat(200))).toBe(true)
  })

  it('keeps a match found in the middle of a text', () => {
    for (const text of ['a ', 'a b', 'xa!', 'ab '])
      expect(toTextPattern('a\\b').test(text), text).toBe(/a\b/.test(text))
  })

  it('answers the same after forgetting what it remembered, text after text', () => {
    const source = '(?:a|b)*a(?:a|b){8}$'
    const pattern = toTextPattern(source)
    for (let offset = 0; offset < 200; offset++) {
      const text = random(40 + offset).slice(offset)
      expect(pattern.test(text), text).toBe(new RegExp(source).test(text))
    }
  })

  it('reads units past ASCII from its own table', () => {
    const pattern = toTextPattern('é+\\u0080$')
    for (const text of ['é\u0080', 'éé\u0080', '\u0080', 'é\u0080x', 'e\u0080', `${'é'.repeat(100)}\u0080`])
      expect(pattern.test(text), text).toBe(/é+\u0080$/.test(text))
  })
})

describe('the size limits, at the edge', () => {
  it('takes a pattern of exactly the most steps, alternation counted, and refuses one more', () => {
    // a{255}: 255 units and the match; (?:a|b){85}: 85 × (2 units and a split) and the match.
    for (const source of ['a{255}', '(?:a|b){85}']) {
      expect(findPatternProblem(source), source).toBeUndefined()
      expect(toTextPattern(source).test('ab'.repeat(128)), source).toBe(
        new RegExp(source).test('ab'.repeat(128)),
      )
      expect(findPatternProblem(`${source}c`), source).toContain(
        `a pattern this large (${MAX_PROGRAM_STEPS + 1} steps once its repeats are unrolled; at most ${MAX_PROGRAM_STEPS})`,
      )
    }
    expect(toTextPattern('(?:a|b){85}').test(`${'ab'.repeat(42)}a`)).toBe(true)
    expect(toTextPattern('(?:a|b){85}').test(`${'ab'.repeat(42)}c${'ab'.repeat(42)}`)).toBe(false)
  })

  it('says "over a billion" only past a billion steps', () => {
    expect(findPatternProblem('a{999999999}')).toContain('(1000000000 steps once')
    expect(findPatternProblem('a{1000000000}')).toContain('(over a billion steps once')
  })

  it('takes a pattern of exactly the most characters', () => {
    const source = `[${'a'.repeat(MAX_PATTERN_LENGTH - 2)}]`
    expect(findPatternProblem(source)).toBeUndefined()
    expect(toTextPattern(source).test('xa')).toBe(true)
  })

  it('explains a refused path pattern, and accepts a usual one', () => {
    expect(findPathProblem('/serverless/v1/functions/*')).toBeUndefined()
    expect(findPathProblem(`*${'a'.repeat(200)}`)).toBe(
      'a path pattern whose part from the first * or :name on has at most 128 characters (this one has 201)',
    )
  })
})

describe('assertions at the edges', () => {
  it.each([
    ['a$', ['a\0', 'a', '\0a']],
    ['\\b\0', ['a\0', '\0']],
    ['(?:\\b)*^a', ['ba', 'a', '']],
    ['(?:$)*^a|b', ['ba', 'ab', 'c']],
    ['\\-a', ['-a', '\u0001', 'a']],
  ])('matches %s as RegExp does', (source, texts) => {
    const pattern = toTextPattern(source)
    for (const text of texts)
      expect(pattern.test(text), JSON.stringify(text)).toBe(new RegExp(source).test(text))
  })
})
