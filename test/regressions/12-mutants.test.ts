import { describe, expect, it } from 'vitest'
import { Journal, type JournalEntry } from '../../src/engine/journal.js'
import { createMetaService } from '../../src/index.js'
import { compileMatch, compileRule } from '../../src/scenarios/compile-rule.js'
import type { RequestFacts } from '../../src/scenarios/request-facts.js'
import { toDelayMs } from '../../src/scenarios/rule-response.js'
import { scenarioSchemas } from '../../src/scenarios/scenario-schema.js'
import { createBody } from '../contract/lifecycle/requests.js'

const { scenarioRuleSchema } = scenarioSchemas()

// Issue 12: six one-line bugs, tried by hand, that the whole suite let through. Each test here
// fails with its bug in place (checked by putting it back, and by Stryker).

const facts = (path: string, method = 'GET'): RequestFacts => ({
  method,
  path,
  query: new URLSearchParams(),
  headers: new Headers(),
  session: '',
})

describe("a rule's path pattern", () => {
  const matches = (pattern: string, path: string) =>
    compileMatch({ path: pattern })(facts(path)).every((result) => result.ok)

  it('matches one segment for :param, never across /', () => {
    expect(matches('/a/:name/b', '/a/x/b')).toBe(true)
    expect(matches('/a/:name/b', '/a/x/y/b')).toBe(false)
    expect(matches('/a/:name', '/a/x/y')).toBe(false)
  })

  it('matches the rest of the path, slashes included, for *', () => {
    expect(matches('/a/*', '/a/x/y/z')).toBe(true)
    expect(matches('*/versions', '/serverless/v1/functions/f/versions')).toBe(true)
    expect(matches('/a/*', '/b/x')).toBe(false)
  })

  it('takes the pattern literally outside :param and *', () => {
    expect(matches('/a.b', '/a.b')).toBe(true)
    expect(matches('/a.b', '/axb')).toBe(false)
  })
})

describe('near misses', () => {
  const entry = (id: number, method: string, path: string): JournalEntry => ({
    id,
    time: '2026-01-01T00:00:00.000Z',
    session: '',
    method,
    url: `http://fake.test${path}`,
    path,
    query: {},
    headers: {},
    body: '',
    rule: null,
    status: 200,
    outcome: 'response',
    durationMs: 0,
  })

  it('come closest first (most criteria met), then newest first', () => {
    const journal = new Journal(10)
    journal.record(entry(1, 'POST', '/x'))
    journal.record(entry(2, 'GET', '/x'))
    journal.record(entry(3, 'GET', '/y'))
    journal.record(entry(4, 'POST', '/y'))
    const misses = journal.nearMisses({ method: 'DELETE', path: '/y', status: 200 })
    expect(misses.map((miss) => miss.entry.id)).toEqual([4, 3, 2])
    expect(misses[0]?.differences).toEqual([
      { criterion: 'method', ok: false, expected: 'DELETE', actual: 'POST' },
    ])
    expect(journal.nearMisses({ method: 'DELETE' }, 1).map((miss) => miss.entry.id)).toEqual([4])
  })
})

describe('snapshots over /__admin', () => {
  it('keeps the newest 50, dropping the oldest', async () => {
    const service = createMetaService({ functions: 0 })
    const post = (path: string) => service.fetch(new Request(`http://fake.test${path}`, { method: 'POST' }))
    for (let n = 0; n < 51; n++) await post('/__admin/snapshots')
    const list = await service.fetch(new Request('http://fake.test/__admin/snapshots'))
    const { snapshots } = (await list.json()) as { snapshots: string[] }
    expect(snapshots).toHaveLength(50)
    expect(snapshots[0]).toBe('2')
    expect(snapshots.at(-1)).toBe('51')
    expect((await post('/__admin/snapshots/1/restore')).status).toBe(404)
    expect((await post('/__admin/snapshots/2/restore')).status).toBe(200)
  })
})

describe('reserve-instance', () => {
  it('refuses the same clusterId twice', async () => {
    const service = createMetaService({ functions: 0 })
    const send = (method: string, path: string, body: unknown) =>
      service.fetch(new Request(`http://fake.test${path}`, { method, body: JSON.stringify(body) }))
    expect((await send('POST', '/serverless/v1/functions', createBody({ kind: 'faas' }))).status).toBe(200)
    const config = { clusterId: 'cluster001', maxInstance: 5, minInstance: 1 }
    const answer = await send('POST', '/serverless/v1/functions/reserve-instance', {
      funcName: '0@svc@hello',
      version: 'latest',
      instanceLabel: 'label-1',
      instanceConfigInfos: [config, config],
    })
    expect(await answer.json()).toEqual({
      code: 4104,
      message: 'clusterID cluster001 is repeated. check input parameters',
    })
  })
})

describe('hot reload of scenarios', () => {
  const once = (status: number, extra: Record<string, unknown> = {}) => ({
    name: 'once',
    ...extra,
    rules: [{ match: { path: '/healthz' }, calls: { first: 1 }, respond: { status } }],
  })
  const healthz = async (service: ReturnType<typeof createMetaService>) =>
    (await service.fetch(new Request('http://fake.test/healthz'))).status

  it('restarts the rules when they change, and only then', async () => {
    const service = createMetaService({ functions: 0, scenarios: [once(503)], scenario: 'once' })
    expect(await healthz(service)).toBe(503)
    expect(await healthz(service)).toBe(200)
    const unchanged = await service.engine.reloadScenarios([{ ...once(503), description: 'same rules' }])
    expect(unchanged.rulesRestarted).toBe(false)
    expect(await healthz(service)).toBe(200)
    const changed = await service.engine.reloadScenarios([once(502)])
    expect(changed.rulesRestarted).toBe(true)
    expect(await healthz(service)).toBe(502)
    expect(await healthz(service)).toBe(200)
  })
})

describe('a delay range', () => {
  const delays = (delay: { min: number; max: number }) => {
    const compiled = compileRule(scenarioRuleSchema.parse({ delay }), 0)
    return Array.from({ length: 200 }, (_, call) => toDelayMs({ compiled, call: call + 1 }, 7))
  }

  it.each([
    { min: 10, max: 30 },
    { min: 30, max: 10 },
  ])('stays within %o, reaching both ends, whichever way it is written', (delay) => {
    const drawn = delays(delay)
    expect(Math.min(...drawn)).toBe(10)
    expect(Math.max(...drawn)).toBe(30)
  })

  it('is the same for the same seed, rule and call', () => {
    expect(delays({ min: 0, max: 1000 })).toEqual(delays({ min: 0, max: 1000 }))
  })
})
