import { describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'

const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=10'
const PUBLISH = '/serverless/v1/functions/0@faaspy@hello2/versions'

async function openService() {
  const service = createMetaService({ functions: 2 })
  await service.ready
  const routed = vi.spyOn(service.engine.realServer, 'handle')
  const get = async (path: string, headers: Record<string, string> = {}) =>
    (await service.app.request(path, { headers })).text()
  return { service, routed, get }
}

describe('the answer cache', () => {
  it('keeps a GET answered twice on unchanged data, and answers it from the same bytes after', async () => {
    const { routed, get } = await openService()
    const first = await get(VERSIONS)
    expect(await get(VERSIONS)).toBe(first)
    expect(routed).toHaveBeenCalledTimes(2)
    expect(await get(VERSIONS)).toBe(first)
    expect(await get(VERSIONS)).toBe(first)
    expect(routed).toHaveBeenCalledTimes(2)
  })

  it('answers a write at once: the next GET is routed again and shows it', async () => {
    const { service, routed, get } = await openService()
    const before = JSON.parse(await get(VERSIONS)) as { pageInfo: { total: number } }
    const latest = JSON.parse(await get('/serverless/v1/functions/0@faaspy@hello2')) as {
      function: { revisionId: string }
    }
    const body = JSON.stringify({ revisionId: latest.function.revisionId })
    const published = await service.app.request(PUBLISH, { method: 'POST', body })
    expect(published.status).toBe(200)
    const after = JSON.parse(await get(VERSIONS)) as { pageInfo: { total: number } }
    expect(after.pageInfo.total).toBe(before.pageInfo.total + 1)
    const routedLists = routed.mock.calls.filter(([request]) => request.url.endsWith('pageSize=10'))
    expect(routedLists).toHaveLength(2)
  })

  it('keeps answers apart by tenant and by session', async () => {
    const { routed, get } = await openService()
    await get(VERSIONS)
    await get(VERSIONS, { 'x-tenant-id': 'other' })
    await get(VERSIONS, { 'x-mock-session': 's1' })
    expect(routed).toHaveBeenCalledTimes(3)
  })

  it('still journals every request it answers', async () => {
    const { service, get } = await openService()
    await get(VERSIONS)
    await get(VERSIONS)
    expect(service.journal.count({ method: 'GET', path: '*/versions' })).toBe(2)
  })
})
