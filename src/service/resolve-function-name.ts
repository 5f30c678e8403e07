import { isFunctionName, isVersionQualifier } from '../model/names.js'
import { type TenantScope, toUrnTenant } from '../model/scope.js'
import { parseUrn } from '../model/urn.js'
import { metaErrors } from './meta-error.js'

/**
 * `ParseFunctionInfo` with no qualifier: a function name is used as is; anything else must be
 * a URN of the caller's tenant. A URN's version is checked, then ignored.
 */
export function resolveFunctionName(raw: string, scope: TenantScope): string {
  if (raw === '') throw metaErrors.emptyFunctionId()
  if (isFunctionName(raw)) return raw
  const urn = parseUrn(raw)
  if (!urn) throw metaErrors.invalidUserParam(`invalid URN: ${raw}`)
  if (urn.businessId !== scope.businessId || urn.tenant !== toUrnTenant(scope)) {
    throw metaErrors.invalidQueryUrn(raw)
  }
  if (!isFunctionName(urn.name)) throw metaErrors.invalidFunctionName(urn.name)
  if (urn.version !== undefined && !isVersionQualifier(urn.version)) {
    throw metaErrors.invalidVersion(urn.version)
  }
  return urn.name
}
