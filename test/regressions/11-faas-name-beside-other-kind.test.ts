import { expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

// Found by the differential harness's random sequences: the real server looks for the latest record
// of the kind being created, so a faas function may take the name of a function of another kind.
const F = '/serverless/v1/functions'
const body = (kind?: string) =>
  JSON.stringify({ name: '0@svc@c', runtime: 'python3.9', cpu: 300, memory: 128, timeout: 3, kind })

it('creates a faas function beside a function of another kind with the same name, but not twice', async () => {
  const service = createMetaService({ functions: 0, docExample: false })
  const create = (kind?: string) => service.app.request(F, { method: 'POST', body: body(kind) })
  expect((await create()).status).toBe(200)
  expect((await create('faas')).status).toBe(200)
  const again = await create('faas')
  expect(again.status).toBe(500)
  expect(await again.json()).toEqual({
    code: 4101,
    message: 'the function name already exists. rename your function',
  })
  expect((await create()).status).toBe(500)
})
