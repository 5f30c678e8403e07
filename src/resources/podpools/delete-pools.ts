import type { DomainContext } from '../../domain/domain-context.js'
import { poolErrors } from './pool-errors.js'
import { matchPools, writePools } from './pool-store.js'
import { POOL_STATUS } from './pool-types.js'

/**
 * `service.DeletePodPool`: marks every pool matching `id` and `group` as deleted (status 6) in one
 * write; the pools stay, listed, and their ids are never free again. Deleted pools match too.
 */
export function deletePools(ctx: DomainContext, id: string, group: string): Promise<void> {
  return ctx.store.exclusive(() => {
    if (id === '' && group === '') throw poolErrors.plain('id and group cannot be empty at the same time')
    const pools = matchPools(ctx, id, group)
    if (pools.length === 0) throw poolErrors.notFound()
    writePools(
      ctx,
      pools.map((pool) => ({ ...pool, status: POOL_STATUS.deleted })),
    )
  })
}
