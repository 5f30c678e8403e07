import { hasUnit, isWordUnit, type UnitTest } from './char-set.js'
import { OP_ASSERT, OP_MATCH, OP_SPLIT, OP_UNIT, type Program } from './pattern-program.js'

/** Where the input stands before a unit: at its start, after a word unit, after another unit. */
export const AT_START = 0
const AFTER_WORD = 1
const AFTER_OTHER = 2

/**
 * Thompson's simulation of a program: the sets of steps the input may be at, advanced one unit at a
 * time, all at once, never backtracking. One advance costs a pass over the steps in the set, so a text
 * costs at most its length times the program's size.
 */
export class StepSets {
  readonly #program: Program
  /** Per unit test, 128 bytes: whether it takes each ASCII unit (the usual case, without a search). */
  readonly #asciiTable: Uint8Array
  /** The pattern begins with `^` on every branch: no match can start after the first unit. */
  readonly anchored: boolean
  readonly #seen: Uint32Array
  readonly #taken: Uint32Array
  readonly #stack: Int32Array
  #generation = 0

  constructor(program: Program) {
    this.#program = program
    const size = program.ops.length
    this.#asciiTable = new Uint8Array(program.tests.length * 128)
    for (const [index, test] of program.tests.entries()) this.#asciiTable.set(test.ascii, index * 128)
    this.#seen = new Uint32Array(size)
    this.#taken = new Uint32Array(size)
    this.#stack = new Int32Array(3 * size + 1)
    this.anchored = !canStartAfterFirstUnit(program)
  }

  /** How `before` stands after `unit`; `\b` needs to know whether it was a word unit. */
  toBefore(unit: number): number {
    return this.#program.hasWordAssertion && isWordUnit(unit) ? AFTER_WORD : AFTER_OTHER
  }

  /**
   * From the `length` first `steps`, with what came `before`, takes `unit` (-1: the text ends here):
   * writes the steps reached to `into` and answers their count (0: no match can follow), or -1 when
   * the pattern matched before `unit`.
   */
  advance(steps: Int32Array, length: number, before: number, unit: number, into: Int32Array): number {
    const { ops, first, second, tests, start } = this.#program
    const seen = this.#seen
    const taken = this.#taken
    const stack = this.#stack
    const generation = this.#nextGeneration()
    let written = 0
    if (!this.anchored) {
      // A match may also begin at the next unit.
      taken[start] = generation
      into[written++] = start
    }
    let top = 0
    for (let index = length - 1; index >= 0; index--) stack[top++] = steps[index] as number
    while (top > 0) {
      const step = stack[--top] as number
      if (seen[step] === generation) continue
      seen[step] = generation
      const op = ops[step]
      if (op === OP_UNIT) {
        const test = first[step] as number
        const takes =
          unit >= 0 &&
          (unit < 128 ? this.#asciiTable[test * 128 + unit] === 1 : hasUnit(tests[test] as UnitTest, unit))
        const target = second[step] as number
        if (takes && taken[target] !== generation) {
          taken[target] = generation
          into[written++] = target
        }
      } else if (op === OP_SPLIT) {
        stack[top++] = second[step] as number
        stack[top++] = first[step] as number
      } else if (op === OP_ASSERT) {
        if (holds(first[step] as number, before, unit)) stack[top++] = second[step] as number
      } else if (op === OP_MATCH) return -1
    }
    return written
  }

  #nextGeneration(): number {
    if (this.#generation === 0xffffffff) {
      this.#seen.fill(0)
      this.#taken.fill(0)
      this.#generation = 0
    }
    return ++this.#generation
  }
}

/** Whether assertion `which` (an index of ASSERTIONS) holds between what came `before` and `unit`. */
function holds(which: number, before: number, unit: number): boolean {
  if (which === 0) return before === AT_START
  if (which === 1) return unit < 0
  const boundary = (before === AFTER_WORD) !== (unit >= 0 && isWordUnit(unit))
  return which === 2 ? boundary : !boundary
}

/** Whether some path from the start reaches a unit or the match without passing a `^`. */
function canStartAfterFirstUnit(program: Program): boolean {
  const { ops, first, second, start } = program
  const seen = new Set<number>()
  const pending = [start]
  for (let step = pending.pop(); step !== undefined; step = pending.pop()) {
    if (seen.has(step)) continue
    seen.add(step)
    const op = ops[step]
    if (op === OP_UNIT || op === OP_MATCH) return true
    if (op === OP_SPLIT) pending.push(first[step] as number, second[step] as number)
    // Only `^` stops a path here; `$` and `\b` may hold after the first unit.
    if (op === OP_ASSERT && first[step] !== 0) pending.push(second[step] as number)
  }
  return false
}
