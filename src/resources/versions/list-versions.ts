import type { DomainContext } from '../../domain/domain-context.js'
import {
  type PageParams,
  type PageQuery,
  parsePageParams,
  toPageWindow,
  toSliceBounds,
} from '../../domain/paging.js'
import { parseFunctionRef } from '../../domain/parse-function-ref.js'
import type { TenantScope } from '../../model/scope.js'
import type { VersionRecord } from '../../model/version-record.js'

/** One page of a function's versions, newest write first. */
export interface VersionPage {
  readonly versions: readonly VersionRecord[]
  /** Every version record of the function, latest included, before paging. */
  readonly total: number
  readonly page: PageParams
}

/**
 * Lists a function's versions as `GET /functions/{name}/versions` does: name errors first, then
 * the page-size check before the read, an unknown function is an empty page, and bounds Go would panic on throw `ServerPanic`.
 * @example listVersions(ctx, scope, { name: '0@faaspy@hello2', pageIndex: '1', pageSize: '1' })
 */
export function listVersions(
  ctx: DomainContext,
  scope: TenantScope,
  query: PageQuery & { readonly name: string },
): VersionPage {
  const page = parsePageParams(query)
  const { name } = parseFunctionRef(query.name, '', scope, ctx.config.serverVersion)
  const window = toPageWindow(page)
  const entry = ctx.store.findFunction(scope, name)
  if (!entry) return { versions: [], total: 0, page }
  const [start, end] = toSliceBounds(entry.size, window)
  return { versions: entry.slice(start, end - start), total: entry.size, page }
}
