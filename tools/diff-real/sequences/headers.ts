import { createBody, FUNCTIONS, type SequenceSpec, spec } from './dsl.js'

/** Tenant, product and business headers: spellings, empty values, and what each scope sees. */
export const headerSpecs: SequenceSpec[] = [
  spec('headers/tenant-spellings', (s) => {
    const t = s.tenant
    s.post(FUNCTIONS, createBody('fn'))
    for (const name of ['x-tenant-id', 'X-TENANT-ID', 'X-Tenant-Id']) {
      s.get(`${FUNCTIONS}/fn`, { noTenant: true, headers: { [name]: t } })
    }
    s.get(`${FUNCTIONS}/fn`, { headers: { 'X-Tenant-ID': `${t}-b` } }).get(`${FUNCTIONS}/fn/versions`, {
      headers: { 'X-Tenant-ID': `${t}-b` },
    })
    s.delete(`${FUNCTIONS}/fn`, { headers: { 'X-Tenant-ID': `${t}-b` } }).get(FUNCTIONS, {
      headers: { 'X-Tenant-ID': `${t}-b` },
    })
  }),
  spec('headers/product-scope', (s) => {
    const product = { 'X-Product-ID': 'p1' }
    s.post(FUNCTIONS, createBody('fn'), { headers: product }).get(`${FUNCTIONS}/fn`, { headers: product })
    s.get(`${FUNCTIONS}/fn`)
      .get(`${FUNCTIONS}/fn/versions`, { headers: product })
      .get(`${FUNCTIONS}/fn/versions`)
    s.post(FUNCTIONS, createBody('fn')).get(FUNCTIONS).get(FUNCTIONS, { headers: product })
    s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#1>', versionNumber: '1' }, { headers: product })
    s.get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}@p1:function:fn`, { headers: product })
    s.get(`${FUNCTIONS}/fn`, { headers: { 'X-Product-ID': '' } })
      .delete(`${FUNCTIONS}/fn`, { headers: product })
      .get(FUNCTIONS)
  }),
  spec('headers/business-and-trace', (s) => {
    s.post(FUNCTIONS, createBody('fn'), { headers: { 'X-Business-ID': 'biz', 'X-Trace-Id': 'trace-1' } })
    s.get(`${FUNCTIONS}/fn`, { headers: { 'X-Business-ID': 'other' } }).get(
      `${FUNCTIONS}/sn:cn:biz:${s.tenant}:function:fn`,
    )
  }),
  spec('headers/default-tenant', (s) => {
    // the default tenant is shared by every run on the real server: a unique name, removed at the end
    const name = `dt-${s.unique}`
    s.post(FUNCTIONS, createBody(name), { noTenant: true }).get(`${FUNCTIONS}/${name}`, {
      headers: { 'X-Tenant-ID': '' },
    })
    s.get(`${FUNCTIONS}/${name}`, { headers: { 'X-Tenant-ID': 'default' } }).get(
      `${FUNCTIONS}/${name}/versions`,
      { noTenant: true },
    )
    s.get(`${FUNCTIONS}/${name}`)
      .delete(`${FUNCTIONS}/${name}`, { noTenant: true })
      .get(`${FUNCTIONS}/${name}`, { noTenant: true })
  }),
  spec('headers/content-types', (s) => {
    const body = JSON.stringify(createBody('fn'))
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      s.post(FUNCTIONS, body, { headers: { 'Content-Type': type } })
    }
    s.post(FUNCTIONS, createBody('fn2'), { headers: { Accept: 'text/html' } })
  }),
]
