import { describe, expect, it, vi } from 'vitest'
import type { EngineChange } from '../../src/engine/meta-engine.js'
import { createMetaService } from '../../src/index.js'
import type { Logger } from '../../src/support/logger.js'

// The engine tells its listeners (the dashboard, a recording) about every observable change.

const F = '/serverless/v1/functions'
const scenario = {
  name: 'busy',
  rules: [{ match: { method: 'GET', path: '/busy' }, respond: { status: 503, body: '{"busy":true}' } }],
}

async function openService(logger?: Logger) {
  const service = createMetaService({ functions: 1, scenarios: [scenario], ...(logger ? { logger } : {}) })
  await service.ready
  const changes: EngineChange[] = []
  const stop = service.engine.onChange((change) => changes.push(change))
  return { service, engine: service.engine, changes, stop }
}

describe('engine changes', () => {
  it('tells each request with its session, its journal id and its outcome', async () => {
    const { service, engine, changes } = await openService()
    const response = await service.app.request(`${F}?pageIndex=1&pageSize=1`, {
      headers: { 'x-mock-session': 'watch' },
    })
    expect(response.status).toBe(200)
    const [entry] = engine.session('watch').journal.all()
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ kind: 'request', session: 'watch', entryId: entry?.id })
    expect(changes[0]?.kind === 'request' && changes[0].outcome.kind).toBe('answer')
  })

  it('tells session drops, resets and restores with the session, and scenario switches', async () => {
    const { engine, changes } = await openService()
    engine.session('a')
    engine.dropSession('a')
    await engine.reset({ session: 'b' })
    await engine.reset()
    const saved = engine.snapshot('c')
    engine.restore(saved, 'c')
    await engine.useScenario('busy')
    engine.resetScenarioState('c')
    expect(changes).toEqual([
      { kind: 'sessions', session: 'a' },
      { kind: 'sessions', session: 'b' },
      { kind: 'sessions' },
      { kind: 'sessions', session: 'c' },
      { kind: 'scenarios' },
      { kind: 'scenarios' },
    ])
  })

  it('logs a listener that throws and still tells the others; a stopped listener hears nothing', async () => {
    const logger: Logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
    const { engine, changes, stop } = await openService(logger)
    const failure = new Error('listener broke')
    engine.onChange(() => {
      throw failure
    })
    const later: EngineChange[] = []
    engine.onChange((change) => later.push(change))
    engine.dropSession('x')
    expect(logger.error).toHaveBeenCalledWith('a change listener failed', failure)
    expect(changes).toHaveLength(1)
    expect(later).toHaveLength(1)
    expect(stop()).toBe(true)
    engine.dropSession('y')
    expect(changes).toHaveLength(1)
    expect(later).toHaveLength(2)
  })
})

describe('engine sessions', () => {
  it('resets one session to the baseline and leaves the others', async () => {
    const { service, engine } = await openService()
    const create = (session: string) =>
      service.app.request(F, {
        method: 'POST',
        headers: { 'x-mock-session': session, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: '0@reset@one',
          runtime: 'python3.9',
          cpu: 500,
          memory: 256,
          timeout: 3,
        }),
      })
    expect((await create('a')).status).toBe(200)
    expect((await create('b')).status).toBe(200)
    const before = engine.session('a').state.store.recordCount
    await engine.reset({ session: 'a' })
    expect(engine.session('a').state.store.recordCount).toBe(before - 1)
    expect(engine.session('b').state.store.recordCount).toBe(before)
    await engine.reset()
    expect(engine.listSessions().map((session) => session.id)).not.toContain('b')
  })

  it('restarts a session scenario state, keeping its data', async () => {
    const { service, engine } = await openService()
    await engine.useScenario('busy')
    const busy = () => service.app.request('/busy', { headers: { 'x-mock-session': 's' } })
    expect((await busy()).status).toBe(503)
    const runtime = engine.session('s').runtime
    const store = engine.session('s').state.store
    engine.resetScenarioState('s')
    expect(engine.session('s').runtime).not.toBe(runtime)
    expect(engine.session('s').state.store).toBe(store)
  })

  it('tells every reload, with no active scenario and when one rebuilds the data', async () => {
    const { service, engine, changes } = await openService()
    // No scenario is active: both sides of the comparison are empty rule lists.
    expect(await engine.reloadScenarios([scenario])).toEqual({
      active: undefined,
      data: 'unchanged',
      rulesRestarted: false,
    })
    expect(changes).toEqual([{ kind: 'scenarios' }])
    await service.useScenario('busy')
    changes.length = 0
    const rebuilt = await engine.reloadScenarios([{ ...scenario, seed: 99 }])
    expect(rebuilt).toEqual({ active: 'busy', data: 'rebuilt', rulesRestarted: true })
    expect(changes).toEqual([{ kind: 'scenarios' }])
  })

  it('numbers journal entries upward across sessions', async () => {
    const { service, engine } = await openService()
    for (const session of ['a', 'b', 'a']) {
      await service.app.request('/healthz', { headers: { 'x-mock-session': session } })
    }
    const ids = [...engine.session('a').journal.all(), ...engine.session('b').journal.all()].map((e) => e.id)
    expect(ids).toHaveLength(3)
    expect(Math.min(...ids)).toBeGreaterThan(0)
    expect([...ids].sort((x, y) => x - y)).toEqual([ids[0], ids[2], ids[1]])
  })

  it('makes requests wait for the newest rebuild when an older, quicker one finishes first', async () => {
    const small = { name: 'small', functions: 0, docExample: false }
    const large = { name: 'large', functions: 40, docExample: false }
    const service = createMetaService({ functions: 1, scenarios: [small, large] })
    await service.ready
    const first = service.useScenario('small')
    const second = service.useScenario('large')
    await first
    // The small rebuild is done and the large one is not: a request must see the large baseline.
    const total = async () => {
      const response = await service.app.request(`${F}?pageIndex=1&pageSize=1`)
      return ((await response.json()) as { result: { total: number } }).result.total
    }
    const during = await total()
    await second
    expect(during).toBeGreaterThan(0)
    expect(during).toBe(await total())
  })
})
