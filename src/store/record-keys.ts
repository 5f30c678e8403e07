import { type TenantScope, toScopeKey } from '../model/scope.js'
import type { VersionData } from '../model/version-record.js'

/**
 * The last function key made, and what it was made of. A write looks its function up several times
 * (the check, the commit, the index), and seeding writes one function's events in a row: the same
 * string again is hashed once, where a new one is built and hashed at every lookup (issue 25).
 */
let last = { businessId: '', tenantId: '', productId: '', name: '', key: '' }

/** The store's key of a function: its scope's key, then its name. */
export function toFunctionKey(scope: TenantScope, name: string): string {
  const { businessId, tenantId, productId } = scope
  if (
    name === last.name &&
    tenantId === last.tenantId &&
    productId === last.productId &&
    businessId === last.businessId &&
    last.key !== ''
  )
    return last.key
  const key = `${toScopeKey(scope)}/${name}`
  last = { businessId, tenantId, productId, name, key }
  return key
}

/**
 * The indexes of `puts`, largest etcd key first, ties in their order (a stable sort's). A write has
 * one record or two (a publish): those are ordered without a sort, which cost a work array per write.
 */
export function toKeyDescendingOrder(puts: readonly VersionData[]): number[] {
  if (puts.length === 1) return [0]
  if (puts.length === 2) return compareKeys(puts[1], puts[0]) > 0 ? [1, 0] : [0, 1]
  return puts.map((_, index) => index).sort((a, b) => compareKeys(puts[b], puts[a]))
}

/** Byte order of two records' etcd keys (`…/<version>/`) within one function. */
export function compareKeys(a: VersionData | undefined, b: VersionData | undefined): number {
  return compareVersionKeys(`${a?.versionNumber}`, `${b?.versionNumber}`)
}

/**
 * The order of `left + '/'` and `right + '/'` (code unit by code unit, as `<` compares strings),
 * without building either: a publish compares two keys per write.
 */
export function compareVersionKeys(left: string, right: string): number {
  if (left === right) return 0
  const common = Math.min(left.length, right.length)
  for (let index = 0; index < common; index++) {
    const difference = left.charCodeAt(index) - right.charCodeAt(index)
    if (difference !== 0) return difference < 0 ? -1 : 1
  }
  // One is a prefix of the other: its `/` meets the other's next character.
  const next = left.length < right.length ? SLASH - right.charCodeAt(common) : left.charCodeAt(common) - SLASH
  if (next !== 0) return next < 0 ? -1 : 1
  return left.length < right.length ? -1 : 1
}

const SLASH = 0x2f
