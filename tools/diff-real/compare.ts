import { compareRun as compareEvery, type Difference } from '../../src/drift/compare.js'
import type { Exchange } from '../../src/drift/exchange.js'
import { isDeliberateDifference } from './deliberate.js'
import { sameUpToTieOrder } from './tie-order.js'
import { isRefusedByNodeParser } from './unreachable.js'

export { type Difference, formatDifference, sameAnswer } from '../../src/drift/compare.js'

/**
 * Differences of one face's run against the expected exchanges; the harness never counts a request
 * the fake answers differently on purpose (`deliberate.ts`), nor a list whose only difference is the
 * order inside a tie of one etcd transaction (`tie-order.ts`, decision 0026), nor a request Node's
 * parser refuses before the fake sees it (`unreachable.ts`, a known divergence).
 */
export function compareRun(
  sequence: string,
  face: string,
  expected: readonly Exchange[],
  actual: readonly Exchange[],
): Difference[] {
  return compareEvery(sequence, face, expected, actual, isDeliberateDifference).filter(
    (difference) =>
      !sameUpToTieOrder(difference.exchange.answer, difference.actual) &&
      !isRefusedByNodeParser(face, difference.exchange.request),
  )
}
