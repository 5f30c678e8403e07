import { describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

// Issue 26: the dashboard and /__admin/snapshots kept two snapshot stores whose ids collided:
// each listed its own "1", and restoring "1" restored different data depending on where.

const F = '/serverless/v1/functions'
const NEW_FUNCTION = { name: 'added', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 60 }

async function call(service: MetaService, method: string, path: string, body?: unknown) {
  const init = { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }
  const response = await service.fetch(new Request(`http://fake.test${path}`, method === 'GET' ? {} : init))
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
const total = async (service: MetaService) =>
  ((await call(service, 'GET', `${F}?pageIndex=1&pageSize=5`)).body.result as { total: number }).total

describe('snapshots from the dashboard and from /__admin/snapshots', () => {
  it('share one id space: each lists both, and an id restores the same data from either place', async () => {
    const service = createMetaService({ functions: 0 })
    await service.ready
    const before = await total(service)
    expect((await call(service, 'POST', '/__admin/snapshots')).body).toEqual({ id: '1', session: '' })
    expect((await call(service, 'POST', F, NEW_FUNCTION)).status).toBe(200)
    expect(await call(service, 'POST', '/__admin/ui/actions/snapshot', { session: 's:' })).toEqual({
      status: 200,
      body: { done: 'snapshot 2 of the default session taken' },
    })
    expect((await call(service, 'GET', '/__admin/snapshots')).body).toEqual({ snapshots: ['1', '2'] })
    const listed = (await call(service, 'GET', '/__admin/ui/data/sessions')).body.snapshots as {
      id: string
    }[]
    expect(listed.map(({ id }) => id)).toEqual(['2', '1'])

    // "1" (before the function was created), restored from the dashboard, then "2" from the admin surface.
    expect(
      (await call(service, 'POST', '/__admin/ui/actions/restore', { id: '1', session: 's:' })).status,
    ).toBe(200)
    expect(await total(service)).toBe(before)
    expect((await call(service, 'POST', '/__admin/snapshots/2/restore')).status).toBe(200)
    expect(await total(service)).toBe(before + 1)
    expect((await call(service, 'POST', '/__admin/snapshots/1/restore')).status).toBe(200)
    expect(await total(service)).toBe(before)
  })
})
