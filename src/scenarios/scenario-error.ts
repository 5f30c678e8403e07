/** Where in a fixture something is wrong. */
export interface FixturePlace {
  /** The file (or the name given for a scenario passed in code). */
  readonly source: string
  /** A JSON pointer, '' for the whole document. */
  readonly pointer: string
  readonly line?: number | undefined
  readonly column?: number | undefined
}

/** One mistake in a fixture: where, and what was expected there. */
export interface ScenarioProblem {
  readonly place: FixturePlace
  readonly expected: string
}

/**
 * A scenario that cannot be used. Every mistake found is listed, one line each, naming the file,
 * the place (line and column where known, and JSON pointer) and what was expected; `place` and
 * `expected` are the first.
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError'
  /** Every mistake found, in the order they appear in the file. */
  readonly problems: readonly ScenarioProblem[]

  constructor(
    readonly place: FixturePlace,
    readonly expected: string,
    others: readonly ScenarioProblem[] = [],
  ) {
    const problems = [{ place, expected }, ...others]
    super(problems.map((problem) => `${toLocation(problem.place)}: ${problem.expected}`).join('\n'))
    this.problems = problems
  }

  /** The error for several mistakes, ordered by where they are in the file. */
  static of(problems: readonly ScenarioProblem[]): ScenarioError {
    const [first, ...others] = [...problems].sort(byPosition)
    if (!first) throw new Error('a ScenarioError needs at least one problem')
    return new ScenarioError(first.place, first.expected, others)
  }
}

function byPosition(a: ScenarioProblem, b: ScenarioProblem): number {
  return (a.place.line ?? 0) - (b.place.line ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0)
}

function toLocation({ source, pointer, line, column }: FixturePlace): string {
  const position = line === undefined ? '' : `:${line}:${column ?? 1}`
  return `${source}${position} at ${pointer === '' ? '(document root)' : pointer}`
}
