import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Once the baseline is built: one full garbage collection, then the young generation stays the size
 * startup left it (decision 0009). Building the baseline (faker, the seeded writes, the schemas'
 * first use) leaves garbage and a grown heap that V8 keeps until a full collection: ~10 ms at the
 * default seed, and the fake starts 11 MiB smaller (84 → 73 MiB). Under load V8 would then grow the
 * young generation to 32 MiB and more for a server whose garbage dies young anyway: the resident
 * size after the throughput load was ~135 MiB with that growth and ~90–125 without, at the same rate.
 */
export function compactAfterBuild(): void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (() => void) | undefined
  gc?.()
  setFlagsFromString('--semi-space-growth-factor=1')
}
