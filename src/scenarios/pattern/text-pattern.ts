import { ANY_CHAR, NOT_SLASH } from './char-set.js'
import { parsePattern } from './parse-pattern.js'
import { type PatternNode, PatternRefusal, toLiteral } from './pattern-node.js'
import { MAX_PROGRAM_STEPS, toProgram } from './pattern-program.js'
import { ProgramRunner } from './run-program.js'

/** The longest `matches` pattern accepted. */
export const MAX_PATTERN_LENGTH = 1000
/** The longest path pattern accepted (a recorded rule's path is a whole request path). */
export const MAX_PATH_PATTERN_LENGTH = 4096

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

/**
 * Compiles a path pattern: `:name` matches one segment (no `/`), `*` anything (the rest of the path,
 * or any part of it), the rest is literal. Matched without backtracking, however many `*` it has.
 * @example toPathPattern('/serverless/v1/functions/*').test('/serverless/v1/functions/f/versions')
 */
export function toPathPattern(path: string): TextPattern {
  if (path.length > MAX_PATH_PATTERN_LENGTH)
    throw new PatternRefusal(`a path pattern of at most ${MAX_PATH_PATTERN_LENGTH} characters`)
  const parts: PatternNode[] = path.split(/(:[A-Za-z0-9_]+|\*)/).flatMap((part): PatternNode[] => {
    if (part === '*') return [{ kind: 'repeat', item: { kind: 'set', set: ANY_CHAR }, min: 0, max: Infinity }]
    if (part.startsWith(':'))
      return [{ kind: 'repeat', item: { kind: 'set', set: NOT_SLASH }, min: 0, max: Infinity }]
    return toLiteral(part)
  })
  const node: PatternNode = {
    kind: 'seq',
    items: [{ kind: 'assert', assertion: 'start' }, ...parts, { kind: 'assert', assertion: 'end' }],
  }
  return new ProgramRunner(toProgram(node, 2 * MAX_PATH_PATTERN_LENGTH + 3))
}

/** Why a `matches` pattern is refused (with what is allowed), or undefined when it is accepted. */
export function findPatternProblem(source: string): string | undefined {
  return findProblem(() => toTextPattern(source))
}

/** Why a path pattern is refused, or undefined when it is accepted. */
export function findPathProblem(path: string): string | undefined {
  return findProblem(() => toPathPattern(path))
}

function findProblem(compile: () => unknown): string | undefined {
  try {
    compile()
    return undefined
  } catch (error) {
    if (error instanceof PatternRefusal) return error.message
    throw error
  }
}
