import { hasUnit, isWordUnit, type UnitTest } from './char-set.js'
import { OP_ASSERT, OP_MATCH, OP_SPLIT, OP_UNIT, type Program } from './pattern-program.js'

/**
 * States remembered per pattern. Past this the memory is cleared and filled again: matching stays
 * linear (each unit then costs one pass over the program) and the memory stays bounded (~80 KiB).
 */
const MAX_REMEMBERED_STATES = 64

/** Where the input stands before a unit: at its start, after a word unit, after another unit. */
const AT_START = 0
const AFTER_WORD = 1
const AFTER_OTHER = 2

const MATCHED = 'matched'
const DEAD = 'dead'
type Next = DfaState | typeof MATCHED | typeof DEAD

/** A set of automaton steps the input may be at, with what came before (for `^` and `\b`). */
interface DfaState {
  readonly kernel: Int32Array
  readonly before: number
  ascii: Array<Next | undefined> | undefined
  others: Map<number, Next> | undefined
  matchesAtEnd: boolean | undefined
}

/**
 * Tests texts against a program in time linear in the text: the automaton's steps are followed all at
 * once (no backtracking), and the sets of steps met are remembered with their transitions, so a text
 * usually costs one table look-up per unit (a lazily built DFA, as RE2 does).
 */
export class ProgramRunner {
  readonly #program: Program
  /** The pattern begins with `^` on every branch: no match can start after the first unit. */
  readonly #anchored: boolean
  readonly #states = new Map<string, DfaState>()
  readonly #initial: DfaState
  readonly #marks: Uint32Array
  readonly #stack: Int32Array
  readonly #reached: Int32Array
  #generation = 0

  constructor(program: Program) {
    this.#program = program
    const size = program.ops.length
    this.#marks = new Uint32Array(size)
    this.#stack = new Int32Array(3 * size + 1)
    this.#reached = new Int32Array(size)
    this.#anchored = !this.#canStartAfterFirstUnit()
    this.#initial = toState(Int32Array.of(program.start), AT_START)
  }

  /** Whether the pattern matches anywhere in `text` (as `RegExp.prototype.test` without flags). */
  test(text: string): boolean {
    let state = this.#initial
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index)
      const next = (unit < 128 ? state.ascii?.[unit] : state.others?.get(unit)) ?? this.#learn(state, unit)
      if (next === MATCHED) return true
      if (next === DEAD) return false
      state = next
    }
    state.matchesAtEnd ??= this.#close(state.kernel, state.before, -1) < 0
    return state.matchesAtEnd
  }

  #learn(state: DfaState, unit: number): Next {
    const next = this.#step(state, unit)
    if (unit < 128) {
      state.ascii ??= new Array(128)
      state.ascii[unit] = next
    } else {
      state.others ??= new Map()
      state.others.set(unit, next)
    }
    return next
  }

  #step(state: DfaState, unit: number): Next {
    const count = this.#close(state.kernel, state.before, unit)
    if (count < 0) return MATCHED
    const { ops, first, second, tests } = this.#program
    const generation = this.#nextGeneration()
    const kernel: number[] = []
    const add = (step: number) => {
      if (this.#marks[step] === generation) return
      this.#marks[step] = generation
      kernel.push(step)
    }
    for (let index = 0; index < count; index++) {
      const step = this.#reached[index] as number
      if (ops[step] === OP_UNIT && hasUnit(tests[first[step] as number] as UnitTest, unit))
        add(second[step] as number)
    }
    if (!this.#anchored) add(this.#program.start)
    if (kernel.length === 0) return DEAD
    const before = this.#program.hasWordAssertion && isWordUnit(unit) ? AFTER_WORD : AFTER_OTHER
    return this.#remember(Int32Array.from(kernel).sort(), before)
  }

  #remember(kernel: Int32Array, before: number): DfaState {
    const key = `${before}:${kernel.join(',')}`
    const known = this.#states.get(key)
    if (known) return known
    if (this.#states.size >= MAX_REMEMBERED_STATES) this.#forgetStates()
    const state = toState(kernel, before)
    this.#states.set(key, state)
    return state
  }

  #forgetStates(): void {
    for (const state of [...this.#states.values(), this.#initial]) {
      state.ascii = undefined
      state.others = undefined
    }
    this.#states.clear()
  }

  /**
   * Follows the steps that consume nothing from `kernel`, with `unit` next (-1: the text's end).
   * Leaves the unit-consuming steps reached in `#reached` and answers their count, or -1 when the
   * pattern has matched.
   */
  #close(kernel: Int32Array, before: number, unit: number): number {
    const { ops, first, second } = this.#program
    const generation = this.#nextGeneration()
    const stack = this.#stack
    let top = 0
    for (let index = kernel.length - 1; index >= 0; index--) stack[top++] = kernel[index] as number
    let count = 0
    while (top > 0) {
      const step = stack[--top] as number
      if (this.#marks[step] === generation) continue
      this.#marks[step] = generation
      const op = ops[step]
      if (op === OP_MATCH) return -1
      if (op === OP_UNIT) this.#reached[count++] = step
      else if (op === OP_SPLIT) {
        stack[top++] = second[step] as number
        stack[top++] = first[step] as number
      } else if (op === OP_ASSERT && holds(first[step] as number, before, unit))
        stack[top++] = second[step] as number
    }
    return count
  }

  /** Whether some path from the start reaches a unit or the match without passing a `^`. */
  #canStartAfterFirstUnit(): boolean {
    const { ops, first, second, start } = this.#program
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

  #nextGeneration(): number {
    if (this.#generation === 0xffffffff) {
      this.#marks.fill(0)
      this.#generation = 0
    }
    return ++this.#generation
  }
}

function toState(kernel: Int32Array, before: number): DfaState {
  return { kernel, before, ascii: undefined, others: undefined, matchesAtEnd: undefined }
}

/** Whether assertion `which` (an index of ASSERTIONS) holds between what came `before` and `unit`. */
function holds(which: number, before: number, unit: number): boolean {
  if (which === 0) return before === AT_START
  if (which === 1) return unit < 0
  const boundary = (before === AFTER_WORD) !== (unit >= 0 && isWordUnit(unit))
  return which === 2 ? boundary : !boundary
}
