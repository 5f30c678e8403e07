import { describe, expect, it } from 'vitest'
import { createBody, emptyFake, send } from './24-support.js'

// Issue 24: the tenant and product headers are bytes to Go: UTF-8 is read as such, a byte that is
// not UTF-8 is written back as U+FFFD, and lists decode etcd keys by splitting on `/`.
// Answers recorded from the real server.

const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1')

describe('tenant and product header bytes', () => {
  it('reads UTF-8 header bytes as the characters they encode', async () => {
    const fake = emptyFake()
    const headers = { 'X-Tenant-ID': latin1('t-中') }
    const created = await send(fake, 'POST', '/serverless/v1/functions', createBody('fn'), headers)
    expect(created.text).toContain('"id":"sn:cn:yrk:t-中:function:fn:$latest"')
    expect((await send(fake, 'GET', '/serverless/v1/functions/fn', undefined, headers)).status).toBe(200)
  })

  it('writes a byte that is not UTF-8 as U+FFFD (itself in the user shape, escaped in the admin one)', async () => {
    const fake = emptyFake()
    const headers = { 'X-Tenant-ID': 't-\u00e9' }
    const created = await send(fake, 'POST', '/serverless/v1/functions', createBody('fn'), headers)
    expect(created.text).toContain('"tenantId":"t-\ufffd"')
    const admin = await send(fake, 'GET', '/serverless/v1/functions/fn?isAdmin=1', undefined, headers)
    expect(admin.text).toContain('"tenantId":"t-\\ufffd"')
  })

  it('lists a tenant holding `/` as the key reads back: tenant and product split at the `/`', async () => {
    const fake = emptyFake()
    const headers = { 'X-Tenant-ID': 'a/x' }
    await send(fake, 'POST', '/serverless/v1/functions', createBody('fn'), headers)
    const got = await send(fake, 'GET', '/serverless/v1/functions/fn', undefined, headers)
    expect(got.text).toContain('"id":"sn:cn:yrk:a/x:function:fn:$latest"')
    const versions = await send(fake, 'GET', '/serverless/v1/functions/fn/versions', undefined, headers)
    expect(versions.text).toContain('"id":"sn:cn:yrk:a@x:function:fn:$latest"')
  })
})
