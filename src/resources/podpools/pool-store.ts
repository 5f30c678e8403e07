import type { DomainContext } from '../../domain/domain-context.js'
import { POD_POOLS, type Pool, type StoredPool } from './pool-types.js'

/** Writes pools in one transaction: they share its revision, as etcd's ModRevision would. */
export function writePools(ctx: DomainContext, pools: readonly Pool[]): void {
  const modRevision = ctx.store.revision + 1
  ctx.store.commitSlot(
    POD_POOLS,
    pools.map((pool) => [pool.id, { pool, modRevision }] as const),
  )
}

/** One stored pool by id (deleted ones too: deletion only marks them). */
export function findPool(ctx: DomainContext, id: string): Pool | undefined {
  return ctx.store.slot(POD_POOLS).get(id)?.pool
}

/**
 * The pools matching `id` and `group` (each ignored when empty), most recently written first. Pools
 * written together (a delete by group) share a revision; the real server lists those in a random
 * order (its transaction writes them from a Go map), the fake in descending id order.
 */
export function matchPools(ctx: DomainContext, id: string, group: string): Pool[] {
  const matches: StoredPool[] = []
  for (const [, stored] of ctx.store.slot(POD_POOLS).entries()) {
    if ((id === '' || stored.pool.id === id) && (group === '' || stored.pool.group === group)) {
      matches.push(stored)
    }
  }
  return matches.sort(byNewestWrite).map((stored) => stored.pool)
}

function byNewestWrite(a: StoredPool, b: StoredPool): number {
  if (a.modRevision !== b.modRevision) return b.modRevision - a.modRevision
  const keyA = `${a.pool.id}/`
  const keyB = `${b.pool.id}/`
  return keyA > keyB ? -1 : keyA < keyB ? 1 : 0
}
