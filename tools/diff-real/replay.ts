import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../../src/contract/server-version.js'
import { compareRun, type Difference } from './compare.js'
import type { RecordedSequence } from './exchange.js'
import { runSequence } from './runner.js'
import { type FaceName, openFace } from './targets.js'

/**
 * Replays recorded sequences on one face of a fresh fake answering as `serverVersion` (the release
 * they were recorded from); returns every difference and how many were not carried.
 */
export async function replayOnFace(
  face: FaceName,
  sequences: readonly RecordedSequence[],
  serverVersion: ServerVersion = DEFAULT_SERVER_VERSION,
): Promise<{ differences: Difference[]; notCarried: number; exchanges: number }> {
  const target = await openFace(face, serverVersion)
  const differences: Difference[] = []
  let notCarried = 0
  let exchanges = 0
  try {
    for (const sequence of sequences) {
      const actual = await runSequence(target, {
        name: sequence.name,
        steps: sequence.exchanges.map((e) => e.request),
        ...(sequence.given ? { given: sequence.given } : {}),
      })
      notCarried += actual.filter((e) => e.answer.kind === 'not-carried').length
      exchanges += actual.length
      differences.push(...compareRun(sequence.name, face, sequence.exchanges, actual))
    }
  } finally {
    await target.close()
  }
  return { differences, notCarried, exchanges }
}

/** The identity of a difference in the ratchet list. */
export interface DivergenceKey {
  readonly sequence: string
  readonly index: number
  readonly face: string
}

export function keyOf(difference: DivergenceKey): string {
  return `${difference.face} ${difference.sequence} #${difference.index}`
}
