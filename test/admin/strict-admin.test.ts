import { beforeEach, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

const FUNCTIONS = '/serverless/v1/functions'
let service: MetaService

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const payload = body === undefined || typeof body === 'string' ? body : JSON.stringify(body)
  const response = await service.fetch(
    new Request(`http://fake.test${path}`, { method, body: payload, headers }),
  )
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

beforeEach(async () => {
  service = createMetaService({ functions: 0 })
  await service.ready
  await call('GET', `${FUNCTIONS}?pageIndex=1`)
  await call('GET', `${FUNCTIONS}/nope`, undefined, { 'x-mock-session': 't1' })
})

describe('the journal answers a filter it cannot apply with a 400 naming the key', () => {
  it('refuses the wrapped form {"filter":{…}} instead of counting every request', async () => {
    const answer = await call('POST', '/__admin/requests/count', { filter: { method: 'DELETE' } })
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ key: 'filter', error: 'unknown key "filter" in the body' })
    expect(answer.body.allowed).toEqual(['method', 'path', 'query', 'headers', 'session', 'json', 'status'])
  })

  it('refuses a misspelt key', async () => {
    const answer = await call('POST', '/__admin/requests/count', { methd: 'DELETE' })
    expect(answer).toMatchObject({ status: 400, body: { key: 'methd' } })
    expect(answer.body.allowed).toContain('method')
  })

  it('refuses a wrong type, naming the key', async () => {
    const answer = await call('POST', '/__admin/requests/find', { status: '404' })
    expect(answer).toMatchObject({ status: 400, body: { key: 'status' } })
    expect(String(answer.body.error)).toContain('"status" in the body')
  })

  it('names a nested mistake by its path', async () => {
    const answer = await call('POST', '/__admin/requests/find', { query: { name: { match: 'x' } } })
    expect(answer).toMatchObject({ status: 400, body: { key: 'query.name' } })
  })

  it('lists every mistake when there are several', async () => {
    const answer = await call('POST', '/__admin/requests/count', { methd: 'GET', status: 'x' })
    expect(answer.status).toBe(400)
    expect((answer.body.issues as Array<{ key: string }>).map((issue) => issue.key).sort()).toEqual([
      'methd',
      'status',
    ])
  })

  it('counts what the filter says when the body is right', async () => {
    expect((await call('POST', '/__admin/requests/count', { method: 'DELETE' })).body).toEqual({ count: 0 })
    expect((await call('POST', '/__admin/requests/count', { method: 'GET' })).body).toEqual({ count: 1 })
    expect((await call('POST', '/__admin/requests/count')).body).toEqual({ count: 1 })
  })

  it('refuses a body that is not an object or not JSON', async () => {
    expect((await call('POST', '/__admin/requests/find', '[1]')).status).toBe(400)
    const broken = await call('POST', '/__admin/requests/find', '{"method":')
    expect(broken.status).toBe(400)
    expect(String(broken.body.error)).toContain('not valid JSON')
  })
})

describe('the session is chosen by header or by ?session= on every admin route', () => {
  it('GET /__admin/requests?session=t1 reads t1’s journal', async () => {
    const { body } = await call('GET', '/__admin/requests?session=t1')
    expect((body.requests as Array<{ session: string }>).map((entry) => entry.session)).toEqual(['t1'])
  })

  it('POST /__admin/requests/count?session=t1 counts in t1', async () => {
    const answer = await call('POST', '/__admin/requests/count?session=t1', { status: 404 })
    expect(answer.body).toEqual({ count: 1 })
  })

  it('answers a header and a query that disagree with a 400', async () => {
    const answer = await call('GET', '/__admin/health?session=a', undefined, { 'x-mock-session': 'b' })
    expect(answer).toMatchObject({ status: 400, body: { key: 'session' } })
  })

  it('resets, snapshots and reports scenarios for the session the query names', async () => {
    expect((await call('POST', '/__admin/reset?session=t1')).body).toEqual({ reset: 'session "t1"' })
    expect((await call('POST', '/__admin/snapshots?session=t1')).body).toMatchObject({ session: 't1' })
    expect((await call('GET', '/__admin/scenarios?session=t1')).body).toMatchObject({ session: 't1' })
  })
})

describe('every admin query is validated', () => {
  it.each([
    ['GET', '/__admin/requests?methd=GET', 'methd'],
    ['GET', '/__admin/requests?status=abc', 'status'],
    ['GET', '/__admin/requests?method=GET&method=POST', 'method'],
    ['POST', '/__admin/reset?all=yes', 'all'],
    ['POST', '/__admin/reset?everything=true', 'everything'],
    ['GET', '/__admin/health?sesion=a', 'sesion'],
    ['GET', '/__admin/sessions?session=a', 'session'],
    ['GET', '/__admin/snapshots?session=a', 'session'],
    ['DELETE', '/__admin/sessions/t1?session=a', 'session'],
    ['DELETE', '/__admin/requests?path=x', 'path'],
  ])('%s %s is a 400 naming %s', async (method, path, key) => {
    const answer = await call(method, path)
    expect(answer).toMatchObject({ status: 400, body: { key } })
    expect(Array.isArray(answer.body.allowed)).toBe(true)
  })

  it('filters GET /__admin/requests by method, path and status', async () => {
    const { body } = await call('GET', `/__admin/requests?method=GET&status=200&path=${FUNCTIONS}`)
    expect(body.requests).toHaveLength(1)
    expect((await call('GET', '/__admin/requests?status=404')).body.requests).toHaveLength(0)
  })

  it('refuses a body on a route that takes none', async () => {
    const answer = await call('POST', '/__admin/reset', { all: true })
    expect(answer).toMatchObject({ status: 400, body: { key: 'all', allowed: [] } })
    expect((await call('POST', '/__admin/reset', {})).status).toBe(200)
  })
})
