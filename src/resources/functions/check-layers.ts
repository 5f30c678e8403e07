import { MetaError, metaErrors } from '../../domain/meta-error.js'
import { atoi, atoiErrorText } from '../../go/go-int.js'
import type { TenantScope } from '../../model/scope.js'
import { toLayerVersionUrn } from '../../model/urn.js'
import type { MetaStore } from '../../store/meta-store.js'
import { findLatestLayer, findLayer } from '../other-writer/other-writer-state.js'

const LAYER_URN_PARTS = 7

/** A layer a version refers to, as the real server stores it (`storage.FunctionLayer`). */
export interface FunctionLayer {
  readonly name: string
  readonly version: number
}

/**
 * `checkFunctionLayerList`: a layer URN (seven `:`-separated parts, a numeric version) of another
 * business or tenant is 121036; a URN names a layer version, anything else a layer name at version
 * 0. That version must be in etcd (122001 when not: the served binary writes no layers, another
 * writer may) and list the function's runtime among its compatible ones (4104). An empty list passes.
 * @example checkLayers(store, scope, ['sn:cn:yrk:other:layer:l:1'], 'python3.9') // throws 121036
 */
export function checkLayers(
  store: MetaStore,
  scope: TenantScope,
  layers: readonly string[],
  runtime: string,
) {
  if (layers.length === 0) return
  const seen = new Set<string>()
  for (const text of layers) {
    const { name, version } = toQueriedLayer(scope, text)
    const layer = findLayer(store, scope, name, version)
    if (!layer) throw metaErrors.kvNotFound()
    if (!layer.compatibleRuntimes.includes(runtime)) {
      const runtimes = `[${layer.compatibleRuntimes.join(' ')}]`
      throw metaErrors.invalidUserParam(
        `runtime ${runtimes} of layer [${name}] is not compatible with function's runtime [${runtime}]`,
      )
    }
    if (seen.has(text)) {
      throw metaErrors.invalidUserParam(
        `the URN list of layer's version is not unique, layer name is [${name}]`,
      )
    }
    seen.add(text)
  }
}

/** `ParseLayerInfo`: what a layer reference looks up. */
function toQueriedLayer(scope: TenantScope, text: string): FunctionLayer {
  const parts = text.split(':')
  const version = parts.length === LAYER_URN_PARTS ? atoi(parts[6] ?? '') : undefined
  if (version === undefined) return { name: text, version: 0 }
  if (parts[2] !== scope.businessId || parts[3] !== scope.tenantId) {
    throw new MetaError(121036, `urn ${text} is invalid`)
  }
  return { name: parts[5] ?? '', version: Number(version) }
}

/**
 * What a version stores of each reference (`InterceptNameAndVersionFromLayerURN`, then
 * `strconv.Atoi`): the last two of seven or more `:`-separated parts. Fewer parts, or a version
 * that is no int, is Atoi's error, answered as 4104.
 */
export function toFunctionLayers(layers: readonly string[]): FunctionLayer[] {
  return layers.map((text) => {
    const parts = text.split(':')
    const [name, versionText] =
      parts.length >= LAYER_URN_PARTS
        ? [parts[parts.length - 2] ?? '', parts[parts.length - 1] ?? '']
        : ['', '']
    const version = atoi(versionText)
    if (version === undefined) throw metaErrors.invalidUserParamText(atoiErrorText(versionText))
    return { name, version: Number(version) }
  })
}

/** The layers a record stores, for answers: what `toFunctionLayers` accepted when it was written. */
export function toStoredLayers(layers: readonly string[]): FunctionLayer[] {
  return layers.map((text) => {
    const parts = text.split(':')
    return { name: parts.at(-2) ?? '', version: Number(atoi(parts.at(-1) ?? '') ?? 0n) }
  })
}

/**
 * `getLayerBucket`, run when a version's metadata is published (create, update, publish): every
 * stored layer version must be in etcd, exactly (122001 when not).
 */
export function checkPublishedLayers(store: MetaStore, scope: TenantScope, layers: readonly string[]): void {
  if (layers.length === 0) return
  for (const { name, version } of toFunctionLayers(layers)) {
    if (!findLayer(store, scope, name, version)) throw metaErrors.kvNotFound()
  }
}

/**
 * The `layers` of a detail answer (`buildGetFunctionResponse`): each stored layer's version URN in
 * the caller's scope; version 0 reads the layer's latest version (4113 when it has no count index),
 * any other must exist (4113).
 */
export function toLayerUrns(store: MetaStore, scope: TenantScope, layers: readonly string[]): string[] {
  return toFunctionLayers(layers).map(({ name, version }) => {
    if (version === 0) {
      const latest = findLatestLayer(store, scope, name)
      if (!latest) throw metaErrors.layerNotFound()
      return toLayerVersionUrn(scope, name, latest.version)
    }
    if (!findLayer(store, scope, name, version)) throw metaErrors.layerVersionNotFound(version, name)
    return toLayerVersionUrn(scope, name, version)
  })
}
