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
 * Finds one version (`GetFunction`): `versionNumber`, else the qualifier's version, else the
 * latest record of the kind. An alias never resolves in the served binary, so it falls back too.
 * @example getFunction(ctx, scope, { ref, versionNumber: '1', kind: '' })
 */
export function getFunction(ctx: DomainContext, scope: TenantScope, query: GetFunctionQuery): VersionRecord {
  const version = query.versionNumber || query.ref.version || toLatestVersion(query.kind)
  const record = ctx.store.findFunction(scope, query.ref.name)?.get(version)
  if (!record) throw metaErrors.functionNotFound(toDisplayName(query.ref.name))
  return record
}
