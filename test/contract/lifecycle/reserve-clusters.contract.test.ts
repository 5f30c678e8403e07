import { expect, it } from 'vitest'
import { createMetaService } from '../../../src/index.js'
import { describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTIONS } from './requests.js'

const RESERVE = `${FUNCTIONS}/reserve-instance`
const BASE = { funcName: '0@svc@hello', version: 'latest' }
const config = (clusterId: string, maxInstance = 5) => ({ clusterId, maxInstance, minInstance: 1 })

/** Reserve-instance with more clusters than the default one, and a small label limit. */
describeEveryFace(
  '/functions/reserve-instance with three clusters',
  { config: { clusters: ['cluster002', 'cluster003'], instanceLabelMax: 2 } },
  (api) => {
    const reserve = (method: string, instanceLabel: string, ...configs: Record<string, unknown>[]) =>
      api().call(method, RESERVE, { ...BASE, instanceLabel, instanceConfigInfos: configs })
    const message = async (answer: Promise<{ body: Record<string, unknown> }>) => (await answer).body.message
    const create = () => api().call('POST', FUNCTIONS, createBody({ kind: 'faas' }))

    it('takes configured clusters and answers a label in the configured cluster order', async () => {
      await create()
      const answer = await reserve(
        'POST',
        'l1',
        config('cluster003'),
        config('cluster002'),
        config('cluster001'),
      )
      expect(answer.body.instanceConfigInfos).toEqual([
        config('cluster001'),
        config('cluster002'),
        config('cluster003'),
      ])
      // An update of one cluster among several
      const updated = await reserve('PUT', 'l1', config('cluster002', 7))
      expect([updated.status, updated.body.instanceConfigInfos]).toEqual([
        200,
        [config('cluster001'), config('cluster002', 7), config('cluster003')],
      ])
      // A label without the cluster cannot be updated on it
      await reserve('POST', 'l2', config('cluster001'))
      expect(await message(reserve('PUT', 'l2', config('cluster002')))).toBe(
        'failed to find reserve instance config for update. check input parameters',
      )
    })

    it('counts toward the limit only the labels named label… that have the cluster', async () => {
      await create()
      const full = 'label count reached max(2). check input parameters'
      expect((await reserve('POST', 'label-1', config('cluster001'), config('cluster002'))).status).toBe(200)
      expect((await reserve('POST', 'other', config('cluster001'))).status).toBe(200)
      // cluster001: label-1 counts, other does not
      expect((await reserve('POST', 'label-2', config('cluster001'))).status).toBe(200)
      expect(await message(reserve('POST', 'label-9', config('cluster001')))).toBe(full)
      // cluster002: only label-1 has it
      expect((await reserve('POST', 'label-3', config('cluster002'))).status).toBe(200)
      expect(await message(reserve('POST', 'label-4', config('cluster002')))).toBe(full)
    })

    it('bounds a cluster id at 64 runes and an instance count at 1000', async () => {
      await create()
      const long = 'c'.repeat(65)
      const tooLong = await reserve('POST', 'l1', config(long))
      expect([tooLong.status, tooLong.body.message]).toEqual([
        400,
        `InstanceConfigInfos.0.instanceConfigInfos: ${long} does not validate as maxstringlength(64). check input parameters`,
      ])
      const atLimit = await reserve('POST', 'l1', config('c'.repeat(64)))
      expect([atLimit.status, atLimit.body.message]).toEqual([
        500,
        `clusterID ${'c'.repeat(64)} is not found. check input parameters`,
      ])
      expect((await reserve('POST', 'l1', config('cluster001', 1000))).status).toBe(200)
    })
  },
)

// A GET with a body cannot go through fetch: the in-process fake takes it beside the request.
it('does not check the base info tags on GET', async () => {
  const service = createMetaService({ functions: 0, docExample: false, logLevel: 'silent' })
  await service.fetch(
    new Request(`http://fake.test${FUNCTIONS}`, {
      method: 'POST',
      body: JSON.stringify(createBody({ kind: 'faas' })),
    }),
  )
  const list = async (body: Record<string, unknown>) =>
    (await service.fetch(new Request(`http://fake.test${RESERVE}`), { body: JSON.stringify(body) })).status
  expect(await list(BASE)).toBe(200)
  // An empty version is not refused by a tag: the lookup finds no such version.
  expect(await list({ funcName: BASE.funcName, version: '' })).toBe(404)
})
