import { expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

// Found by the differential harness's random sequences: publish answers the status stored in the
// latest record, which is empty after a create and `unavailable` once an update stored it.
const F = '/serverless/v1/functions'
const NAME = '0@svc@c'

async function publishStatus(updateFirst: boolean): Promise<string> {
  const service = createMetaService({ functions: 0, docExample: false })
  const request = async (method: string, path: string, body?: unknown) =>
    (await service.app.request(`${F}${path}`, { method, body: JSON.stringify(body) })).json() as Promise<{
      function?: { revisionId: string; status: string }
      result?: { revisionId: string }
    }>
  const created = await request('POST', '', {
    name: NAME,
    runtime: 'python3.9',
    cpu: 300,
    memory: 128,
    timeout: 3,
  })
  let revisionId = created.function?.revisionId as string
  if (updateFirst) {
    const updated = await request('PUT', `/${NAME}`, { revisionId, cpu: 300, memory: 128, timeout: 4 })
    revisionId = updated.result?.revisionId as string
  }
  const published = await request('POST', `/${NAME}/versions`, { revisionId, versionNumber: '1' })
  return published.function?.status as string
}

it('answers a publish with the status the latest record stores', async () => {
  expect(await publishStatus(false)).toBe('')
  expect(await publishStatus(true)).toBe('unavailable')
})
