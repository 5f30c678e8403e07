import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_WILDCARD_PART, toPathPattern } from '../../src/scenarios/pattern/path-pattern.js'
import { PatternRefusal } from '../../src/scenarios/pattern/pattern-node.js'
import { findPatternProblem, toTextPattern } from '../../src/scenarios/pattern/text-pattern.js'

// The matcher must answer as RegExp.prototype.test does (no flags) for every pattern it accepts:
// compared here on a table of corners and on random patterns of the same grammar.
const RUNS = Number(process.env.FC_RUNS ?? 300)

const agrees = (source: string, text: string) =>
  toTextPattern(source).test(text) === new RegExp(source).test(text)

describe('the linear-time matcher', () => {
  it.each([
    ['^[0-9]+$', ['123', '12a', '', '0']],
    ['abc', ['xxabcxx', 'ab', 'abc']],
    ['^(a+)+$', ['aaaa', 'aaaa!', '']],
    ['a|b|cd', ['c', 'xcd', 'b']],
    ['\\bfoo\\b', ['foo', 'a foo b', 'afoo', 'foo_', 'foo!']],
    ['\\Bfoo', ['afoo', 'foo']],
    ['x{2,3}y', ['xy', 'xxy', 'xxxxy', 'xxxy']],
    ['x{2,}$', ['x', 'xx', 'axxx']],
    ['^$', ['', 'a']],
    ['[^a-c]', ['abc', 'abcd']],
    ['[\\d-z]', ['-', 'z', 'y', '5']],
    ['[a-]', ['-', 'b']],
    ['[\\b]', ['\b', 'b']],
    ['.', ['\n', '\r\n', '\u2028', 'a']],
    ['\\s+', ['\u00a0', 'a b', 'ab', '\ufeff']],
    ['\\S\\W\\D', ['a!x', 'a1x']],
    ['(?:ab)*$', ['abab', 'aba']],
    ['(?<n>a)b?', ['a', 'b']],
    ['a{', ['a{', 'a']],
    ['a{,2}', ['a{,2}', 'aa']],
    ['a}]', ['a}]', 'a']],
    ['a*?b', ['aab', 'aa']],
    ['[]', ['a', '']],
    ['[^]', ['\n', '']],
    ['\\u0041\\x42\\0', ['AB\0', 'ab']],
    ['\\cJ\\t\\v\\f\\r\\n', ['\n\t\v\f\r\n', 'x']],
    ['\\/\\.\\-', ['/.-', 'x']],
    ['(a*)*b', ['aaaaab', 'aaaaa']],
    ['(^a|b)c', ['xac', 'ac', 'xbc']],
    ['a$|^b', ['xa', 'bx', 'ax', 'xb']],
    ['é+', ['café', 'cafe']],
    ['[^\\u0000-\\u007f]', ['abc', 'abç']],
    ['\\d{3}', ['12', '١٢٣', '123']],
  ])('matches %s as RegExp does', (source, texts) => {
    for (const text of texts) expect(agrees(source, text), JSON.stringify(text)).toBe(true)
  })

  it('agrees with RegExp on random patterns and texts', () => {
    fc.assert(
      fc.property(
        patternArbitrary,
        fc.string({ unit: fc.constantFrom(...'ab _1\né'), maxLength: 12 }),
        (source, text) => {
          // The grammar makes only patterns the matcher takes, some of them over its size.
          const problem = findPatternProblem(source)
          fc.pre(problem === undefined || !problem.includes('this large'))
          return agrees(source, text)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('answers at once where RegExp backtracks exponentially', () => {
    // RegExp needs ~2^40 steps for each of these; the automaton needs a pass over the text.
    expect(toTextPattern('^(a+)+$').test(`${'a'.repeat(40)}!`)).toBe(false)
    expect(toTextPattern('^(a|a)*$').test(`${'a'.repeat(40)}!`)).toBe(false)
    expect(toTextPattern('^(a|aa)+$').test(`${'a'.repeat(40)}!`)).toBe(false)
    expect(toTextPattern('(\\w+\\s?)+$').test(`${'word '.repeat(40)}`)).toBe(true)
    expect(toTextPattern('(\\w+\\s?)+$').test(`${'word '.repeat(40)}!`)).toBe(false)
    expect(toTextPattern('^(\\w+\\s?)+$').test(`${'word '.repeat(40)}!`)).toBe(false)
    expect(toTextPattern('^(?:a?){30}a{30}$').test('a'.repeat(30))).toBe(true)
  })

  it('stays right past the states it remembers (a text meeting new ones all along)', () => {
    // (a|b)*a(a|b){12}: 2^12 states; a random text meets more than a pattern remembers.
    const source = '(?:a|b)*a(?:a|b){12}$'
    const text = Array.from({ length: 3000 }, (_, index) => ((index * 7919) % 13 < 6 ? 'a' : 'b')).join('')
    for (const end of [2000, 2500, 3000]) expect(agrees(source, text.slice(0, end))).toBe(true)
    const pattern = toTextPattern(source)
    expect(pattern.test(`${text}b${'b'.repeat(12)}`)).toBe(false)
    expect(pattern.test(`${text}a${'b'.repeat(12)}`)).toBe(true)
  })

  it.each([
    ['(a)\\1', 'a backreference or octal escape "\\1"'],
    ['\\k<x>(?<x>a)', 'a backreference "\\k<name>"'],
    ['a(?=b)', 'a lookaround "(?=…)"'],
    ['a(?!b)', 'a lookaround "(?!…)"'],
    ['(?<=a)b', 'a lookaround "(?<=…)"'],
    ['(?<!a)b', 'a lookaround "(?<!…)"'],
    ['\\p{L}', 'an unknown escape "\\p"'],
    ['\\01', 'a backreference or octal escape "\\0"'],
    ['\\c1', 'an unknown escape "\\c"'],
    ['\\u{41}', 'an escape "\\u" without 4 hex digits'],
    ['a{300}', 'a pattern this large (301 steps'],
    ['(a{20}){20}', 'a pattern this large (401 steps'],
  ])('refuses %s, saying why and what is allowed', (source, why) => {
    const problem = findPatternProblem(source)
    expect(problem).toContain(`a pattern matched in linear time, not ${why}`)
    expect(problem).toContain('allowed: a JavaScript regular expression without flags')
  })

  it('refuses a syntax error with JavaScript’s message, and a pattern too long before parsing it', () => {
    expect(findPatternProblem('(')).toMatch(/^a valid regular expression \(Invalid regular expression: /)
    expect(findPatternProblem('a'.repeat(1001))).toBe('a pattern of at most 1000 characters, not 1001')
    expect(() => toTextPattern('(?=a)')).toThrow(PatternRefusal)
  })
})

describe('path patterns', () => {
  /** The meaning they had as RegExps before: `*` any text, `:name` a segment. */
  const asRegExp = (path: string) =>
    new RegExp(
      `^${path
        .split(/(:[A-Za-z0-9_]+|\*)/)
        .map((part) =>
          part === '*' ? '[^]*' : part.startsWith(':') ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('')}$`,
    )

  it.each([
    [
      '/serverless/v1/functions/*',
      ['/serverless/v1/functions/f/versions', '/serverless/v1/functions/', '/x'],
    ],
    [
      '*/functions/:name/versions',
      ['/a/functions/f/versions', '/a/functions/f/g/versions', '/functions//versions'],
    ],
    ['/a/:x', ['/a/b', '/a/b/c', '/a/']],
    ['/a.b+(c)', ['/a.b+(c)', '/aXb+(c)']],
    ['*a*a*b', ['aab', 'ab', 'xaxaxb', 'aaa']],
    ['/:a:b/*', ['/xy/z', '/x/']],
    ['/x:', ['/x:', '/x']],
    ['*', ['', 'any\nthing']],
  ])('%s matches as the glob it reads as', (path, texts) => {
    const pattern = toPathPattern(path)
    for (const text of texts) expect(pattern.test(text), text).toBe(asRegExp(path).test(text))
  })

  it('matches many stars without backtracking', () => {
    expect(toPathPattern('*a'.repeat(30)).test(`${'a'.repeat(5000)}b`)).toBe(false)
    expect(toPathPattern(`${'*/'.repeat(30)}x`).test(`${'a/'.repeat(5000)}y`)).toBe(false)
  })

  it('takes a long literal path, and refuses a long part after the first wildcard', () => {
    const long = `/serverless/v1/functions/${'n'.repeat(3000)}`
    expect(toPathPattern(long).test(long)).toBe(true)
    expect(toPathPattern(`${long}/*`).test(`${long}/versions`)).toBe(true)
    expect(() => toPathPattern(`*${'a'.repeat(MAX_WILDCARD_PART)}`)).toThrow(
      `a path pattern whose part from the first * or :name on has at most ${MAX_WILDCARD_PART} characters (this one has ${MAX_WILDCARD_PART + 1})`,
    )
    expect(() => toPathPattern('/'.repeat(4097))).toThrow('a path pattern of at most 4096 characters')
  })
})

/** Patterns over a small grammar: every construct the matcher takes, nested. */
const patternArbitrary: fc.Arbitrary<string> = fc.letrec<{ pattern: string; term: string }>((tie) => ({
  pattern: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(tie('term'), { minLength: 1, maxLength: 4 }).map((terms) => terms.join('')),
    fc.tuple(tie('pattern'), tie('pattern')).map(([a, b]) => `${a}|${b}`),
  ),
  term: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('^', '$', '\\b', '\\B'),
    fc
      .tuple(
        fc.oneof(
          fc.constantFrom('a', 'b', '.', '[ab]', '[^a]', '[a-b_]', '\\w', '\\s', '\\d', '\\W', ' '),
          tie('pattern').map((inner) => `(?:${inner})`),
          tie('pattern').map((inner) => `(${inner})`),
        ),
        fc.constantFrom('', '', '*', '+', '?', '{0,2}', '{1,3}', '{2}', '{1,}', '*?', '+?'),
      )
      .map(([atom, quantifier]) => atom + quantifier),
  ),
})).pattern
