import { Hono } from 'hono'
import { beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { readAdminBody } from '../../src/admin/admin-input.js'
import { toAdminTokenRequired } from '../../src/admin/admin-token.js'
import { createMetaService, type MetaService } from '../../src/index.js'
import { recordingOf } from '../../src/record/recording.js'

// The admin answers a client reads, word for word where a mutation run (issue 23, session 8) found a
// change no other test noticed: the recording routes' bodies, the 404 before any recording, the 401's
// wording for a generated token, and a nested key named by its whole path.

let service: MetaService
beforeEach(async () => {
  service = createMetaService({ functions: 0, logLevel: 'silent' })
  await service.ready
})

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await service.fetch(new Request(`http://fake.test${path}`, { method, body, headers }))
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('/__admin/recording answers', () => {
  it('start answers that a recording is on with nothing in it yet', async () => {
    expect(await call('POST', '/__admin/recording/start')).toEqual({
      status: 200,
      body: { active: true, exchanges: 0 },
    })
  })

  it('start records the request headers named in redactHeaders as REDACTED, and no others', async () => {
    await call('POST', '/__admin/recording/start', '{"redactHeaders":["x-secret"]}')
    const headers = { 'x-secret': 'hush', authorization: 'Bearer visible' }
    await service.fetch(new Request('http://fake.test/serverless/v1/functions', { headers }))
    const [exchange] = (await recordingOf(service.engine)?.exchanges()) ?? []
    expect(exchange?.headers).toMatchObject({ 'x-secret': 'REDACTED', authorization: 'Bearer visible' })
  })

  it('stop before any start is a 404 saying what to do first', async () => {
    expect(await call('POST', '/__admin/recording/stop')).toEqual({
      status: 404,
      body: { error: 'nothing recorded: POST /__admin/recording/start first' },
    })
  })

  it('stop answers the fixture of what was recorded', async () => {
    await call('POST', '/__admin/recording/start')
    await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
    const stopped = await call('POST', '/__admin/recording/stop?name=kept')
    expect(stopped.status).toBe(200)
    expect(stopped.body).toMatchObject({ name: 'kept' })
    expect(stopped.body.rules).toHaveLength(1)
    expect((await call('GET', '/__admin/recording')).body).toMatchObject({ active: false, exchanges: 1 })
  })

  it('the status takes no ?session=: a recording is the whole fake’s', async () => {
    expect(await call('GET', '/__admin/recording?session=a')).toMatchObject({
      status: 400,
      body: { key: 'session', allowed: [] },
    })
  })
})

describe('the 401 without the token', () => {
  it('says a generated token was printed at start', async () => {
    const { error } = (await toAdminTokenRequired(true).json()) as { error: string }
    expect(error).toBe(
      'the /__admin surface needs the admin token (the fake listens beyond loopback, so it generated one ' +
        'and printed it at start): send "Authorization: Bearer <token>"',
    )
  })

  it('names where a given token comes from', async () => {
    const { error } = (await toAdminTokenRequired().json()) as { error: string }
    expect(error).toBe(
      'the /__admin surface needs the admin token (the one given with --admin-token or ' +
        'YR_META_MOCK_ADMIN_TOKEN (adminToken in code)): send "Authorization: Bearer <token>"',
    )
  })
})

describe('readAdminBody with a nested strict schema', () => {
  it('names an unknown nested key by its whole path', async () => {
    const schema = z.strictObject({ outer: z.strictObject({ inner: z.string().optional() }) })
    const app = new Hono().post('/', async (c) => {
      const checked = await readAdminBody(c, schema)
      return checked instanceof Response ? checked : c.json(checked.data)
    })
    const answer = await app.request('/', { method: 'POST', body: '{"outer":{"iner":"x"}}' })
    expect(answer.status).toBe(400)
    expect(await answer.json()).toEqual({
      error: 'unknown key "iner" in the body',
      key: 'outer.iner',
      allowed: ['outer'],
    })
  })
})
