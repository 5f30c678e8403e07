import { expect, it } from 'vitest'
import { createMetaService } from '../../../src/index.js'
import type { VersionRecord } from '../../../src/model/version-record.js'
import { createBody, FUNCTIONS } from './requests.js'

const SCOPE = { businessId: 'yrk', tenantId: 'default', productId: '' }
const LAYER = 'sn:cn:yrk:default:layer:mylayer:3'

/**
 * A function with a layer, loaded as an exact record; the layer version itself is another writer's
 * (`layers`), or not there at all.
 */
async function serviceWithLayer(layerThere = true) {
  const source = createMetaService({ functions: 0, docExample: false, logLevel: 'silent' })
  await source.fetch(
    new Request(`http://fake.test${FUNCTIONS}`, { method: 'POST', body: JSON.stringify(createBody()) }),
  )
  const latest = source.engine.defaultState.store.findFunction(SCOPE, '0@svc@hello')?.get('$latest')
  const record: VersionRecord = { ...(latest as VersionRecord), layers: [LAYER] }
  const layers = layerThere
    ? [{ tenantId: 'default', name: 'mylayer', version: 3, compatibleRuntimes: [] }]
    : []
  return createMetaService({
    functions: 0,
    docExample: false,
    logLevel: 'silent',
    scenarios: [{ name: 'layered', records: [record], layers }],
    scenario: 'layered',
  })
}

it('shows stored layers as layers in the detail and as funcLayer entries in the lists', async () => {
  const service = await serviceWithLayer()
  const get = async (path: string) => (await service.fetch(new Request(`http://fake.test${path}`))).json()
  const detail = (await get(`${FUNCTIONS}/0@svc@hello`)) as { function: Record<string, unknown> }
  expect(detail.function).toMatchObject({ layers: [LAYER], funcLayer: null })
  const versions = (await get(`${FUNCTIONS}/0@svc@hello/versions`)) as {
    functions: Record<string, unknown>[]
  }
  const emptyLayer = {
    versionNumber: 0,
    layerUrn: '',
    layerVersionUrn: '',
    layerSize: 0,
    layerSha256: '',
    createTime: '0001-01-01T00:00:00Z',
    updateTime: '0001-01-01T00:00:00Z',
    compatibleRuntimes: null,
    description: '',
    licenseInfo: '',
  }
  // The name is the URN's second last part; the version is lost to a JSON key mismatch.
  expect(versions.functions[0]?.funcLayer).toEqual([{ ...emptyLayer, name: 'mylayer' }])
  const list = (await get(`${FUNCTIONS}?pageIndex=1&pageSize=10`)) as {
    result: { functions: Record<string, unknown>[] }
  }
  expect(list.result.functions[0]).toMatchObject({
    layers: null,
    funcLayer: [{ name: 'mylayer', version: 3, order: 0 }],
  })
})

it('answers 4113 for a GET of a version whose layer is not in etcd (the lists do not read layers)', async () => {
  const service = await serviceWithLayer(false)
  const answer = await service.fetch(new Request(`http://fake.test${FUNCTIONS}/0@svc@hello`))
  expect(answer.status).toBe(500)
  expect(await answer.json()).toEqual({
    code: 4113,
    message: 'this version [3] of layer [mylayer] does not exist',
  })
})
