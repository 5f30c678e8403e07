import { ANY_CHAR, NOT_SLASH } from './char-set.js'
import { type PatternNode, PatternRefusal, toLiteral } from './pattern-node.js'
import { toProgram } from './pattern-program.js'
import { ProgramRunner } from './run-program.js'
import { findProblem, type TextPattern } from './text-pattern.js'

/** The longest path pattern accepted (a recorded rule's path is a whole request path). */
export const MAX_PATH_PATTERN_LENGTH = 4096
/**
 * The longest part of a path pattern from its first `*` or `:name` on. Matching costs up to this
 * much per character of a path (~80 ms for a 16 KiB path at 200 here), so it is kept well below.
 */
export const MAX_WILDCARD_PART = 128

const FIRST_WILDCARD = /:[A-Za-z0-9_]|\*/

/**
 * Compiles a path pattern: `:name` matches one segment (no `/`), `*` anything (the rest of the path,
 * or any part of it), the rest is literal. The literal start is compared as text; the rest runs on
 * the linear-time automaton, without backtracking however many `*` it has.
 * @example toPathPattern('*\/functions/:name/versions').test('/serverless/v1/functions/f/versions')
 */
export function toPathPattern(path: string): TextPattern {
  if (path.length > MAX_PATH_PATTERN_LENGTH)
    throw new PatternRefusal(`a path pattern of at most ${MAX_PATH_PATTERN_LENGTH} characters`)
  const first = path.search(FIRST_WILDCARD)
  if (first < 0) return { test: (text) => text === path }
  const prefix = path.slice(0, first)
  const rest = path.slice(first)
  if (rest.length > MAX_WILDCARD_PART)
    throw new PatternRefusal(
      `a path pattern whose part from the first * or :name on has at most ${MAX_WILDCARD_PART} ` +
        `characters (this one has ${rest.length})`,
    )
  const runner = new ProgramRunner(toProgram(toAnchoredNode(rest)))
  return { test: (text) => text.startsWith(prefix) && runner.test(text.slice(prefix.length)) }
}

/** Why a path pattern is refused, or undefined when it is accepted. */
export function findPathProblem(path: string): string | undefined {
  return findProblem(() => toPathPattern(path))
}

function toAnchoredNode(glob: string): PatternNode {
  const parts = glob.split(/(:[A-Za-z0-9_]+|\*)/).flatMap((part): PatternNode[] => {
    if (part === '*') return [{ kind: 'repeat', item: { kind: 'set', set: ANY_CHAR }, min: 0, max: Infinity }]
    if (part.startsWith(':'))
      return [{ kind: 'repeat', item: { kind: 'set', set: NOT_SLASH }, min: 0, max: Infinity }]
    return toLiteral(part)
  })
  return {
    kind: 'seq',
    items: [{ kind: 'assert', assertion: 'start' }, ...parts, { kind: 'assert', assertion: 'end' }],
  }
}
