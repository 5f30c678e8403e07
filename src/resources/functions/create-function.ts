import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { formatMetaTime, toRevisionId } from '../../model/meta-time.js'
import { toLatestVersion } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import { toBlankVersionData, type VersionRecord } from '../../model/version-record.js'
import { checkLayers, checkPublishedLayers, toFunctionLayers } from './check-layers.js'
import { toValidRootfs } from './check-rootfs.js'
import { toFunctionRelease, toStoredKind } from './function-releases.js'
import type { FunctionSpec } from './function-spec.js'
import { checkPreStop } from './pre-stop.js'

/** `GetRuntimeName`: faas stores `java1.8` as `java8`, other kinds store `java8` as `java1.8`. */
function toStoredRuntime(runtime: string, kind: string): string {
  if (kind === 'faas' && runtime === 'java1.8') return 'java8'
  if (kind !== 'faas' && runtime === 'java8') return 'java1.8'
  return runtime
}

/**
 * Registers a function: one latest record (`$latest`, or `latest` for kind `faas`) with a new
 * revision. An existing name in the scope is 4101. `publishes`: false when `?isAdmin` with
 * `codeUploadType: s3` skips writing the published metadata.
 * @example await createFunction(ctx, scope, 'hello', spec)
 */
export function createFunction(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  spec: FunctionSpec,
  publishes = true,
): Promise<VersionRecord> {
  return ctx.store.exclusive(() => writeCreatedFunction(ctx, scope, name, spec, publishes))
}

/**
 * `createFunction`'s checks and write, at once: only inside `ctx.store.exclusive` (a seed replays a
 * function's whole history in one turn of it, decision 0046).
 */
export function writeCreatedFunction(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  spec: FunctionSpec,
  publishes = true,
): VersionRecord {
  // The real server looks for the latest record of the kind being created (`$latest`, or `latest`
  // for faas): a faas function and a function of another kind may share a name.
  const latest = toLatestVersion(spec.kind)
  if (ctx.store.findFunction(scope, name)?.get(latest)) throw metaErrors.functionNameExists()
  checkLayers(ctx.store, scope, spec.layers, spec.runtime)
  const rootfs = toValidRootfs(spec.rootfs)
  toFunctionLayers(spec.layers)
  // the published metadata is written (and checked) unless `?isAdmin` uploads code to s3
  if (publishes) {
    checkPublishedLayers(ctx.store, scope, spec.layers)
    checkPreStop(spec)
  }
  const now = ctx.now()
  const time = formatMetaTime(now)
  const [record] = ctx.store.commit({
    scope,
    name,
    // Object.assign, not `{ ...scope, ...spec, … }`: on Node 20 every key added after a spread
    // takes a slow path, and this record has thirty-odd (decision 0017). Onto a target of the
    // record's shape, so no key is added at all.
    puts: [
      Object.assign(toBlankVersionData(), scope, spec, {
        rootfs,
        name,
        kind: toStoredKind(toFunctionRelease(ctx), spec.kind),
        runtime: toStoredRuntime(spec.runtime, spec.kind),
        versionNumber: latest,
        versionDesc: latest,
        revisionId: toRevisionId(now),
        createTime: time,
        updateTime: '',
        published: time,
        codeSize: 0,
        status: '',
      }),
    ],
  })
  return record as VersionRecord
}
