import { expect, it } from 'vitest'
import { createMetaService } from '../../../src/index.js'
import type { VersionRecord } from '../../../src/model/version-record.js'
import { createBody, FUNCTIONS } from './requests.js'

const SCOPE = { businessId: 'yrk', tenantId: 'default', productId: '' }
const LAYER = 'sn:cn:yrk:default:layer:mylayer:3'

/** A function with a layer: create refuses every layer (none exists), so it is loaded as an exact record. */
async function serviceWithLayer() {
  const source = createMetaService({ functions: 0, docExample: false, logLevel: 'silent' })
  await source.fetch(
    new Request(`http://fake.test${FUNCTIONS}`, { method: 'POST', body: JSON.stringify(createBody()) }),
  )
  const latest = source.engine.defaultState.store.findFunction(SCOPE, '0@svc@hello')?.get('$latest')
  const record: VersionRecord = { ...(latest as VersionRecord), layers: [LAYER, 'plain'] }
  return createMetaService({
    functions: 0,
    docExample: false,
    logLevel: 'silent',
    scenarios: [{ name: 'layered', records: [record] }],
    scenario: 'layered',
  })
}

it('shows stored layers as layers in the detail and as funcLayer entries in the lists', async () => {
  const service = await serviceWithLayer()
  const get = async (path: string) => (await service.fetch(new Request(`http://fake.test${path}`))).json()
  const detail = (await get(`${FUNCTIONS}/0@svc@hello`)) as { function: Record<string, unknown> }
  expect(detail.function).toMatchObject({ layers: [LAYER, 'plain'], funcLayer: null })
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
  // The name is the URN's sixth part, empty for a text with fewer.
  expect(versions.functions[0]?.funcLayer).toEqual([
    { ...emptyLayer, name: 'mylayer' },
    { ...emptyLayer, name: '' },
  ])
  const list = (await get(`${FUNCTIONS}?pageIndex=1&pageSize=10`)) as {
    result: { functions: Record<string, unknown>[] }
  }
  expect(list.result.functions[0]).toMatchObject({
    layers: null,
    funcLayer: [
      { name: LAYER, version: 0, order: 0 },
      { name: 'plain', version: 0, order: 1 },
    ],
  })
})
