import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../contract/server-version.js'
import { isAlias, isVersionQualifier, NAME_GRAMMARS } from '../model/names.js'
import type { TenantScope } from '../model/scope.js'
import { parseUrn } from '../model/urn.js'
import { metaErrors } from './meta-error.js'

/** What a path name plus qualifier designate (`model.FunctionQueryInfo`). */
export interface FunctionRef {
  readonly name: string
  /** A version key, or '' when none was given. */
  readonly version: string
  /** An alias (never stored by the served binary, so lookups fall back), or ''. */
  readonly alias: string
}

/**
 * `ParseFunctionInfo`: a function name is used as is, anything else must be a URN of the
 * caller's tenant; the URN's version (or the qualifier) is an alias or a version, in that order.
 * A name is one if it fits the release's path grammar (`NAME_GRAMMARS`).
 * @example parseFunctionRef('sn:cn:yrk:default:function:hello:1', '', scope, '0.10.0') // { name: 'hello', version: '1', alias: '' }
 */
export function parseFunctionRef(
  raw: string,
  qualifier: string,
  scope: TenantScope,
  serverVersion: ServerVersion = DEFAULT_SERVER_VERSION,
): FunctionRef {
  if (raw === '') throw metaErrors.emptyFunctionId()
  const names = NAME_GRAMMARS[serverVersion].query
  if (names.test(raw)) return toRefByName(raw, qualifier)
  const urn = parseUrn(raw)
  if (!urn) throw metaErrors.invalidUserParamText(`invalid URN: ${raw}`)
  if (urn.businessId !== scope.businessId || !isCallersTenant(urn.tenant, scope)) {
    throw metaErrors.invalidQueryUrn(raw)
  }
  if (!names.test(urn.name)) throw metaErrors.invalidFunctionName(urn.name)
  const urnVersion = urn.version ?? ''
  if (urnVersion !== '' && qualifier !== '' && qualifier !== urnVersion) throw metaErrors.invalidQueryUrn(raw)
  const versionOrAlias = urnVersion || qualifier
  if (versionOrAlias === '') return { name: urn.name, version: '', alias: '' }
  if (isAlias(versionOrAlias)) return { name: urn.name, version: '', alias: versionOrAlias }
  if (isVersionQualifier(versionOrAlias)) return { name: urn.name, version: versionOrAlias, alias: '' }
  throw qualifier === '' ? metaErrors.invalidVersion(versionOrAlias) : metaErrors.invalidQualifier(qualifier)
}

function toRefByName(name: string, qualifier: string): FunctionRef {
  if (qualifier === '') return { name, version: '', alias: '' }
  if (isAlias(qualifier)) return { name, version: '', alias: qualifier }
  if (isVersionQualifier(qualifier)) return { name, version: qualifier, alias: '' }
  throw metaErrors.invalidQualifier(qualifier)
}

/**
 * `parseTenantInfo` then the comparison of `checkContextInfo`: `tenant@product` splits at the first
 * `@` after the first character (`t@` is tenant `t` with no product; `@p` is a tenant named `@p`).
 */
function isCallersTenant(urnTenant: string, scope: TenantScope): boolean {
  const at = urnTenant.indexOf('@')
  const [tenant, product] = at > 0 ? [urnTenant.slice(0, at), urnTenant.slice(at + 1)] : [urnTenant, '']
  return tenant === scope.tenantId && product === scope.productId
}
