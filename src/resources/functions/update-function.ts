import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { formatMetaTime, toRevisionId } from '../../model/meta-time.js'
import { toDisplayName, toLatestVersion } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import { toVersionData, type VersionData, type VersionRecord } from '../../model/version-record.js'
import { checkLayers, checkPublishedLayers, toFunctionLayers } from './check-layers.js'
import { toValidRootfs } from './check-rootfs.js'
import type { FunctionSpec } from './function-spec.js'
import { FUNCTION_STATUS } from './function-values.js'
import { checkPreStop } from './pre-stop.js'

/** A validated `PUT /functions/{name}` body. */
export interface UpdateRequest {
  readonly revisionId: string
  /** `s3` with `?isAdmin` skips writing the published metadata (and so its checks). */
  readonly codeUploadType?: string
  readonly spec: FunctionSpec
  /** Maps the body sent (even `{}`): they replace the stored ones; absent or null keeps them. */
  readonly sent: { readonly environment: boolean; readonly customResources: boolean }
}

/**
 * Updates the latest record (`UpdateFunctionInfo`): the revision must match, some fields keep
 * their value when the request leaves them empty, the rest are overwritten or cleared.
 * @example await updateFunction(ctx, scope, 'hello', { revisionId, spec })
 */
export function updateFunction(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  request: UpdateRequest,
  publishes = true,
): Promise<VersionRecord> {
  return ctx.store.exclusive(() => writeUpdatedFunction(ctx, scope, name, request, publishes))
}

/** `updateFunction`'s checks and write, at once: only inside `ctx.store.exclusive`. */
export function writeUpdatedFunction(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  request: UpdateRequest,
  publishes = true,
): VersionRecord {
  const current = ctx.store.findFunction(scope, name)?.get(toLatestVersion(request.spec.kind))
  if (!current) throw metaErrors.functionNotFound(toDisplayName(name))
  if (request.revisionId !== current.revisionId) throw metaErrors.revisionMismatch()
  checkLayers(ctx.store, scope, request.spec.layers, current.runtime)
  const rootfs = toValidRootfs(request.spec.rootfs)
  toFunctionLayers(request.spec.layers)
  const data = toUpdatedData(current, request, ctx.now(), rootfs)
  if (publishes) {
    checkPublishedLayers(ctx.store, scope, data.layers)
    checkPreStop(data)
  }
  const [record] = ctx.store.commit({ scope, name, puts: [data] })
  return record as VersionRecord
}

function toUpdatedData(
  current: VersionRecord,
  { spec, sent }: UpdateRequest,
  now: Date,
  rootfs: VersionData['rootfs'],
): VersionData {
  // Object.assign over a copy of one fixed shape, not a spread with keys after it (decision 0017).
  return Object.assign(toVersionData(current), {
    // These change only when the request gives a non-empty value.
    handler: spec.handler || current.handler,
    cpu: spec.cpu || current.cpu,
    memory: spec.memory || current.memory,
    timeout: spec.timeout || current.timeout,
    description: spec.description || current.description,
    // A map sent is stored encoded (`{}` too, a non-empty string), so it replaces the old one.
    customResources: sent.customResources ? spec.customResources : current.customResources,
    environment: sent.environment ? spec.environment : current.environment,
    // These are overwritten by the request, and cleared or reset to defaults when absent.
    minInstance: spec.minInstance,
    maxInstance: spec.maxInstance,
    concurrentNum: spec.concurrentNum,
    storageType: spec.storageType,
    codePath: spec.codePath,
    s3CodePath: spec.s3CodePath,
    device: spec.device,
    layers: spec.layers,
    poolId: spec.poolId,
    enableMetrics: spec.enableMetrics,
    priorityAz: spec.priorityAz,
    // a map sent (even `{}`) replaces the stored one; absent or null keeps it
    extendedHandler: spec.extendedHandler ?? current.extendedHandler ?? null,
    extendedTimeout: spec.extendedTimeout ?? current.extendedTimeout ?? null,
    revisionId: toRevisionId(now),
    updateTime: formatMetaTime(now),
    // The record was read back with its status filled in (`GetFunctionVersion`), and stored so.
    status: FUNCTION_STATUS,
    rootfs,
  })
}
