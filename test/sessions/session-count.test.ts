import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

// `/__admin/health` counts the live sessions without listing them (`engine.sessionCount`): the count
// must follow creation, eviction past the pool's limit, and drops, as the list does.

describe('the live sessions counted by health', () => {
  it('is the number listed, through creation, eviction and a drop', async () => {
    const service = createMetaService({ functions: 0, sessions: { max: 2 } })
    await service.ready
    const health = async () =>
      (
        (await (await service.fetch(new Request('http://fake/__admin/health'))).json()) as {
          sessions: number
        }
      ).sessions
    const visit = (id: string) =>
      service.fetch(new Request('http://fake/serverless/v1/functions', { headers: { 'x-mock-session': id } }))
    await visit('a')
    expect(await health()).toBe(service.engine.listSessions().length)
    await visit('b')
    await visit('c')
    const listed = service.engine.listSessions().length
    expect(service.engine.sessionCount).toBe(listed)
    expect(await health()).toBe(listed)
    service.engine.dropSession('c')
    expect(await health()).toBe(listed - 1)
    expect(service.engine.sessionCount).toBe(service.engine.listSessions().length)
  })
})
