import { expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

// Found in session 10 beside issue 25: a map key `__proto__` was lost. The decoder and `GoMap` set
// keys by assignment, which for `__proto__` sets the object's prototype (or does nothing for a
// string), so the fake answered `{"A":"b"}` where Go keeps `{"A":"b","__proto__":"x"}`; and the
// admin query's `?__proto__=` was reported as unknown keys "0", "1".

const json = { 'content-type': 'application/json' }

async function createWith(service: ReturnType<typeof createMetaService>, name: string, extra: string) {
  const body = `{"name":"0@base@${name}","runtime":"python3.9","memory":500,"cpu":500,"timeout":30,${extra}}`
  return service.app.request('/serverless/v1/functions', { method: 'POST', body, headers: json })
}

it('keeps a map key named __proto__, in Go order, in the answer and the store', async () => {
  const service = createMetaService({ functions: 0 })
  await service.ready
  const created = await createWith(
    service,
    'proto',
    '"environment":{"__proto__":"x","A":"b"},"customResources":{"__proto__":1}',
  )
  expect(created.status).toBe(200)
  expect(await created.text()).toContain('"environment":{"A":"b","__proto__":"x"}')
  const read = await (await service.app.request('/serverless/v1/functions/0@base@proto')).text()
  expect(read).toContain('"environment":{"A":"b","__proto__":"x"}')
  expect(read).toContain('"customResources":{"__proto__":1}')
})

it('keeps __proto__ beside a repeated map field (the merged path)', async () => {
  const service = createMetaService({ functions: 0 })
  await service.ready
  const created = await createWith(
    service,
    'merged',
    '"environment":{"B":"1"},"environment":{"__proto__":"y"}',
  )
  expect(created.status).toBe(200)
  expect(await created.text()).toContain('"environment":{"B":"1","__proto__":"y"}')
})

it('names __proto__ as the unknown key of an admin query', async () => {
  const service = createMetaService({ functions: 0 })
  await service.ready
  for (const query of ['?__proto__=x', '?__proto__=x&__proto__=y', '?method=GET&__proto__=x']) {
    const answer = await service.app.request(`/__admin/requests${query}`)
    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({
      key: '__proto__',
      error: 'unknown key "__proto__" in the query',
    })
  }
})
