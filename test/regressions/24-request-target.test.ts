import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'
import { sendRaw } from '../../src/node/raw-http.js'
import { createBody, emptyFake } from './24-support.js'

// Issue 24: on the Node face the request-target is read as Go's net/http reads it (no dot segments
// removed, `%` unescaped once, `#` kept, bad escapes refused, `*`). Answers recorded from the real server.

let server: RunningServer
const tenant = { 'X-Tenant-ID': 't24' }
const get = async (path: string, method = 'GET') => {
  const answer = await sendRaw(server.url, method, path, tenant, undefined)
  return answer.kind === 'response' ? [answer.status, answer.contentType, answer.body] : [answer.kind]
}

beforeAll(async () => {
  server = await startServer({ port: 0, service: emptyFake() })
  await sendRaw(server.url, 'POST', '/serverless/v1/functions', tenant, JSON.stringify(createBody('fn')))
})
afterAll(() => server.close())

describe('request-targets as Go reads them (Node face)', () => {
  it('takes dot segments as names', async () => {
    const notFound = (name: string) =>
      `{"code":4115,"message":"function [${name}] is not found. check input parameters"}`
    expect(await get('/serverless/v1/functions/.')).toEqual([
      404,
      'application/json; charset=utf-8',
      notFound('.'),
    ])
    expect(await get('/serverless/v1/functions/%2E%2E')).toEqual([
      404,
      'application/json; charset=utf-8',
      notFound('..'),
    ])
    expect(await get('/serverless/v1/functions/fn/../fn')).toEqual([404, 'text/plain', '404 page not found'])
  })

  it('refuses bad escapes before routing, and unescapes the path once', async () => {
    expect(await get('/serverless/v1/functions/%zz')).toEqual([
      400,
      'text/plain; charset=utf-8',
      '400 Bad Request',
    ])
    const [status, , body] = await get('/serverless/v1/functions/a%252F', 'DELETE')
    expect([status, body]).toEqual([
      400,
      '{"code":4104,"message":"invalid URN: a%!F(MISSING). check input parameters"}',
    ])
  })

  it('keeps a # in the query, and answers * targets', async () => {
    const [, , listed] = await get('/serverless/v1/functions?name=fn#frag')
    expect(listed).toBe('{"code":0,"message":"","result":{"functions":[],"total":0}}')
    expect(await get('*', 'OPTIONS')).toEqual([200, null, ''])
    expect(await get('*')).toEqual([404, 'text/plain', '404 page not found'])
  })
})

describe('URNs that name the tenant', () => {
  it('reads `tenant@` as the tenant with no product, as parseTenantInfo does', async () => {
    const [status] = await get('/serverless/v1/functions/sn:cn:yrk:t24@:function:fn')
    expect(status).toBe(200)
    const [refused, , body] = await get('/serverless/v1/functions/sn:cn:yrk:t24@x:function:fn')
    expect([refused, body]).toEqual([
      500,
      '{"code":121046,"message":"invalid URN: sn:cn:yrk:t24@x:function:fn"}',
    ])
  })
})

describe('an alias-like qualifier with versionNumber', () => {
  it('reads the alias first, which falls back to the latest record (recorded from the real server)', async () => {
    await sendRaw(server.url, 'POST', '/serverless/v1/functions/fn/versions', tenant, '{"revisionId":"x"}')
    const [status, , body] = await get('/serverless/v1/functions/fn?qualifier=my-alias&versionNumber=1')
    expect(status).toBe(200)
    expect(body).toContain('"id":"sn:cn:yrk:t24:function:fn:$latest"')
  })
})

describe('large request headers', () => {
  it('are taken up to Go 1 MiB limit, not Node 16 KiB', async () => {
    const answer = await sendRaw(
      server.url,
      'GET',
      '/serverless/v1/functions/fn',
      { ...tenant, 'X-Big': 'x'.repeat(64 * 1024) },
      undefined,
    )
    expect(answer.kind === 'response' && answer.status).toBe(200)
  })
})
