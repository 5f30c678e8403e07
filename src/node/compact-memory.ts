import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Below this many records a compaction is not worth the pause. */
const WORTH_IT = 20_000

/**
 * Runs one full garbage collection after a large baseline was built. Building 100,000 records
 * leaves the heap with room for a peak the server will not reach again; V8 keeps those pages
 * until a full collection, so the resident size would report the build, not the data.
 */
export function compactAfterBuild(records: number): void {
  if (records < WORTH_IT) return
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  gc?.()
}
