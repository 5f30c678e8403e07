import { expect, it } from 'vitest'
import { createMetaService } from '../../../src/index.js'
import type { VersionRecord } from '../../../src/model/version-record.js'
import { createBody, FUNCTIONS } from './requests.js'

const SCOPE = { businessId: 'yrk', tenantId: 'default', productId: '' }
const options = { functions: 0, docExample: false, logLevel: 'silent' } as const

async function send(
  service: ReturnType<typeof createMetaService>,
  method: string,
  path: string,
  body?: unknown,
) {
  const init = body === undefined ? { method } : { method, body: JSON.stringify(body) }
  return (await service.fetch(new Request(`http://fake.test${path}`, init))).json() as Promise<unknown>
}

const listed = async (service: ReturnType<typeof createMetaService>) => {
  const answer = (await send(service, 'GET', `${FUNCTIONS}?pageIndex=1&pageSize=10`)) as {
    result: { functions: { name: string; versionNumber: string }[] }
  }
  return answer.result.functions.map((fn) => `${fn.name}:${fn.versionNumber}`)
}

it('stores java8 of a faas function as java8, and java8 of another kind as java1.8', async () => {
  const service = createMetaService(options)
  await send(service, 'POST', FUNCTIONS, createBody({ name: '0@svc@faas', kind: 'faas', runtime: 'java8' }))
  await send(service, 'POST', FUNCTIONS, createBody({ name: '0@svc@other', runtime: 'java8' }))
  const runtimes = (await send(service, 'GET', `${FUNCTIONS}?pageIndex=1&pageSize=10`)) as {
    result: { functions: { name: string; runtime: string }[] }
  }
  expect(runtimes.result.functions.map((fn) => `${fn.name}:${fn.runtime}`).sort()).toEqual([
    '0@svc@faas:java8',
    '0@svc@other:java1.8',
  ])
})

it("lists only the caller's business: an exact record of another business is not the tenant's", async () => {
  const source = createMetaService(options)
  await send(source, 'POST', FUNCTIONS, createBody())
  const latest = source.engine.defaultState.store.findFunction(SCOPE, '0@svc@hello')?.get('$latest')
  const record = { ...(latest as VersionRecord), businessId: 'other' }
  const service = createMetaService({
    ...options,
    scenarios: [{ name: 'other', records: [record] }],
    scenario: 'other',
  })
  expect(await listed(service)).toEqual([])
})

it('lists newest write first: by revision, then, within one revision, by write order', async () => {
  const source = createMetaService(options)
  await send(source, 'POST', FUNCTIONS, createBody())
  const latest = source.engine.defaultState.store.findFunction(SCOPE, '0@svc@hello')?.get('$latest')
  // Exact records (an imported tenant) keep their own revisions and write orders: here an older
  // revision carries the largest write order, and the scan meets `a` before `b`.
  const record = (name: string, modRevision: number, writeOrder: number): VersionRecord => ({
    ...(latest as VersionRecord),
    name,
    modRevision,
    writeOrder,
  })
  const service = createMetaService({
    ...options,
    scenarios: [
      {
        name: 'imported',
        records: [record('0@svc@a', 5, 1), record('0@svc@b', 5, 2), record('0@svc@c', 4, 9)],
      },
    ],
    scenario: 'imported',
  })
  expect(await listed(service)).toEqual(['0@svc@b:$latest', '0@svc@a:$latest', '0@svc@c:$latest'])
})
