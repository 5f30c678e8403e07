import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { BaselineOrder } from '../../src/store/baseline-order.js'

// Issue 10: sessions share the baseline's query view (its records in write order) by reference (nothing is rebuilt per
// session), and every resource's write goes through the store's write revision.
const F = '/serverless/v1/functions'
const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) })
const inSession = (session: string, init: RequestInit = {}) => ({
  ...init,
  headers: { 'x-mock-session': session, 'content-type': 'application/json' },
})

describe('store copies', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('builds the baseline query view once, however many sessions list functions', async () => {
    const build = vi.spyOn(BaselineOrder, 'of')
    const service = createMetaService({ functions: 5 })
    await service.ready
    for (const session of ['a', 'b', 'c', 'd']) {
      const response = await service.app.request(`${F}?pageIndex=1&pageSize=100`, inSession(session))
      expect(((await response.json()) as { result: { total: number } }).result.total).toBeGreaterThan(0)
    }
    expect(build).toHaveBeenCalledTimes(1)
  })

  it("lists a session's own writes and not another's", async () => {
    const service = createMetaService({ functions: 3 })
    const body = { name: '0@lists@mine', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 }
    expect((await service.app.request(F, inSession('writer', json(body)))).status).toBe(200)
    const names = async (session: string) => {
      const response = await service.app.request(
        `${F}?name=lists&pageIndex=1&pageSize=10`,
        inSession(session),
      )
      const { result } = (await response.json()) as { result: { functions: Array<{ name: string }> | null } }
      return (result.functions ?? []).map((fn) => fn.name)
    }
    expect(await names('writer')).toEqual(['0@lists@mine'])
    expect(await names('reader')).toEqual([])
  })

  it('gives a reserve-instance write the next write revision', async () => {
    const service = createMetaService({ functions: 0 })
    await service.ready
    const revision = async () =>
      ((await (await service.app.request('/__admin/health')).json()) as { revision: number }).revision
    const before = await revision()
    const reserve = {
      funcName: '0@faaspy@hello2',
      version: '$latest',
      instanceLabel: 'label-a',
      instanceConfigInfos: [{ maxInstance: 2, minInstance: 1 }],
    }
    const saved = await service.app.request(`${F}/reserve-instance`, json(reserve))
    expect(saved.status).toBe(200)
    expect(await revision()).toBe(before + 1)
  })
})
