import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import { BaselineOrder } from '../../src/store/baseline-order.js'

// Issue 25: the first function list built an @msw/data collection of every record on the request path
// (8 s at 100,000 records). The list now reads the baseline's write order, built when the baseline is
// sealed; nothing a request, a reset, a new session or a reload that keeps the data does builds it again.
const F = '/serverless/v1/functions'

async function listed(service: ReturnType<typeof createMetaService>, query = '', session = '') {
  const headers = session === '' ? undefined : { 'x-mock-session': session }
  const answer = await service.app.request(`${F}?pageSize=1000${query}`, { headers })
  const { result } = (await answer.json()) as {
    result: { total: number; functions: Array<{ name: string; versionNumber: string }> | null }
  }
  return { total: result.total, keys: (result.functions ?? []).map((f) => `${f.name}:${f.versionNumber}`) }
}

describe('the function list has no cold path', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('orders the baseline once at ready; lists, resets and new sessions build nothing', async () => {
    const build = vi.spyOn(BaselineOrder, 'of')
    const service = createMetaService({ functions: 8 })
    await service.ready
    expect(build).toHaveBeenCalledTimes(1)
    const first = await listed(service)
    expect(first.total).toBeGreaterThan(8)
    await service.reset()
    expect(await listed(service)).toEqual(first)
    expect(await listed(service, '&name=hello', 'fresh')).toEqual(await listed(service, '&name=hello'))
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('keeps the order through a reload that rewrites a loaded function, and lists the new one', async () => {
    const scenario = (versions: string[]) =>
      parseScenario({ name: 's', load: [{ name: 'loaded', versions }] }, 's')
    const service = createMetaService({ functions: 3, scenarios: [scenario(['1'])], scenario: 's' })
    await service.ready
    const build = vi.spyOn(BaselineOrder, 'of')
    expect((await listed(service, '&name=loaded')).keys.sort()).toEqual(['loaded:$latest', 'loaded:1'])
    const summary = await service.engine.reloadScenarios([scenario(['1', '2'])])
    expect(summary.data).toMatch(/^updated/)
    expect((await listed(service, '&name=loaded')).keys.sort()).toEqual([
      'loaded:$latest',
      'loaded:1',
      'loaded:2',
    ])
    expect(build).not.toHaveBeenCalled()
  })

  it('orders a rebuilt baseline at the rebuild, before any request reads it', async () => {
    const service = createMetaService({
      scenarios: [parseScenario({ name: 's', functions: 2 }, 's')],
      scenario: 's',
    })
    await service.ready
    const build = vi.spyOn(BaselineOrder, 'of')
    const before = await listed(service)
    await service.engine.reloadScenarios([parseScenario({ name: 's', functions: 4 }, 's')])
    expect(build).toHaveBeenCalledTimes(1)
    expect((await listed(service)).total).toBeGreaterThan(before.total)
    expect(build).toHaveBeenCalledTimes(1)
  })
})
