/** Where a record lives: the key prefix businessId/tenantId/productId of the real store. */
export interface TenantScope {
  readonly businessId: string
  readonly tenantId: string
  readonly productId: string
}

/** The business id the real server forces on every request. */
export const BUSINESS_ID = 'yrk'

/** The tenant used when a request has no `X-Tenant-ID` (the current server's default). */
export const DEFAULT_TENANT = 'default'

/** Builds a scope for a tenant, optionally with a product. @example toScope('default') */
export function toScope(tenantId: string, productId = ''): TenantScope {
  return { businessId: BUSINESS_ID, tenantId, productId }
}

/** The tenant part of a URN: `tenant` or `tenant@product`. */
export function toUrnTenant(scope: TenantScope): string {
  return scope.productId ? `${scope.tenantId}@${scope.productId}` : scope.tenantId
}

/** A stable map key for a scope. */
export function toScopeKey(scope: TenantScope): string {
  return `${scope.businessId}/${scope.tenantId}/${scope.productId}`
}
