import type { DomainContext } from '../../domain/domain-context.js'
import { MetaError } from '../../domain/meta-error.js'
import { type PageQuery, parsePageParams, toPageWindow, toSliceBounds } from '../../domain/paging.js'
import type { TenantScope } from '../../model/scope.js'
import type { VersionRecord } from '../../model/version-record.js'

/** The filters of `GET /functions`. */
export interface ListFunctionsQuery extends PageQuery {
  /** Matched as a case-sensitive substring. */
  readonly name: string
  /** `versionNumber`, which wins, or else the qualifier: an exact version key. */
  readonly version: string
}

/** One page of version records; `records` is null where the server swallowed a storage error. */
export interface FunctionListPage {
  readonly records: readonly VersionRecord[] | null
  readonly total: number
}

/**
 * Lists version records of the caller's tenant (the real prefix scan: without a product it covers
 * every product of the tenant, with one just that product), newest write first. Storage errors are swallowed as an empty answer, so `pageSize=0` is not 4123.
 * @example await listFunctions(ctx, scope, { name: 'hello', version: '' })
 */
export function listFunctions(
  ctx: DomainContext,
  scope: TenantScope,
  query: ListFunctionsQuery,
): Promise<FunctionListPage> {
  const window = toWindowOrNull(query)
  if (!window) return Promise.resolve({ records: null, total: 0 })
  // Newest write first, from the store's write-order view: one scan, no sort, nothing built here.
  const matches = ctx.store.findRecords((record) => isInScope(record, scope) && isMatch(record, query))
  // An empty prefix scan is etcd's "key not found", answered as an empty list before any
  // paging, so bounds that would panic on a filtered list do not panic here.
  if (matches.length === 0 && !ctx.store.hasRecord((record) => isInScope(record, scope)))
    return Promise.resolve({ records: [], total: 0 })
  const [start, end] = toSliceBounds(matches.length, window)
  return Promise.resolve({ records: matches.slice(start, end), total: matches.length })
}

function toWindowOrNull(query: PageQuery) {
  try {
    return toPageWindow(parsePageParams(query))
  } catch (error) {
    if (error instanceof MetaError) return null
    throw error
  }
}

function isInScope(record: VersionRecord, scope: TenantScope): boolean {
  return (
    record.businessId === scope.businessId &&
    record.tenantId === scope.tenantId &&
    (scope.productId === '' || record.productId === scope.productId)
  )
}

function isMatch(record: VersionRecord, query: ListFunctionsQuery): boolean {
  return (
    (query.name === '' || record.name.includes(query.name)) &&
    (query.version === '' || record.versionNumber === query.version)
  )
}
