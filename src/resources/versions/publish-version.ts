import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { formatMetaTime, toDefaultVersionNumber } from '../../model/meta-time.js'
import { isPublishVersionNumber, toLatestVersion } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import { toVersionData, type VersionRecord } from '../../model/version-record.js'
import { checkPublishedLayers } from '../functions/check-layers.js'
import { checkPreStop } from '../functions/pre-stop.js'

/** A `POST /functions/{name}/versions` body. */
export interface PublishRequest {
  readonly revisionId: string
  /** Empty: `v` + server-local `YYYYMMDD-HHMMSS`. */
  readonly versionNumber: string
  readonly versionDesc: string
  readonly kind: string
}

const VERSION_NUMBER_RULE =
  'versionNumber can only contain digits, letters, dots(.), hyphens(-), and underscores(_), ' +
  'and must start and end with a digit or letter, with less than 42 characters'

/**
 * Publishes the latest record as a new version (`PublishFunction`): the new version and the
 * rewritten latest share one revision, the new version first. Checks run in the real order.
 * @example await publishVersion(ctx, scope, 'hello', { revisionId, versionNumber: '1', versionDesc: '', kind: '' })
 */
export function publishVersion(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  request: PublishRequest,
): Promise<VersionRecord> {
  return ctx.store.exclusive(() => writePublishedVersion(ctx, scope, name, request))
}

/** `publishVersion`'s checks and write, at once: only inside `ctx.store.exclusive`. */
export function writePublishedVersion(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  request: PublishRequest,
): VersionRecord {
  const entry = ctx.store.findFunction(scope, name)
  const count = entry?.size ?? 0
  if (count >= ctx.config.versionMax + 1) throw metaErrors.versionOutOfLimit(count)
  const latest = entry?.get(toLatestVersion(request.kind))
  if (!latest) throw metaErrors.publishLatestNotFound()
  if (request.revisionId !== latest.revisionId) throw metaErrors.publishRevisionMismatch()
  const now = ctx.now()
  const versionNumber = request.versionNumber || toDefaultVersionNumber(now)
  if (!isPublishVersionNumber(versionNumber)) throw metaErrors.invalidUserParam(VERSION_NUMBER_RULE)
  if (entry?.get(versionNumber)) throw metaErrors.duplicateVersion()
  if (latest.storageType === 's3' && !latest.s3CodePath.bucketId && !latest.s3CodePath.objectId) {
    throw metaErrors.invalidUserParam("empty function version's bucket info")
  }
  checkPublishedLayers(ctx.store, scope, latest.layers)
  checkPreStop(latest)
  // The latest record is written again as it is (the store copies what it puts, without stamps);
  // the new version is a copy of it, its fields set one by one (no Object.assign: issue 25).
  const published = toVersionData(latest)
  published.versionNumber = versionNumber
  published.versionDesc = request.versionDesc
  published.published = formatMetaTime(now)
  const [, record] = ctx.store.commit({ scope, name, puts: [latest, published] })
  return record as VersionRecord
}
