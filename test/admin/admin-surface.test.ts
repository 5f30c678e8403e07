import { beforeEach, describe, expect, it } from 'vitest'
import { hasAdminToken, sameInConstantTime, toAdminTokenRequired } from '../../src/admin/admin-token.js'
import { createMetaService, type MetaService } from '../../src/index.js'

// The admin surface's answers, field by field: what a consumer reads from them.
const FUNCTIONS = '/serverless/v1/functions'
let service: MetaService

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await service.fetch(new Request(`http://fake.test${path}`, { method, body, headers }))
  const text = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>,
  }
}

beforeEach(async () => {
  service = createMetaService({
    functions: 0,
    scenarios: [
      { name: 'calm', description: 'nothing happens' },
      { name: 'other', rules: [{ name: 'teapot', match: { path: '/healthz' }, respond: { status: 418 } }] },
      { name: 'third', rules: [{ name: 'kettle', match: { path: '/nowhere' } }] },
    ],
    scenario: 'calm',
  })
  await service.ready
})

describe('admin answers', () => {
  it('are indented JSON with a trailing newline', async () => {
    const answer = await call('GET', '/__admin/health')
    expect(answer.contentType).toBe('application/json; charset=utf-8')
    expect(answer.text).toBe(`${JSON.stringify(answer.body, null, 2)}\n`)
  })

  it('health reports the scenario, the sessions and the session’s store', async () => {
    await call('GET', FUNCTIONS, undefined, { 'x-mock-session': 's1' })
    const health = await call('GET', '/__admin/health?session=s1')
    expect(health.body).toMatchObject({ status: 'ok', scenario: 'calm', sessions: 1 })
    expect(health.body.revision).toBe(service.engine.session('s1').state.store.revision)
    expect(health.body.records).toBe(service.engine.session('s1').state.store.recordCount)
    expect(health.body.records).toBeGreaterThan(0)
    await call('DELETE', '/__admin/scenarios/active')
    expect((await call('GET', '/__admin/health')).body.scenario).toBeNull()
  })

  it('reset names what it reset: the session, or all with ?all=true', async () => {
    await call('POST', `${FUNCTIONS}`, '{}', { 'x-mock-session': 's1' })
    expect((await call('POST', '/__admin/reset', undefined, { 'x-mock-session': 's1' })).body).toEqual({
      reset: 'session "s1"',
    })
    expect((await call('POST', '/__admin/reset?all=false')).body).toEqual({ reset: 'session ""' })
    expect((await call('POST', '/__admin/reset?all=true')).body).toEqual({ reset: 'all sessions' })
  })

  it('reset of one session leaves the others', async () => {
    await call('GET', '/healthz', undefined, { 'x-mock-session': 'keep' })
    await call('GET', '/healthz', undefined, { 'x-mock-session': 'drop' })
    await call('POST', '/__admin/reset?session=drop')
    expect(service.engine.session('keep').journal.all()).toHaveLength(1)
    expect(service.engine.session('drop').journal.all()).toHaveLength(0)
  })

  it('the scenario report lists every scenario, its description, and counts only for the active one', async () => {
    await call('POST', '/__admin/scenarios/other/activate')
    await call('GET', '/healthz')
    const report = await call('GET', '/__admin/scenarios')
    expect(report.body).toEqual({
      session: '',
      active: 'other',
      state: 'Started',
      scenarios: [
        { name: 'calm', description: 'nothing happens', active: false, rules: [] },
        {
          name: 'other',
          description: '',
          active: true,
          rules: [{ rule: 'teapot', match: { path: '/healthz' }, matchedCalls: 1 }],
        },
        {
          name: 'third',
          description: '',
          active: false,
          rules: [{ rule: 'kettle', match: { path: '/nowhere' }, matchedCalls: 0 }],
        },
      ],
    })
    const inAnotherSession = await call('GET', '/__admin/scenarios?session=x')
    expect(inAnotherSession.body.session).toBe('x')
    const [, other] = inAnotherSession.body.scenarios as Array<{ rules: Array<{ matchedCalls: number }> }>
    expect(other?.rules[0]?.matchedCalls).toBe(0)
    const none = await call('DELETE', '/__admin/scenarios/active')
    expect(none.body).toMatchObject({ active: null, state: null })
  })

  it('scenario reset restarts the counts of the session named', async () => {
    await call('POST', '/__admin/scenarios/other/activate')
    await call('GET', '/healthz', undefined, { 'x-mock-session': 'a' })
    await call('GET', '/healthz', undefined, { 'x-mock-session': 'b' })
    const reset = await call('POST', '/__admin/scenarios/active/reset?session=a')
    const counts = (body: Record<string, unknown>) =>
      (body.scenarios as Array<{ rules: Array<{ matchedCalls: number }> }>)[1]?.rules[0]?.matchedCalls
    expect(counts(reset.body)).toBe(0)
    expect(counts((await call('GET', '/__admin/scenarios?session=b')).body)).toBe(1)
  })

  it('an unknown scenario is a 404 listing the known ones', async () => {
    const answer = await call('POST', '/__admin/scenarios/nope/activate')
    expect(answer.status).toBe(404)
    expect(answer.body.known).toEqual(['calm', 'other', 'third'])
  })

  it('sessions are listed with their times and request counts, and dropped by id', async () => {
    await call('GET', '/healthz', undefined, { 'x-mock-session': 's1' })
    await call('GET', '/healthz', undefined, { 'x-mock-session': 's1' })
    const { body } = await call('GET', '/__admin/sessions')
    const [s1] = body.sessions as Array<Record<string, unknown>>
    expect(s1).toMatchObject({ id: 's1', requests: 2 })
    expect(new Date(String(s1?.createdAt)).toISOString()).toBe(s1?.createdAt)
    expect(Date.parse(String(s1?.lastUsedAt))).toBeGreaterThanOrEqual(Date.parse(String(s1?.createdAt)))
    expect((await call('DELETE', '/__admin/sessions/s1')).body).toEqual({ dropped: 's1' })
    const again = await call('DELETE', '/__admin/sessions/s1')
    expect(again).toMatchObject({ status: 404, body: { error: 'no session "s1"' } })
  })

  it('snapshots restore the session named, and a missing one lists those kept', async () => {
    const taken = await call('POST', '/__admin/snapshots?session=a')
    expect(taken.body).toEqual({ id: '1', session: 'a' })
    expect((await call('GET', '/__admin/snapshots')).body).toEqual({ snapshots: ['1'] })
    const restored = await call('POST', '/__admin/snapshots/1/restore', undefined, { 'x-mock-session': 'b' })
    expect(restored.body).toEqual({ restored: '1', session: 'b' })
    const missing = await call('POST', '/__admin/snapshots/9/restore')
    expect(missing).toMatchObject({ status: 404, body: { error: 'no snapshot "9"', snapshots: ['1'] } })
  })

  it('clears the journal of the session named only', async () => {
    await call('GET', '/healthz', undefined, { 'x-mock-session': 'a' })
    await call('GET', '/healthz')
    expect((await call('DELETE', '/__admin/requests?session=a')).body).toEqual({ cleared: true })
    expect(service.engine.session('a').journal.all()).toHaveLength(0)
    expect(service.engine.session('').journal.all()).toHaveLength(1)
  })

  it('find returns the matches and the near misses', async () => {
    await call('GET', '/healthz')
    const { body } = await call('POST', '/__admin/requests/find', '{"method":"POST","path":"/healthz"}')
    expect(body.requests).toEqual([])
    expect(body.nearMisses).toHaveLength(1)
  })

  it('validates the query of every route, those about all sessions included', async () => {
    for (const [method, path] of [
      ['POST', '/__admin/scenarios/calm/activate?x=1'],
      ['DELETE', '/__admin/sessions/s1?x=1'],
      ['GET', '/__admin/snapshots?x=1'],
      ['GET', '/__admin/sessions?x=1'],
      ['POST', '/__admin/snapshots/1/restore?x=1'],
      ['DELETE', '/__admin/scenarios/active?x=1'],
      ['POST', '/__admin/scenarios/active/reset?x=1'],
      ['GET', '/__admin/scenarios?x=1'],
    ])
      expect((await call(method as string, path as string)).body).toMatchObject({ key: 'x' })
  })

  it('serves the dashboard under /__admin/ui', async () => {
    const page = await service.fetch(new Request('http://fake.test/__admin/ui'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect((await service.fetch(new Request('http://fake.test/__admin/data/sessions'))).status).toBe(404)
  })

  it('an unmatched admin call is a 404 listing the admin routes', async () => {
    const answer = await call('GET', '/__admin/nothing')
    expect(answer.status).toBe(404)
    expect(answer.body.error).toBe('no admin route GET /__admin/nothing')
    expect((answer.body.routes as string[]).map((line) => line.replace(/\s+/g, ' '))).toContain(
      'POST /__admin/requests/count',
    )
  })
})

describe('admin input errors', () => {
  it('say which key, once, and list the allowed keys; several mistakes come as issues', async () => {
    const one = await call('POST', '/__admin/requests/count', '{"methd":"GET"}')
    expect(one.body).toEqual({
      error: 'unknown key "methd" in the body',
      key: 'methd',
      allowed: ['method', 'path', 'query', 'headers', 'session', 'json', 'status'],
    })
    const wrongType = await call('POST', '/__admin/requests/count', '{"method":1}')
    expect(wrongType.body.error).toMatch(/^"method" in the body: /)
    const arrayInBody = await call('POST', '/__admin/requests/count', '{"path":["a"]}')
    expect(arrayInBody.body).toMatchObject({ key: 'path' })
    expect(arrayInBody.body.error).toMatch(/^"path" in the body: /)
    const two = await call('POST', '/__admin/requests/count', '{"a":1,"b":2}')
    expect(two.body).toMatchObject({ error: 'unknown key "a", "b" in the body', key: 'a' })
  })

  it('name a query key given twice', async () => {
    const answer = await call('GET', '/__admin/requests?status=200&status=404')
    expect(answer.body).toMatchObject({
      error: '"status" is given more than once in the query (200, 404)',
      key: 'status',
      allowed: ['session', 'method', 'path', 'status'],
    })
  })

  it('name both sessions when header and query differ; the same value twice is fine', async () => {
    const answer = await call('GET', '/__admin/health?session=a', undefined, { 'x-mock-session': 'b' })
    expect(answer.body).toEqual({
      error: 'the session is given twice and differs: ?session="a" and x-mock-session: "b"; give one',
      key: 'session',
      allowed: ['?session=', 'x-mock-session'],
    })
    const same = await call('GET', '/__admin/health?session=a', undefined, { 'x-mock-session': 'a' })
    expect(same.status).toBe(200)
  })

  it('say what a body must be', async () => {
    const notObject = await call('POST', '/__admin/requests/find', '"x"')
    expect(notObject.body).toEqual({
      error:
        'the body must be a JSON object with the keys "method", "path", "query", "headers", "session", "json", "status"',
      allowed: ['method', 'path', 'query', 'headers', 'session', 'json', 'status'],
    })
    const notJson = await call('POST', '/__admin/requests/find', '{')
    expect(notJson.body.allowed).toEqual(['method', 'path', 'query', 'headers', 'session', 'json', 'status'])
    expect(String(notJson.body.error)).toMatch(/^the body is not valid JSON: /)
    expect((await call('POST', '/__admin/requests/find', '  \n')).status).toBe(200)
    const nullBody = await call('POST', '/__admin/reset', 'null')
    expect(nullBody).toMatchObject({ status: 400, body: { allowed: [] } })
    expect(String(nullBody.body.error)).toMatch(/^the body must be a JSON object/)
  })

  it('a status filter in the query must be a three-digit status', async () => {
    expect((await call('GET', '/__admin/requests?status=2000')).status).toBe(400)
    expect((await call('GET', '/__admin/requests?status=099')).status).toBe(400)
    expect((await call('GET', '/__admin/requests?status=x200')).status).toBe(400)
    expect((await call('GET', '/__admin/requests?status=599')).status).toBe(200)
  })
})

describe('the admin token', () => {
  const withHeaders = (headers: Record<string, string>) => new Request('http://fake.test/', { headers })

  it('is read from Authorization: Bearer (any case, any spaces) or x-admin-token', () => {
    expect(hasAdminToken(withHeaders({ authorization: 'Bearer s3cret' }), 's3cret')).toBe(true)
    expect(hasAdminToken(withHeaders({ authorization: 'bearer   s3cret' }), 's3cret')).toBe(true)
    expect(hasAdminToken(withHeaders({ 'x-admin-token': 's3cret' }), 's3cret')).toBe(true)
    expect(hasAdminToken(withHeaders({}), 's3cret')).toBe(false)
    expect(hasAdminToken(withHeaders({ authorization: 'Basic s3cret' }), 's3cret')).toBe(false)
    // "Bearer" counts only as the header's first word.
    expect(hasAdminToken(withHeaders({ authorization: 'aBearer b' }), 'ab')).toBe(false)
  })

  it('must match exactly: same length or not, every character', () => {
    expect(sameInConstantTime('s3cret', 's3cret')).toBe(true)
    expect(sameInConstantTime('s3creT', 's3cret')).toBe(false)
    expect(sameInConstantTime('S3cret', 's3cret')).toBe(false)
    expect(sameInConstantTime('s3cre', 's3cret')).toBe(false)
    expect(sameInConstantTime('s3crett', 's3cret')).toBe(false)
    expect(sameInConstantTime('', '')).toBe(true)
  })

  it('is asked for with a 401 and WWW-Authenticate: Bearer', async () => {
    const answer = toAdminTokenRequired()
    expect(answer.status).toBe(401)
    expect(answer.headers.get('www-authenticate')).toBe('Bearer')
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const { error } = (await answer.json()) as { error: string }
    expect(error).toContain('the /__admin surface needs the admin token (the one given with --admin-token')
    expect(error).toContain('YR_META_MOCK_ADMIN_TOKEN')
  })
})
