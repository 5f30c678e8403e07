import { parsePattern } from './parse-pattern.js'
import { PatternRefusal } from './pattern-node.js'
import { MAX_PROGRAM_STEPS, toProgram } from './pattern-program.js'
import { ProgramRunner } from './run-program.js'

/** The longest `matches` pattern accepted. */
export const MAX_PATTERN_LENGTH = 1000
/** What a `matches` pattern may use, for the messages that refuse one. */
export const PATTERN_SYNTAX =
  'a JavaScript regular expression without flags, made of text, . [classes] \\d \\w \\s \\D \\W \\S ' +
  '\\b \\B ^ $ (groups) (?:…) (?<name>…) | and the quantifiers * + ? {n} {n,} {n,m}; ' +
  `no backreferences or lookarounds; at most ${MAX_PATTERN_LENGTH} characters and ` +
  `${MAX_PROGRAM_STEPS} steps once repeats are unrolled`

/** A compiled pattern: tests a text in time linear in its length, whatever the pattern. */
export interface TextPattern {
  test(text: string): boolean
}

/**
 * Compiles a `matches` pattern for linear-time matching, or throws a PatternRefusal that says why
 * and what is allowed.
 * @example toTextPattern('^(a+)+$').test('a'.repeat(50) + '!') // false, at once
 */
export function toTextPattern(source: string): TextPattern {
  if (source.length > MAX_PATTERN_LENGTH)
    throw new PatternRefusal(`a pattern of at most ${MAX_PATTERN_LENGTH} characters, not ${source.length}`)
  try {
    // JavaScript's own parser gives the usual message for a syntax error.
    new RegExp(source)
  } catch (error) {
    throw new PatternRefusal(`a valid regular expression (${(error as Error).message})`)
  }
  try {
    return new ProgramRunner(toProgram(parsePattern(source)))
  } catch (error) {
    if (!(error instanceof PatternRefusal)) throw error
    throw new PatternRefusal(
      `a pattern matched in linear time, not ${error.message}; allowed: ${PATTERN_SYNTAX}`,
    )
  }
}

/** Why a `matches` pattern is refused (with what is allowed), or undefined when it is accepted. */
export function findPatternProblem(source: string): string | undefined {
  return findProblem(() => toTextPattern(source))
}

/** Why `compile` refuses a pattern, or undefined when it accepts it. */
export function findProblem(compile: () => unknown): string | undefined {
  try {
    compile()
    return undefined
  } catch (error) {
    if (error instanceof PatternRefusal) return error.message
    throw error
  }
}
