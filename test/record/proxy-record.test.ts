import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { createUpstream } from '../../src/proxy/upstream.js'
import { startRecording } from '../../src/record/recording.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import { createProxyFake, createUpstreamFake, FUNCTIONS, officialFlow, runFlow } from './upstream-fake.js'

describe('proxy', () => {
  it('passes requests to the upstream and its answers back, journaled like any other', async () => {
    const upstream = createUpstreamFake()
    const proxy = createProxyFake(upstream)
    const viaProxy = await runFlow((request) => proxy.fetch(request), officialFlow('hello'))
    const alone = createUpstreamFake()
    const direct = await runFlow((request) => alone.fetch(request), officialFlow('hello'))
    expect(viaProxy).toEqual(direct)
    expect(proxy.journal.count({ method: 'GET', path: `${FUNCTIONS}/hello` })).toBe(4)
    expect(upstream.journal.count({ method: 'POST' })).toBe(2)
  })

  it('lets a scenario rule answer first, on top of the upstream', async () => {
    const upstream = createUpstreamFake()
    const rule = {
      match: { method: 'GET', path: FUNCTIONS },
      calls: { nth: 1 },
      respond: { error: { code: 1, message: 'x' } },
    }
    const proxy = createProxyFake(upstream, {
      scenarios: [{ name: 'fault', rules: [rule] }],
      scenario: 'fault',
    })
    const first = await proxy.fetch(new Request(`http://fake.test${FUNCTIONS}`))
    const second = await proxy.fetch(new Request(`http://fake.test${FUNCTIONS}`))
    expect(first.status).toBe(500)
    expect(second.status).toBe(200)
    expect(upstream.journal.count()).toBe(1)
  })

  it("answers the frontend's 502 when the upstream cannot be reached", async () => {
    const proxy = createMetaService({
      logLevel: 'silent',
      upstream: createUpstream({
        url: 'http://127.0.0.1:1',
        send: () => Promise.reject(new Error('ECONNREFUSED')),
      }),
    })
    const response = await proxy.fetch(new Request(`http://fake.test${FUNCTIONS}`))
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await response.text()).toBe('{"message":"failed to access meta service"}')
  })
})

describe('record', () => {
  it('turns a proxied session into a fixture that replays it, repeats in order', async () => {
    const proxy = createProxyFake(createUpstreamFake())
    const recording = startRecording(proxy.engine)
    const flow = officialFlow('hello')
    const recorded = await runFlow((request) => proxy.fetch(request), flow)
    recording.stop()
    const fixture = JSON.parse(JSON.stringify(await recording.toFixture({ name: 'recorded' })))
    const replay = createMetaService({
      logLevel: 'silent',
      scenarios: [parseScenario(fixture, 'recorded')],
      scenario: 'recorded',
    })
    expect(await runFlow((request) => replay.fetch(request), flow)).toEqual(recorded)
    // one request, three answers: missing before create, the function twice, missing after delete
    const gets = recorded.filter(
      (_, index) => flow[index]?.method === 'GET' && flow[index]?.path === `${FUNCTIONS}/hello`,
    )
    expect(gets.map((answer) => answer.status)).toEqual([404, 200, 200, 404])
    expect(gets[1]?.body).not.toBe(gets[2]?.body)
  })

  it('redacts credentials by default, and keeps them when told to', async () => {
    const proxy = createProxyFake(createUpstreamFake())
    const redacting = startRecording(proxy.engine)
    await runFlow((request) => proxy.fetch(request), officialFlow('a').slice(0, 1))
    redacting.stop()
    const text = JSON.stringify(await redacting.toFixture())
    expect(text).not.toContain('secret-token')
    expect(text).toContain('"x-auth":"REDACTED"')
    const keeping = startRecording(proxy.engine, { redactHeaders: [] })
    await runFlow((request) => proxy.fetch(request), officialFlow('a').slice(0, 1))
    expect(JSON.stringify(await keeping.toFixture())).toContain('secret-token')
  })

  it('starts and stops over /__admin', async () => {
    const proxy = createProxyFake(createUpstreamFake())
    const admin = (path: string) =>
      proxy.fetch(new Request(`http://fake.test/__admin${path}`, { method: 'POST' }))
    expect((await admin('/recording/start')).status).toBe(200)
    await runFlow((request) => proxy.fetch(request), officialFlow('b').slice(0, 2))
    const fixture = (await (await admin('/recording/stop?name=viaadmin')).json()) as {
      name: string
      rules: unknown[]
    }
    expect(fixture.name).toBe('viaadmin')
    expect(fixture.rules).toHaveLength(2)
    expect(() => parseScenario(fixture, 'viaadmin')).not.toThrow()
  })
})
