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
  // A copy of one fixed shape, its fields set one by one: no spread with keys after it (decision
  // 0017), no Object.assign (its generic path allocated per write: issue 25).
  const data = toVersionData(current)
  // These change only when the request gives a non-empty value.
  data.handler = spec.handler || current.handler
  data.cpu = spec.cpu || current.cpu
  data.memory = spec.memory || current.memory
  data.timeout = spec.timeout || current.timeout
  data.description = spec.description || current.description
  // A map sent is stored encoded (`{}` too, a non-empty string), so it replaces the old one.
  data.customResources = sent.customResources ? spec.customResources : current.customResources
  data.environment = sent.environment ? spec.environment : current.environment
  // These are overwritten by the request, and cleared or reset to defaults when absent.
  data.minInstance = spec.minInstance
  data.maxInstance = spec.maxInstance
  data.concurrentNum = spec.concurrentNum
  data.storageType = spec.storageType
  data.codePath = spec.codePath
  data.s3CodePath = spec.s3CodePath
  data.device = spec.device
  data.layers = spec.layers
  data.poolId = spec.poolId
  data.enableMetrics = spec.enableMetrics
  data.priorityAz = spec.priorityAz
  // a map sent (even `{}`) replaces the stored one; absent or null keeps it
  data.extendedHandler = spec.extendedHandler ?? current.extendedHandler ?? null
  data.extendedTimeout = spec.extendedTimeout ?? current.extendedTimeout ?? null
  data.revisionId = toRevisionId(now)
  data.updateTime = formatMetaTime(now)
  // The record was read back with its status filled in (`GetFunctionVersion`), and stored so.
  data.status = FUNCTION_STATUS
  data.rootfs = rootfs
  return data
}
