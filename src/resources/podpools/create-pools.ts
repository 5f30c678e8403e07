import type { DomainContext } from '../../domain/domain-context.js'
import { poolErrors } from './pool-errors.js'
import { findPool, writePools } from './pool-store.js'
import type { Pool } from './pool-types.js'
import { validateNewPool } from './validate-pool.js'

/**
 * `service.CreatePodPool`: each pool is validated and written on its own (the valid ones stay
 * written); the failures' messages are joined with `;` into one 4104. An id that was ever used,
 * deleted or not, cannot be created again.
 */
export function createPools(ctx: DomainContext, pools: readonly Pool[]): Promise<{ failed_pools: null }> {
  return ctx.store.exclusive(() => {
    // The `1` is in the real server's message.
    if (pools.length === 0)
      throw poolErrors.plain('1failed to create pod pool, err: input pod pool list is empty')
    const failures: string[] = []
    for (const sent of pools) {
      const failure = createPool(ctx, sent)
      if (failure !== undefined) failures.push(failure)
    }
    if (failures.length > 0) throw poolErrors.plain(failures.join(';'))
    return { failed_pools: null }
  })
}

function createPool(ctx: DomainContext, sent: Pool): string | undefined {
  const checked = validateNewPool(sent)
  if ('failure' in checked) return checked.failure
  if (findPool(ctx, sent.id) !== undefined) {
    // No space after the comma: the real message's.
    return `failed to create pod pool, id: ${sent.id},err: pool id already exists or is deleting`
  }
  writePools(ctx, [checked.pool])
  return undefined
}
