import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import type { FunctionRef } from '../../domain/parse-function-ref.js'
import { toDisplayName, toLatestVersion } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import type { VersionRecord } from '../../model/version-record.js'

/** What `GET /functions/{name}` looks up. */
export interface GetFunctionQuery {
  readonly ref: FunctionRef
  /** Wins over the qualifier, and is not validated. */
  readonly versionNumber: string
  readonly kind: string
}

/**
 * Finds one version (`GetFunction`): an alias (from the qualifier or the URN) goes first and, never
 * resolving in the served binary, falls back to the latest record of the kind, whatever
 * `versionNumber` says; else `versionNumber`, else the qualifier's version, else the latest.
 * @example getFunction(ctx, scope, { ref, versionNumber: '1', kind: '' })
 */
export function getFunction(ctx: DomainContext, scope: TenantScope, query: GetFunctionQuery): VersionRecord {
  const latest = toLatestVersion(query.kind)
  const version = query.ref.alias ? latest : query.versionNumber || query.ref.version || latest
  const record = ctx.store.findFunction(scope, query.ref.name)?.get(version)
  if (!record) throw metaErrors.functionNotFound(toDisplayName(query.ref.name))
  return record
}
