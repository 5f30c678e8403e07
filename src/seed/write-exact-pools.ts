import type { DomainContext } from '../domain/domain-context.js'
import { POD_POOLS, type Pool } from '../resources/podpools/pool-types.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'

/** One pod pool as the real server listed it: `model.Pool` with every field (JSON names). */
function buildExactPoolSchema() {
  const stringMap = z.record(z.string(), z.string()).nullable()
  return z.strictObject({
    id: z.string(),
    group: z.string(),
    size: z.number().int(),
    max_size: z.number().int(),
    ready_count: z.number().int(),
    status: z
      .number()
      .int()
      .describe('6 is deleted: the pool stays listed and its id can never be created again'),
    msg: z.string(),
    image: z.string(),
    init_image: z.string(),
    reuse: z.boolean(),
    labels: stringMap,
    environment: stringMap,
    resources: z.strictObject({ requests: stringMap, limits: stringMap }),
    volumes: z.string(),
    volume_mounts: z.string(),
    affinities: z.string(),
    runtime_class_name: z.string(),
    node_selector: stringMap,
    tolerations: z.string(),
    horizontal_pod_autoscaler_spec: z.string(),
    topology_spread_constraints: z.string(),
    pod_pending_duration_threshold: z.number().int(),
    idle_recycle_time: z.strictObject({ reserved: z.number().int(), scaled: z.number().int() }),
    scalable: z.boolean(),
  }) satisfies z.ZodType<Pool>
}

/** Built on first use, as the other schemas a start does not need (decision 0039). */
export const exactPoolSchema = lazy(buildExactPoolSchema)

export type ExactPool = z.output<ReturnType<typeof exactPoolSchema>>

/**
 * Writes the pod pools of a real server as it listed them (newest write first): one write per pool,
 * oldest first, so each takes the next revision and the fake lists them in the same order, ties of
 * one real transaction included (the real server's order of those is the one it showed). Deleted
 * pools are written too: their ids stay taken. Later writes take later revisions and list first.
 */
export function writeExactPools(ctx: DomainContext, pools: readonly ExactPool[]): void {
  for (let index = pools.length - 1; index >= 0; index--) {
    const pool = pools[index] as ExactPool
    const modRevision = ctx.store.revision + 1
    ctx.store.commitSlot(POD_POOLS, [[pool.id, { pool, modRevision }]])
  }
}
