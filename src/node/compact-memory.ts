import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Above this much heap in use once the baseline is built, the collection before the ready line is a
 * full one; below it, a young-generation one (decision 0043). The default seed leaves ~14 MiB, the
 * large data set ~100 MiB.
 */
export const FULL_COLLECTION_ABOVE_BYTES = 32 * 1024 * 1024

/**
 * Once the baseline is built: one garbage collection, then the young generation stays the size
 * startup left it (decision 0009). Building the baseline (faker, the seeded writes, the schemas'
 * first use) leaves garbage and a grown heap that V8 keeps until a full collection; a first request
 * would pay for collecting it (decision 0039). A large baseline gets a full collection (its heap is
 * reported, not the build's peak); a small one only a young-generation collection, which empties
 * what a first request would otherwise collect at a fraction of a full one's cost (decision 0043).
 * Under load V8 would then grow the young generation to 32 MiB and more for a server whose garbage
 * dies young anyway: the resident size after the throughput load was ~135 MiB with that growth and
 * ~90–125 without, at the same rate.
 */
export function compactAfterBuild(): void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as ((options?: { type: 'minor' }) => void) | undefined
  // Node 20's V8 runs a young-generation collection for any options object, `{ type: 'major' }` too.
  if (toCollectionType(getHeapStatistics().used_heap_size) === 'major') gc?.()
  else gc?.({ type: 'minor' })
  setFlagsFromString('--semi-space-growth-factor=1')
}

/** The collection a baseline of `usedHeapBytes` gets before the ready line. */
export function toCollectionType(usedHeapBytes: number): 'major' | 'minor' {
  return usedHeapBytes > FULL_COLLECTION_ABOVE_BYTES ? 'major' : 'minor'
}
