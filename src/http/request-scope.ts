import type { Context } from 'hono'
import { type TenantScope, toScope } from '../model/scope.js'
import { readAnswerHeader } from '../wire/answer-inputs.js'
import { goQuery } from './go-query.js'

/**
 * The caller's scope as the real middleware builds it: `X-Tenant-ID` (any case; empty means the
 * default tenant), optional `X-Product-ID`; the business id is always forced to `yrk`.
 */
export function toRequestScope(headers: Headers, defaultTenant: string): TenantScope {
  const tenantId = readAnswerHeader(headers, 'x-tenant-id') || defaultTenant
  return toScope(tenantId, readAnswerHeader(headers, 'x-product-id') ?? '')
}

/** Whether the request asks for the admin shapes: `isAdmin` present and non-empty, any value. */
export function isAdminRequest(c: Context): boolean {
  return Boolean(goQuery(c, 'isAdmin'))
}
