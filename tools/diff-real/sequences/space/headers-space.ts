import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type SequenceSpec, type Steps, spec } from '../dsl.js'

/** A UTF-8 text as the latin1 string node:http sends byte for byte (Go reads the header's bytes). */
export function utf8Bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1')
}

/**
 * Values of the tenant and product headers: the real server reads them with `Header.Get` and puts
 * them into URNs, etcd keys and answers. Each value is its own tenant (or product), so every
 * sequence run leaves its own records.
 */
function headerValues(base: string): string[] {
  return [
    base,
    `${base}@p`,
    `${base}/x`,
    `${base}:x`,
    `${base}%d`,
    ` ${base} `,
    `${base}\tx`,
    utf8Bytes(`${base}-中`),
    utf8Bytes(`${base}-é`),
    `${base}-\u00e9`,
    `${base}${'t'.repeat(200)}`,
    `${base}.`,
    `${base}..`,
  ]
}

/** Create, read, list and delete in a scope given by the headers, read back from the default scope. */
function inScope(s: Steps, headers: Record<string, string>): void {
  s.post(FUNCTIONS, createBody('fn'), { noTenant: true, headers })
  s.get(`${FUNCTIONS}/fn`, { noTenant: true, headers })
  s.get(`${FUNCTIONS}/fn/versions`, { noTenant: true, headers })
  s.get(FUNCTIONS, { noTenant: true, headers })
  s.delete(`${FUNCTIONS}/fn`, { noTenant: true, headers })
}

const tenantSpec = spec('space/headers/tenant-values', (s) => {
  for (const value of headerValues(s.unique)) inScope(s, { 'X-Tenant-ID': value })
})

const productSpec = spec('space/headers/product-values', (s) => {
  for (const value of headerValues('p')) {
    inScope(s, { 'X-Tenant-ID': s.tenant, 'X-Product-ID': value })
  }
  s.get(FUNCTIONS)
})

/** A function in one product read from others, and through URNs that name a product. */
const productScopeSpec = spec('space/headers/product-scope', (s) => {
  const t = s.tenant
  const p1 = { 'X-Product-ID': 'p1' }
  s.post(FUNCTIONS, createBody('fn'), { headers: p1 })
  s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#last>', versionNumber: '1' }, { headers: p1 })
  s.post(FUNCTIONS, createBody('fn', { cpu: 700 }))
  for (const headers of [p1, { 'X-Product-ID': 'p2' }, {}]) {
    s.get(`${FUNCTIONS}/fn`, { headers }).get(`${FUNCTIONS}/fn/versions`, { headers })
    s.get(`${FUNCTIONS}/sn:cn:yrk:${t}@p1:function:fn`, { headers })
    s.get(`${FUNCTIONS}/sn:cn:yrk:${t}:function:fn:1`, { headers })
    s.get(`${FUNCTIONS}?name=fn`, { headers })
  }
  s.delete(`${FUNCTIONS}/fn`, { headers: p1 }).get(FUNCTIONS).get(FUNCTIONS, { headers: p1 })
})

/** Headers the middlewares overwrite or ignore, and spellings of the tenant header. */
const otherHeadersSpec = spec('space/headers/overwritten-and-ignored', (s) => {
  s.post(FUNCTIONS, createBody('fn'), {
    headers: { 'X-Business-ID': 'biz', 'X-User-Id': 'u', 'X-Privilege': '0', 'X-Trace-Id': '%d' },
  })
  const variants: Record<string, string>[] = [
    { 'X-Business-ID': '' },
    { 'x-tenant-id': s.tenant },
    { 'X-Tenant-Id': s.tenant, 'X-Product-Id': '' },
    { Accept: 'application/xml' },
    { 'Content-Type': 'application/xml' },
  ]
  for (const headers of variants) {
    s.get(`${FUNCTIONS}/fn`, { noTenant: true, headers })
  }
})

/** gin's trailing-slash redirect builds its Location from `X-Forwarded-Prefix` (cleaned, then filtered). */
const forwardedPrefixSpec = spec('space/headers/forwarded-prefix', (s) => {
  s.post(FUNCTIONS, createBody('fn'))
  for (const prefix of [
    '/api',
    'api',
    '/api/',
    '/a_b',
    '/a.b',
    '/../x',
    '//x//y',
    '/a%2Fb',
    '/中',
    '.',
    '',
    '/',
    '/x?y',
  ]) {
    const headers = { 'X-Forwarded-Prefix': utf8Bytes(prefix) }
    s.get(`${FUNCTIONS}/`, { headers }).post(`${FUNCTIONS}/fn/`, {}, { headers })
    s.get(`${FUNCTIONS}/fn/versions/?pageSize=1`, { headers }).add('PUT', `${PODPOOLS}/`, { headers })
    s.add('DELETE', `${RESERVE}/`, { headers })
  }
})

export const headersSpaceSpecs: SequenceSpec[] = [
  tenantSpec,
  productSpec,
  productScopeSpec,
  otherHeadersSpec,
  forwardedPrefixSpec,
]
