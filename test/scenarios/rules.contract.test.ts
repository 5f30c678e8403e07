import { expect, it } from 'vitest'
import type { ScenarioInput } from '../../src/index.js'
import { describeEveryFace } from '../support/every-face.js'
import { toJson } from '../support/outcome.js'

const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions'
const scenario = (rules: ScenarioInput['rules']): { scenarios: ScenarioInput[]; scenario: string } => ({
  scenarios: [{ name: 'test', rules }],
  scenario: 'test',
})

describeEveryFace(
  'a scripted response on the 2nd call',
  scenario([
    {
      match: { method: 'GET', path: '*/versions' },
      calls: { nth: 2 },
      respond: { status: 503, headers: { 'x-why': 'test' }, json: { busy: true } },
    },
  ]),
  (api) => {
    it('answers normally, then scripted, then normally again', async () => {
      const first = await api().send('GET', VERSIONS)
      const second = await api().send('GET', VERSIONS)
      const third = await api().send('GET', VERSIONS)
      expect(first).toMatchObject({ kind: 'response', status: 200 })
      expect(second).toMatchObject({
        kind: 'response',
        status: 503,
        contentType: 'application/json; charset=utf-8',
      })
      expect(toJson(second)).toEqual({ busy: true })
      expect(third).toMatchObject({ kind: 'response', status: 200 })
    })
  },
)

describeEveryFace(
  'a real-server error for the first 2 calls',
  scenario([
    {
      match: { path: '*/versions' },
      calls: { first: 2 },
      respond: { error: { code: 122002, message: 'etcd internal error' } },
    },
  ]),
  (api) => {
    it('answers 500 with an empty Content-Type twice, then recovers', async () => {
      const outcomes = [
        await api().send('GET', VERSIONS),
        await api().send('GET', VERSIONS),
        await api().send('GET', VERSIONS),
      ]
      expect(outcomes.map((o) => (o.kind === 'response' ? `${o.status}:${o.contentType}` : o.kind))).toEqual([
        '500:',
        '500:',
        '200:application/json; charset=utf-8',
      ])
      expect(toJson(outcomes[0] as never)).toEqual({ code: 122002, message: 'etcd internal error' })
    })
  },
)

describeEveryFace(
  'calls from/to, a raw body, and matching on query, headers and session',
  scenario([
    { match: { query: { pageSize: { matches: '^9+$' } } }, respond: { status: 418, body: 'teapot' } },
    { match: { headers: { 'X-Flavour': 'mint' } }, respond: { status: 202, body: 'mint' } },
    { match: { session: 'worker-7' }, respond: { status: 204 } },
    { match: { method: ['put', 'delete'] }, calls: { from: 2, to: 3 }, respond: { status: 409 } },
  ]),
  (api) => {
    it('matches a query parameter by regular expression', async () => {
      expect(await api().send('GET', `${VERSIONS}?pageSize=999`)).toMatchObject({
        status: 418,
        body: 'teapot',
      })
      expect(await api().send('GET', `${VERSIONS}?pageSize=5`)).toMatchObject({ status: 200 })
    })

    it('matches a header in any case, and the session header', async () => {
      expect(await api().send('GET', VERSIONS, undefined, { 'x-flavour': 'mint' })).toMatchObject({
        status: 202,
      })
      expect(await api().send('GET', VERSIONS, undefined, { 'x-mock-session': 'worker-7' })).toMatchObject({
        status: 204,
      })
    })

    it('fires on calls 2 to 3 only, counting every method it matches', async () => {
      const statuses = []
      for (let n = 0; n < 4; n++) {
        const outcome = await api().send(n % 2 ? 'PUT' : 'DELETE', '/serverless/v1/functions/nothing')
        statuses.push(outcome.kind === 'response' ? outcome.status : outcome.kind)
      }
      expect(statuses).toEqual([404, 409, 409, 500])
    })
  },
)

describeEveryFace(
  'scenario states',
  scenario([
    {
      name: 'break',
      match: { method: 'POST', path: '*/functions' },
      newState: 'broken',
      respond: { status: 201, body: 'ok' },
    },
    {
      name: 'broken lists',
      state: 'broken',
      match: { path: '*/versions' },
      respond: { status: 500, body: 'down' },
      newState: 'Started',
    },
  ]),
  (api) => {
    it('moves to a new state and back, rules firing only in theirs', async () => {
      expect(await api().send('GET', VERSIONS)).toMatchObject({ status: 200 })
      expect(await api().send('POST', '/serverless/v1/functions', '{}')).toMatchObject({ status: 201 })
      expect(await api().send('GET', VERSIONS)).toMatchObject({ status: 500, body: 'down' })
      expect(await api().send('GET', VERSIONS)).toMatchObject({ status: 200 })
    })
  },
)

describeEveryFace(
  'faults',
  scenario([
    { match: { path: '*/0@faaspy@hello2/versions' }, fault: 'drop' },
    { match: { path: '/serverless/v1/functions/0@svc@cut/versions' }, fault: 'truncate' },
    { match: { path: '/admin/v1/functions/0@svc@bad/versions' }, fault: 'malformed' },
    { match: { method: 'POST' }, fault: 'drop' },
  ]),
  (api) => {
    it('drops the connection without an answer', async () => {
      expect(await api().send('GET', VERSIONS)).toEqual({ kind: 'dropped' })
    })

    it('cuts a body short after the headers', async () => {
      expect(await api().send('GET', '/serverless/v1/functions/0@svc@cut/versions')).toEqual({
        kind: 'truncated',
        status: 200,
      })
    })

    it('answers a complete response whose JSON is malformed', async () => {
      const outcome = await api().send('GET', '/admin/v1/functions/0@svc@bad/versions')
      expect(outcome).toMatchObject({ kind: 'response', status: 200 })
      expect(() => toJson(outcome)).toThrow(SyntaxError)
    })

    it('does not carry out a dropped write', async () => {
      const body = { name: '0@svc@lost', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 }
      expect(await api().send('POST', '/serverless/v1/functions', body)).toEqual({ kind: 'dropped' })
      expect(await api().send('GET', '/serverless/v1/functions/0@svc@lost')).toMatchObject({ status: 404 })
    })
  },
)

describeEveryFace('a delay', scenario([{ match: { path: '*/versions' }, delay: { ms: 120 } }]), (api) => {
  it('waits at least the delay, then answers normally', async () => {
    const started = performance.now()
    const outcome = await api().send('GET', VERSIONS)
    expect(performance.now() - started).toBeGreaterThanOrEqual(110)
    expect(outcome).toMatchObject({ kind: 'response', status: 200 })
  })
})
