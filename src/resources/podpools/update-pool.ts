import type { DomainContext } from '../../domain/domain-context.js'
import type { PoolUpdate } from './pool-body.js'
import { poolErrors } from './pool-errors.js'
import { findPool, writePools } from './pool-store.js'
import { POOL_STATUS, type Pool } from './pool-types.js'

const fail = (detail: string) => poolErrors.plain(`failed to update pod pool, err: ${detail}`)

/**
 * `service.UpdatePodPool`: new sizes (and autoscaler spec) for a pool another component has moved
 * on from `new` (0) or `update` (2); it is `update` again afterwards, so a second update in a row
 * is refused too.
 */
export function updatePool(ctx: DomainContext, id: string, update: PoolUpdate): Promise<void> {
  return ctx.store.exclusive(() => {
    // Checked before the lookup, as the real server does.
    if (update.size < 0) throw fail('size is less than 0')
    if (update.max_size < 0) throw fail('max_size is less than 0')
    const pool = findPool(ctx, id)
    if (pool === undefined) throw poolErrors.notFound()
    if (pool.status === POOL_STATUS.deleted) {
      throw poolErrors.plain(`the pod pool has already deleted, id: ${pool.id}`)
    }
    if (pool.status === POOL_STATUS.new || pool.status === POOL_STATUS.update) {
      // The space before the comma is the real message's.
      throw poolErrors.plain(`pool status is ${pool.status} , not allowed to update`)
    }
    writePools(ctx, [toUpdatedPool(pool, update)])
  })
}

function toUpdatedPool(pool: Pool, update: PoolUpdate): Pool {
  const maxSize = toMaxSize(pool, update)
  const hpa = update.horizontal_pod_autoscaler_spec || pool.horizontal_pod_autoscaler_spec
  if (maxSize < update.size) throw fail('max_size is less than size')
  if (maxSize > update.size && hpa.length > 0) {
    throw fail('max_size greater than size and horizontal_pod_autoscaler_spec cannot be set at the same time')
  }
  return {
    ...pool,
    size: update.size,
    max_size: maxSize,
    status: POOL_STATUS.update,
    horizontal_pod_autoscaler_spec: hpa,
  }
}

/** A pool that is not scalable keeps `max_size` = `size`; a scalable one keeps its old one when 0 is sent. */
function toMaxSize(pool: Pool, update: PoolUpdate): number {
  if (!pool.scalable) return update.size
  return update.max_size === 0 && update.size !== 0 ? pool.max_size : update.max_size
}
