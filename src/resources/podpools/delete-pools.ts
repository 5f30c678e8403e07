import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { poolErrors } from './pool-errors.js'
import { matchPools, writePools } from './pool-store.js'
import { POOL_STATUS } from './pool-types.js'

/** etcd's `--max-txn-ops` default: a transaction of more operations is refused whole. */
const MAX_TXN_OPS = 128

/**
 * `service.DeletePodPool`: marks every pool matching `id` and `group` as deleted (status 6) in one
 * write; the pools stay, listed, and their ids are never free again. Deleted pools match too. One
 * transaction writes them all, so more than etcd takes in one (128) fails and changes nothing.
 */
export function deletePools(ctx: DomainContext, id: string, group: string): Promise<void> {
  return ctx.store.exclusive(() => {
    if (id === '' && group === '') throw poolErrors.plain('id and group cannot be empty at the same time')
    const pools = matchPools(ctx, id, group)
    if (pools.length === 0) throw poolErrors.notFound()
    if (pools.length > MAX_TXN_OPS)
      throw metaErrors.transactionFailed('etcdserver: too many operations in txn request')
    writePools(
      ctx,
      pools.map((pool) => ({ ...pool, status: POOL_STATUS.deleted })),
    )
  })
}
