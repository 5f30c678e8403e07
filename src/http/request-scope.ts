import type { Context } from 'hono'
import { type TenantScope, toScope } from '../model/scope.js'
import { readAnswerHeader } from '../wire/answer-inputs.js'
import { goBytesToString } from '../wire/go-request-target.js'
import { goQuery } from './go-query.js'

/**
 * The caller's scope as the real middleware builds it: `X-Tenant-ID` (any case; empty means the
 * default tenant), optional `X-Product-ID`; the business id is always forced to `yrk`.
 */
export function toRequestScope(headers: Headers, defaultTenant: string): TenantScope {
  const tenantId = headerText(readAnswerHeader(headers, 'x-tenant-id')) || defaultTenant
  return toScope(tenantId, headerText(readAnswerHeader(headers, 'x-product-id')) ?? '')
}

/**
 * A header value as Go holds it: its bytes (the Fetch API hands them over one character each) read as
 * UTF-8, a byte that is not kept apart (`goBytesToString`).
 */
function headerText(value: string | null): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII, the common case, is kept as is
  if (value === null || /^[\u0000-\u007f]*$/.test(value)) return value
  return goBytesToString(Uint8Array.from(value, (char) => char.charCodeAt(0) & 0xff))
}

/** Whether the request asks for the admin shapes: `isAdmin` present and non-empty, any value. */
export function isAdminRequest(c: Context): boolean {
  return Boolean(goQuery(c, 'isAdmin'))
}
