/** Where in a fixture something is wrong. */
export interface FixturePlace {
  /** The file (or the name given for a scenario passed in code). */
  readonly source: string
  /** A JSON pointer, '' for the whole document. */
  readonly pointer: string
  readonly line?: number | undefined
  readonly column?: number | undefined
}

/**
 * A scenario that cannot be used: the message names the file, the place (JSON pointer, and line
 * and column where known) and what was expected, on one line.
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError'

  constructor(
    readonly place: FixturePlace,
    readonly expected: string,
  ) {
    super(`${toLocation(place)}: ${expected}`)
  }
}

function toLocation({ source, pointer, line, column }: FixturePlace): string {
  const position = line === undefined ? '' : `:${line}:${column ?? 1}`
  return `${source}${position} at ${pointer === '' ? '(document root)' : pointer}`
}
