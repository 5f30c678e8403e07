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
 * would pay for collecting it (decision 0039). A large baseline gets a full collection here, before
 * the ready line (its heap is reported, not the build's peak). A small one gets a young-generation
 * collection (decision 0043), which empties what a first request would otherwise collect at a
 * fraction of a full one's cost: returned, for the CLI to run in the first idle window after the
 * ready line, so that the start itself does not wait for it (nor for the V8 context that `gc` needs).
 * Under load V8 would then grow the young generation to 32 MiB and more for a server whose garbage
 * dies young anyway: the resident size after the throughput load was ~135 MiB with that growth and
 * ~90–125 without, at the same rate.
 */
export function compactAfterBuild(): (() => void) | undefined {
  if (toCollectionType(getHeapStatistics().used_heap_size) === 'major') {
    exposeGc()?.()
    keepYoungGenerationSize()
    return undefined
  }
  keepYoungGenerationSize()
  return collectYoungGeneration
}

/** The collection a small baseline gets, once the loop is idle after the ready line. */
function collectYoungGeneration(): void {
  // Node 20's V8 runs a young-generation collection for any options object, `{ type: 'major' }` too.
  exposeGc()?.({ type: 'minor' })
}

/** V8's `gc`, from a new context (the flag reaches contexts made after it is set): ~1.5–5 ms. */
function exposeGc(): ((options?: { type: 'minor' }) => void) | undefined {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc')
}

function keepYoungGenerationSize(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}

/** The collection a baseline of `usedHeapBytes` gets: a full one before the ready line, or a young one after. */
export function toCollectionType(usedHeapBytes: number): 'major' | 'minor' {
  return usedHeapBytes > FULL_COLLECTION_ABOVE_BYTES ? 'major' : 'minor'
}
