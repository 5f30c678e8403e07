import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import type { FunctionRef } from '../../domain/parse-function-ref.js'
import { toDisplayName, toLatestVersion } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import type { VersionRecord } from '../../model/version-record.js'
import { findAlias } from '../other-writer/other-writer-state.js'
import { toLayerUrns } from './check-layers.js'

/** What `GET /functions/{name}` looks up. */
export interface GetFunctionQuery {
  readonly ref: FunctionRef
  /** Wins over the qualifier, and is not validated. */
  readonly versionNumber: string
  readonly kind: string
}

/**
 * Finds one version (`GetFunction`): an alias (from the qualifier or the URN) goes first, whatever
 * `versionNumber` says: the version another writer's alias names, or (no such alias, or an empty
 * version) the latest record of the kind; else `versionNumber`, else the qualifier's version, else
 * the latest.
 * @example getFunction(ctx, scope, { ref, versionNumber: '1', kind: '' })
 */
export function getFunction(ctx: DomainContext, scope: TenantScope, query: GetFunctionQuery): VersionRecord {
  const latest = toLatestVersion(query.kind)
  const version = query.ref.alias
    ? findAlias(ctx.store, scope, query.ref.name, query.ref.alias)?.functionVersion || latest
    : query.versionNumber || query.ref.version || latest
  const record = ctx.store.findFunction(scope, query.ref.name)?.get(version)
  if (!record) throw metaErrors.functionNotFound(toDisplayName(query.ref.name))
  return record
}

/** A record as a detail answer shows it: its layers as version URNs of the caller's scope (see `toLayerUrns`). */
export function withLayerUrns(ctx: DomainContext, scope: TenantScope, record: VersionRecord): VersionRecord {
  if (record.layers.length === 0) return record
  return { ...record, layers: toLayerUrns(ctx.store, scope, record.layers) }
}
