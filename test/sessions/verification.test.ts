import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Journal } from '../../src/engine/journal.js'
import { SessionPool } from '../../src/engine/session-pool.js'
import { createAdminClient, createMetaService, metaMockMatchers } from '../../src/index.js'
import { type RunningServer, startServer } from '../../src/node/index.js'
// The matcher's types as yr-meta-mock/vitest declares them (a Promise on an admin client).
import type {} from '../../src/vitest/index.js'

expect.extend(metaMockMatchers)
const VERSIONS = 'http://fake.test/serverless/v1/functions/0@faaspy@hello2/versions'

describe('toHaveReceived on a service', () => {
  it('passes when a matching request was received, with times and session', async () => {
    const service = createMetaService({ functions: 0 })
    await service.fetch(new Request(`${VERSIONS}?pageSize=1`))
    await service.fetch(new Request(VERSIONS, { headers: { 'x-mock-session': 's' } }))
    expect(service).toHaveReceived(
      { method: 'GET', path: '/serverless/v1/functions/:name/versions' },
      { times: 1 },
    )
    expect(service).toHaveReceived({ query: { pageSize: '1' } })
    expect(service).toHaveReceived({ path: '*/versions' }, { session: 's', times: 1 })
    expect(service).not.toHaveReceived({ method: 'POST' })
  })

  it('lists the nearest requests and how they differ when it fails', async () => {
    const service = createMetaService({ functions: 0 })
    await service.fetch(new Request(VERSIONS))
    expect(() => expect(service).toHaveReceived({ method: 'POST', path: '*/versions' })).toThrow(
      [
        'expected at least 1 request matching {"method":"POST","path":"*/versions"}, received 0.',
        'Nearest requests received:',
        '  #1 GET /serverless/v1/functions/0@faaspy@hello2/versions → 200',
        '      method: expected POST, got GET',
      ].join('\n'),
    )
  })

  it('says so when nothing was received at all', () => {
    const service = createMetaService({ functions: 0 })
    expect(() => expect(service).toHaveReceived({ method: 'GET' }, { times: 2 })).toThrow(
      'No request was received at all.',
    )
  })

  it('finds, counts and clears through the journal API', async () => {
    const service = createMetaService({ functions: 0 })
    await service.fetch(new Request(VERSIONS))
    expect(service.journal.count({ status: 200 })).toBe(1)
    service.journal.clear()
    expect(service.journal.find()).toEqual([])
  })
})

describe('toHaveReceived over HTTP', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, functions: 0 })
  })
  afterAll(() => server.close())

  it('checks a session of a real server through an admin client (awaited)', async () => {
    const client = createAdminClient(server.url, { session: 'remote' })
    await client.fetch('/serverless/v1/functions/0@faaspy@hello2/versions')
    await expect(client).toHaveReceived({ method: 'GET', path: '*/versions' }, { times: 1 })
    await expect(expect(client).toHaveReceived({ method: 'DELETE' })).rejects.toThrow(
      'method: expected DELETE, got GET',
    )
    expect(await client.count()).toBe(1)
    await client.reset()
    expect(await client.count()).toBe(0)
  })
})

describe('programmatic reset, snapshot and restore', () => {
  it('snapshots a session and restores it later', async () => {
    const service = createMetaService({ functions: 0 })
    const create = (name: string) =>
      service.fetch(
        new Request('http://fake.test/serverless/v1/functions', {
          method: 'POST',
          body: JSON.stringify({ name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 }),
        }),
      )
    await create('kept')
    const snapshot = service.snapshot()
    await create('later')
    service.restore(snapshot)
    const status = async (name: string) =>
      (await service.fetch(new Request(`http://fake.test/serverless/v1/functions/${name}`))).status
    expect([await status('kept'), await status('later')]).toEqual([200, 404])
    await service.reset()
    expect(await status('kept')).toBe(404)
  })
})

describe('session expiry', () => {
  it('drops sessions idle longer than the limit, never the default one', () => {
    let now = 0
    const pool = new SessionPool(
      { max: 10, idleMs: 1000 },
      (id) => ({ id, lastUsedAt: now, journal: new Journal(1) }) as never,
      () => now,
    )
    pool.get('')
    pool.get('a')
    now = 900
    pool.get('b')
    now = 1500
    pool.get('b')
    expect(pool.list().map((session) => session.id)).toEqual(['', 'b'])
  })
})

describe('MSW handlers bound to a session', () => {
  it('put intercepted requests in that session', async () => {
    const { setupServer } = await import('msw/node')
    const { createHandlers } = await import('../../src/msw/index.js')
    const service = createMetaService({ functions: 0 })
    const server = setupServer(...createHandlers(service, { baseUrl: 'http://fake.test', session: 'test-7' }))
    server.listen({ onUnhandledRequest: 'error' })
    try {
      await fetch(VERSIONS)
    } finally {
      server.close()
    }
    expect(service).toHaveReceived({ path: '*/versions' }, { session: 'test-7', times: 1 })
    expect(service.journal.count()).toBe(0)
  })
})
