import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { CliUsageError, parseCliArgs } from '../../src/node/cli-args.js'
import { type RunningServer, startServer } from '../../src/node/start-server.js'

// Issue 23, findings 3 and 4, at the level of single requests: what a client outside a browser must
// send, which browser headers are refused, and where CORS applies. Chromium: cross-site.test.ts.

const PAGE = 'http://127.0.0.1:5173'
const servers: RunningServer[] = []

async function serve(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, functions: 0, logLevel: 'silent', ...options })
  servers.push(server)
  return server
}
afterAll(async () => {
  for (const server of servers) await server.close()
})

async function send(server: RunningServer, method: string, path: string, headers = {}, body?: string) {
  const response = await fetch(`${server.url}${path}`, { method, headers, body })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text }
}

describe('an admin write on a port must be one a page elsewhere cannot send without a preflight', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await serve()
  })

  it.each([
    ['no body, no content type', {}, undefined],
    ['text/plain', { 'content-type': 'text/plain' }, '{}'],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ['multipart', { 'content-type': 'multipart/form-data; boundary=x' }, '--x--'],
    ['text/plain that mentions JSON', { 'content-type': 'text/plain; application/json' }, '{}'],
  ])('refuses %s with a 403 naming what it needs', async (_case, headers, body) => {
    const answer = await send(server, 'POST', '/__admin/reset?all=true', headers, body)
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.text)).toMatchObject({
      error: expect.stringContaining('needs "Content-Type: application/json" (with a JSON body, or none)'),
      needs: ['content-type: application/json', 'x-mock-admin: 1'],
    })
    expect(answer.text).toContain('"x-mock-admin: 1"')
  })

  it.each([
    ['JSON', { 'content-type': 'application/json' }, '{}'],
    ['JSON with a charset', { 'content-type': 'Application/JSON; charset=utf-8' }, undefined],
    [
      'JSON, a space before its parameters',
      { 'content-type': 'application/json ; charset=utf-8' },
      undefined,
    ],
    ['x-mock-admin, no body', { 'x-mock-admin': '1' }, undefined],
    ['the token header (the dashboard sends it)', { authorization: 'Bearer anything' }, undefined],
  ])('accepts %s', async (_case, headers, body) => {
    expect((await send(server, 'POST', '/__admin/reset?all=true', headers, body)).status).toBe(200)
  })

  it('applies to DELETE too, and never to reads', async () => {
    expect((await send(server, 'DELETE', '/__admin/requests')).status).toBe(403)
    expect((await send(server, 'DELETE', '/__admin/requests', { 'x-mock-admin': '1' })).status).toBe(200)
    expect((await send(server, 'GET', '/__admin/requests')).status).toBe(200)
    expect((await send(server, 'GET', '/__admin/health')).status).toBe(200)
  })

  it('leaves the real server’s routes alone: they take any content type, as the real server does', async () => {
    const body = JSON.stringify({
      name: '0@svc@plain',
      runtime: 'python3.9',
      cpu: 500,
      memory: 256,
      timeout: 30,
    })
    const created = await send(
      server,
      'POST',
      '/serverless/v1/functions',
      { 'content-type': 'text/plain' },
      body,
    )
    expect(created.status).toBe(200)
  })
})

describe('browser headers that say the call comes from another origin', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await serve()
  })
  const json = { 'content-type': 'application/json' }

  it.each([
    ['another port', { origin: 'http://127.0.0.1:1' }],
    ['another host name', { origin: 'http://localhost' }],
    ['a sandboxed page (null)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (another port of the same host)', { 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with a 403 that names the way in', async (_case, headers) => {
    for (const [method, path] of [
      ['POST', '/__admin/reset?all=true'],
      ['GET', '/__admin/requests'],
    ] as const) {
      const answer = await send(server, method, path, { ...json, ...headers })
      expect(answer.status).toBe(403)
      const body = JSON.parse(answer.text) as { error: string; allowedOrigins: string[] }
      expect(body.error).toContain('/__admin refuses a call from a web page on another origin')
      expect(body.error).toContain('--admin-cors <its origin>')
      expect(body.allowedOrigins).toEqual([server.url])
    }
  })

  it('accepts its own origin (the dashboard) and a page the user opened directly', async () => {
    const own = { ...json, origin: server.url, 'sec-fetch-site': 'same-origin' }
    expect((await send(server, 'POST', '/__admin/reset', own)).status).toBe(200)
    expect((await send(server, 'GET', '/__admin/health', { 'sec-fetch-site': 'none' })).status).toBe(200)
  })

  it('still serves the dashboard’s empty page to a link from elsewhere (it holds no data)', async () => {
    const page = await send(server, 'GET', '/__admin/ui', { 'sec-fetch-site': 'cross-site' })
    expect(page.status).toBe(200)
    expect(
      (await send(server, 'GET', '/__admin/ui/data/requests', { 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403)
  })
})

describe('CORS', () => {
  const preflight = (origin: string) => ({ origin, 'access-control-request-method': 'POST' })

  it('--cors applies to the real server’s routes, never to /__admin', async () => {
    const server = await serve({ cors: true })
    const route = await send(server, 'GET', '/healthz', { origin: PAGE })
    expect(route.headers.get('access-control-allow-origin')).toBe(PAGE)
    expect((await send(server, 'OPTIONS', '/healthz', preflight(PAGE))).status).toBe(204)
    const admin = await send(server, 'OPTIONS', '/__admin/reset', preflight(PAGE))
    expect(admin.status).toBe(403)
    expect(admin.headers.get('access-control-allow-origin')).toBeNull()
    const read = await send(server, 'GET', '/__admin/health', {})
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('in-process too: a service with cors sends no CORS header from /__admin', async () => {
    const service = createMetaService({ functions: 0, cors: true })
    const answer = await service.fetch(
      new Request('http://fake.test/__admin/health', { headers: { origin: PAGE } }),
    )
    expect(answer.status).toBe(200)
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('--admin-cors lets one origin call /__admin from a browser, and no other', async () => {
    const server = await serve({ adminCors: PAGE })
    const allowed = await send(server, 'OPTIONS', '/__admin/reset', {
      ...preflight(PAGE),
      'access-control-request-headers': 'content-type',
    })
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PAGE)
    const reset = await send(server, 'POST', '/__admin/reset', {
      origin: PAGE,
      'sec-fetch-site': 'same-site',
      'content-type': 'application/json',
    })
    expect(reset.status).toBe(200)
    expect(reset.headers.get('access-control-allow-origin')).toBe(PAGE)
    const other = await send(server, 'OPTIONS', '/__admin/reset', preflight('http://127.0.0.1:5174'))
    expect(other.status).toBe(403)
    expect(JSON.parse(other.text)).toMatchObject({ allowedOrigins: [server.url, PAGE] })
    // --admin-cors is for /__admin only: the API's routes stay without CORS.
    const route = await send(server, 'GET', '/healthz', { origin: PAGE })
    expect(route.headers.get('access-control-allow-origin')).toBeNull()
    // Still a write a page can only send after a preflight.
    expect(
      (await send(server, 'POST', '/__admin/reset', { origin: PAGE, 'content-type': 'text/plain' })).status,
    ).toBe(403)
  })

  it.each([
    '*',
    'http://localhost:5173/',
    'http://localhost:5173/app',
    'localhost:5173',
    'ftp://host',
    'ws://localhost:5173',
    'null',
  ])('takes one origin for --admin-cors, not %j', async (value) => {
    expect(() => parseCliArgs(['--admin-cors', value])).toThrow(CliUsageError)
    expect(() => parseCliArgs(['--admin-cors', value])).toThrow(/--admin-cors takes one origin/)
    expect(() => createMetaService({ adminCors: value })).toThrow(/adminCors takes one origin/)
    await expect(startServer({ port: 0, adminCors: value })).rejects.toThrow(/adminCors takes one origin/)
  })

  it('reads --admin-cors from the command line', () => {
    expect(parseCliArgs(['--admin-cors', PAGE])).toMatchObject({ adminCors: PAGE, cors: false })
    expect(parseCliArgs([])).toMatchObject({ adminCors: undefined })
  })
})
