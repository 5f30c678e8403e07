import type { Program } from './pattern-program.js'
import { AT_START, StepSets } from './step-sets.js'

/**
 * States remembered per pattern. Past this the memory is cleared and filled again, so it stays
 * bounded (~100 KiB a pattern at most).
 */
const MAX_REMEMBERED_STATES = 64

const MATCHED = 'matched'
const DEAD = 'dead'
type Next = DfaState | typeof MATCHED | typeof DEAD

/** A set of automaton steps the input may be at, with what came before (for `^` and `\b`). */
interface DfaState {
  readonly steps: Int32Array
  readonly before: number
  ascii: Array<Next | undefined> | undefined
  others: Map<number, Next> | undefined
  matchesAtEnd: boolean | undefined
}

/**
 * Tests texts against a program in time linear in the text. The sets of steps met are remembered
 * with their transitions (a DFA built lazily, as RE2 does), so a text usually costs one table look-up
 * per unit; a text that keeps meeting new sets is finished by the plain simulation, which costs at
 * most the program's size per unit.
 */
export class ProgramRunner {
  readonly #sets: StepSets
  readonly #states = new Map<string, DfaState>()
  readonly #initial: DfaState
  readonly #scratch: Int32Array

  constructor(program: Program) {
    this.#sets = new StepSets(program)
    this.#scratch = new Int32Array(program.ops.length)
    this.#initial = toState(Int32Array.of(program.start), AT_START)
  }

  /** Whether the pattern matches anywhere in `text` (as `RegExp.prototype.test` without flags). */
  test(text: string): boolean {
    let state = this.#initial
    let learned = 0
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index)
      let next = unit < 128 ? state.ascii?.[unit] : state.others?.get(unit)
      if (next === undefined) {
        // A text that keeps meeting new sets of steps would spend its time remembering them.
        if (++learned > MAX_REMEMBERED_STATES) return this.#simulate(text, index, state)
        next = this.#learn(state, unit)
      }
      if (next === MATCHED) return true
      if (next === DEAD) return false
      state = next
    }
    state.matchesAtEnd ??=
      this.#sets.advance(state.steps, state.steps.length, state.before, -1, this.#scratch) < 0
    return state.matchesAtEnd
  }

  /** Goes on from `state` at `from` without remembering anything. */
  #simulate(text: string, from: number, state: DfaState): boolean {
    let current = new Int32Array(this.#scratch.length)
    let following = new Int32Array(this.#scratch.length)
    current.set(state.steps)
    let length = state.steps.length
    let before = state.before
    for (let index = from; index < text.length; index++) {
      const unit = text.charCodeAt(index)
      const next = this.#sets.advance(current, length, before, unit, following)
      if (next <= 0) return next < 0
      const swap = current
      current = following
      following = swap
      length = next
      before = this.#sets.toBefore(unit)
    }
    return this.#sets.advance(current, length, before, -1, following) < 0
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
    const length = this.#sets.advance(state.steps, state.steps.length, state.before, unit, this.#scratch)
    if (length < 0) return MATCHED
    if (length === 0) return DEAD
    return this.#remember(this.#scratch.slice(0, length).sort(), this.#sets.toBefore(unit))
  }

  #remember(steps: Int32Array, before: number): DfaState {
    const key = `${before}:${steps.join(',')}`
    const known = this.#states.get(key)
    if (known) return known
    if (this.#states.size >= MAX_REMEMBERED_STATES) this.#forgetStates()
    const state = toState(steps, before)
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
}

function toState(steps: Int32Array, before: number): DfaState {
  return { steps, before, ascii: undefined, others: undefined, matchesAtEnd: undefined }
}
