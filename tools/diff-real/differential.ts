import { compareRun, type Difference } from './compare.js'
import { ADMIN_SEQUENCE_PREFIX } from './deliberate.js'
import type { Exchange, Sequence } from './exchange.js'
import { runSequence } from './runner.js'
import type { Target } from './targets.js'

export interface SequenceResult {
  readonly sequence: Sequence
  readonly expected: Exchange[]
  readonly differences: Difference[]
  readonly notCarried: number
}

/** Sends one sequence to the reference (the real server) and then to every face; compares each face's answers. */
export async function diffSequence(
  reference: Target,
  faces: readonly Target[],
  sequence: Sequence,
): Promise<SequenceResult> {
  const expected = await runSequence(reference, sequence)
  const differences: Difference[] = []
  let notCarried = 0
  for (const face of faces) {
    const actual = await runSequence(face, sequence)
    notCarried += actual.filter((exchange) => exchange.answer.kind === 'not-carried').length
    differences.push(...compareRun(sequence.name, face.name, expected, actual))
  }
  return { sequence, expected, differences, notCarried }
}

/**
 * Rewrites a sequence for the `/admin/v1` face: only the function routes exist behind frontend-admin,
 * so the other steps (pod pools, `/healthz`, `/__admin`) are left out.
 */
export function toAdminSequence(sequence: Sequence): Sequence | undefined {
  const steps = sequence.steps
    .map((step) => ({
      ...step,
      path: step.path.replace(/^\/serverless\/v1\/functions/, '/admin/v1/functions'),
    }))
    .filter((step) => step.path.startsWith('/admin/'))
  if (steps.length === 0) return undefined
  const name = `${ADMIN_SEQUENCE_PREFIX}${sequence.name}`
  return sequence.given ? { name, steps, given: sequence.given } : { name, steps }
}
