import { toUnitTest, type UnitTest } from './char-set.js'
import { type Assertion, type PatternNode, PatternRefusal } from './pattern-node.js'

/**
 * The most steps a compiled pattern may have: matching costs at most this much per input unit (a
 * 16 KiB header against the worst 256-step pattern took ~50 ms here; see decisions/0020).
 */
export const MAX_PROGRAM_STEPS = 256

export const OP_UNIT = 0
export const OP_SPLIT = 1
export const OP_ASSERT = 2
export const OP_MATCH = 3

export const ASSERTIONS: readonly Assertion[] = ['start', 'end', 'word-boundary', 'not-word-boundary']

/**
 * A pattern as a nondeterministic automaton (Thompson's construction), one step per index:
 * - OP_UNIT: consume a unit of `tests[first]`, go to `second`;
 * - OP_SPLIT: go to both `first` and `second`;
 * - OP_ASSERT: go to `second` if `ASSERTIONS[first]` holds here;
 * - OP_MATCH: the pattern matched.
 */
export interface Program {
  readonly ops: Uint8Array
  readonly first: Int32Array
  readonly second: Int32Array
  readonly tests: readonly UnitTest[]
  readonly start: number
  readonly hasWordAssertion: boolean
}

/** Compiles a parsed pattern; one whose repeats unroll past `maxSteps` steps is refused. */
export function toProgram(node: PatternNode, maxSteps = MAX_PROGRAM_STEPS): Program {
  const steps = countSteps(node) + 1
  if (steps > maxSteps)
    throw new PatternRefusal(
      `a pattern this large (${steps > 1e9 ? 'over a billion' : steps} steps once its repeats are ` +
        `unrolled; at most ${maxSteps})`,
    )
  const builder = new ProgramBuilder(steps)
  const match = builder.emit(OP_MATCH, 0, 0)
  const start = builder.compile(node, match)
  return builder.toProgram(start)
}

/** How many steps a node compiles to, saturating far above the limit instead of overflowing. */
function countSteps(node: PatternNode): number {
  switch (node.kind) {
    case 'set':
    case 'assert':
      return 1
    case 'seq':
      return node.items.reduce((sum, item) => sum + countSteps(item), 0)
    case 'alt':
      return node.options.reduce((sum, option) => sum + countSteps(option), 0) + node.options.length - 1
    case 'repeat': {
      const item = countSteps(node.item)
      const optional = node.max === Number.POSITIVE_INFINITY ? item + 1 : (node.max - node.min) * (item + 1)
      return Math.min(node.min * item + optional, 1e12)
    }
  }
}

class ProgramBuilder {
  readonly #ops: Uint8Array
  readonly #first: Int32Array
  readonly #second: Int32Array
  readonly #tests: UnitTest[] = []
  #length = 0
  #hasWordAssertion = false

  constructor(capacity: number) {
    this.#ops = new Uint8Array(capacity)
    this.#first = new Int32Array(capacity)
    this.#second = new Int32Array(capacity)
  }

  emit(op: number, first: number, second: number): number {
    const index = this.#length++
    this.#ops[index] = op
    this.#first[index] = first
    this.#second[index] = second
    return index
  }

  /** Compiles `node` to continue at `next`; answers the step where it begins. Built back to front. */
  compile(node: PatternNode, next: number): number {
    switch (node.kind) {
      case 'set':
        this.#tests.push(toUnitTest(node.set))
        return this.emit(OP_UNIT, this.#tests.length - 1, next)
      case 'assert':
        if (node.assertion.includes('word')) this.#hasWordAssertion = true
        return this.emit(OP_ASSERT, ASSERTIONS.indexOf(node.assertion), next)
      case 'seq':
        return node.items.reduceRight((after, item) => this.compile(item, after), next)
      case 'alt':
        return node.options
          .map((option) => this.compile(option, next))
          .reduceRight((rest, entry) => this.emit(OP_SPLIT, entry, rest))
      case 'repeat':
        return this.#compileRepeat(node.item, node.min, node.max, next)
    }
  }

  /** `x{min,max}`: `min` copies, then a loop (no upper bound) or `max - min` nested optional copies. */
  #compileRepeat(item: PatternNode, min: number, max: number, next: number): number {
    let entry: number
    if (max === Number.POSITIVE_INFINITY) {
      entry = this.emit(OP_SPLIT, 0, next)
      this.#first[entry] = this.compile(item, entry)
    } else {
      entry = next
      for (let copy = min; copy < max; copy++) entry = this.emit(OP_SPLIT, this.compile(item, entry), next)
    }
    for (let copy = 0; copy < min; copy++) entry = this.compile(item, entry)
    return entry
  }

  toProgram(start: number): Program {
    return {
      ops: this.#ops.subarray(0, this.#length),
      first: this.#first.subarray(0, this.#length),
      second: this.#second.subarray(0, this.#length),
      tests: this.#tests,
      start,
      hasWordAssertion: this.#hasWordAssertion,
    }
  }
}
