import { MetaError, metaErrors } from '../../domain/meta-error.js'
import { atoi } from '../../go/go-int.js'
import type { TenantScope } from '../../model/scope.js'

const LAYER_URN_PARTS = 7

/**
 * `checkFunctionLayerList` as far as this server can get: a layer URN (seven `:`-separated parts, a
 * numeric version) of another business or tenant is 121036; anything else is looked up as a layer
 * version, and since the served binary has no layer routes none exists, so the lookup fails with
 * etcd's 122001. An empty list passes.
 * @example checkLayers(scope, ['sn:cn:yrk:other:layer:l:1']) // throws 121036
 */
export function checkLayers(scope: TenantScope, layers: readonly string[]): void {
  for (const urn of layers) {
    const parts = urn.split(':')
    const isUrn = parts.length === LAYER_URN_PARTS && atoi(parts[6] ?? '') !== undefined
    if (isUrn && (parts[2] !== scope.businessId || parts[3] !== scope.tenantId)) {
      throw new MetaError(121036, `urn ${urn} is invalid`)
    }
    throw metaErrors.kvNotFound()
  }
}
