/** One criterion of a match and whether a request met it, for explanations of near misses. */
export interface CriterionResult {
  readonly criterion: string
  readonly ok: boolean
  readonly expected: string
  readonly actual: string
}
