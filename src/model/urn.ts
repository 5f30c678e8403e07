import { type TenantScope, toUrnTenant } from './scope.js'

const URN_PREFIX = 'sn:cn'

/** The URN of a function, without version. @example toFunctionUrn(scope, 'hello') // sn:cn:yrk:default:function:hello */
export function toFunctionUrn(scope: TenantScope, name: string): string {
  return `${URN_PREFIX}:${scope.businessId}:${toUrnTenant(scope)}:function:${name}`
}

/** The URN of one version of a function. */
export function toVersionUrn(scope: TenantScope, name: string, version: string): string {
  return `${toFunctionUrn(scope, name)}:${version}`
}

/** The URN of a layer version (`BuildLayerVersionURN`). @example toLayerVersionUrn(scope, 'lib', 1) // sn:cn:yrk:default:layer:lib:1 */
export function toLayerVersionUrn(scope: TenantScope, name: string, version: number): string {
  return `${URN_PREFIX}:${scope.businessId}:${toUrnTenant(scope)}:layer:${name}:${version}`
}

/** The parts of a 6- or 7-part function URN, or undefined when the text is no URN. */
export interface UrnParts {
  readonly businessId: string
  readonly tenant: string
  readonly name: string
  readonly version: string | undefined
}

/** Splits a URN on `:` as the real server does (6 or 7 parts, nothing else checked). */
export function parseUrn(text: string): UrnParts | undefined {
  const parts = text.split(':')
  if (parts.length !== 6 && parts.length !== 7) return undefined
  return {
    businessId: parts[2] ?? '',
    tenant: parts[3] ?? '',
    name: parts[5] ?? '',
    version: parts[6],
  }
}
