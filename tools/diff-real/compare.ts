import { compareRun as compareEvery, type Difference } from '../../src/drift/compare.js'
import type { Exchange } from '../../src/drift/exchange.js'
import { isDeliberateDifference } from './deliberate.js'

export { type Difference, formatDifference, sameAnswer } from '../../src/drift/compare.js'

/**
 * Differences of one face's run against the expected exchanges; the harness never counts a request
 * the fake answers differently on purpose (`deliberate.ts`).
 */
export function compareRun(
  sequence: string,
  face: string,
  expected: readonly Exchange[],
  actual: readonly Exchange[],
): Difference[] {
  return compareEvery(sequence, face, expected, actual, isDeliberateDifference)
}
