import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { loadScenarios } from '../../src/node/index.js'
import { toJson, toOutcome } from '../support/outcome.js'

const FIXTURE = fileURLToPath(new URL('../../fixtures/etcd-unavailable.json', import.meta.url))
const F = '/serverless/v1/functions'
const FN = `${F}/0@faaspy@hello2`
const RESERVE = `${F}/reserve-instance`
const POOLS = '/serverless/v1/podpools'
const JSON_TYPE = 'application/json; charset=utf-8'
const ETCD_ERROR = { code: 122002, message: 'etcd internal error' }
/** The two ways the real server sends an error: with an empty Content-Type, or as JSON. */
const INTERNAL = { status: 500, contentType: '', json: ETCD_ERROR }
const INTERNAL_JSON = { status: 500, contentType: JSON_TYPE, json: ETCD_ERROR }

/**
 * What the real meta_service (0.7.0, 0.8.0 and 0.10.0 alike) answered with its etcd killed, one
 * valid request per route, each after its 40 s etcd timeout (decision 0031).
 */
const REAL_ANSWERS: ReadonlyArray<
  readonly [string, string, unknown, { status: number; contentType: string; json: unknown }]
> = [
  ['GET', FN, undefined, INTERNAL_JSON],
  ['GET', `${FN}?versionNumber=1`, undefined, INTERNAL_JSON],
  ['PUT', FN, { revisionId: 'x', cpu: 600, memory: 512, timeout: 60 }, INTERNAL],
  ['DELETE', FN, undefined, INTERNAL_JSON],
  ['GET', `${FN}/versions`, undefined, INTERNAL],
  [
    'POST',
    `${FN}/versions`,
    { revisionId: 'x', versionNumber: '2' },
    {
      status: 500,
      contentType: '',
      json: { code: 4116, message: 'failed to get function versions size: etcd internal error' },
    },
  ],
  [
    'POST',
    F,
    { name: '0@svc@f2', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 },
    { status: 500, contentType: '', json: { code: 122003, message: 'context deadline exceeded' } },
  ],
  [
    'GET',
    F,
    undefined,
    {
      status: 200,
      contentType: JSON_TYPE,
      json: { code: 0, message: '', result: { functions: null, total: 0 } },
    },
  ],
  ['POST', RESERVE, { funcName: '0@svc@f1', version: 'latest', instanceLabel: 'l2' }, INTERNAL_JSON],
  ['PUT', RESERVE, { funcName: '0@svc@f1', version: 'latest', instanceLabel: 'l1' }, INTERNAL_JSON],
  ['DELETE', RESERVE, { funcName: '0@svc@f1', version: 'latest', instanceLabel: 'l1' }, INTERNAL_JSON],
  [
    'GET',
    `${POOLS}?id=p1`,
    undefined,
    {
      status: 200,
      contentType: JSON_TYPE,
      json: { code: 0, message: '', result: { count: 0, pools: null } },
    },
  ],
  [
    'POST',
    POOLS,
    { pools: [{ id: 'p2', size: 1 }] },
    {
      status: 500,
      contentType: JSON_TYPE,
      json: { code: 4104, message: 'context deadline exceeded. check input parameters' },
    },
  ],
  ['PUT', `${POOLS}/p1`, { size: 2 }, INTERNAL_JSON],
  ['DELETE', `${POOLS}?id=p1`, undefined, INTERNAL_JSON],
]

async function openOutage() {
  const service = createMetaService({ scenarios: loadScenarios(FIXTURE), scenario: 'etcd-unavailable' })
  await service.ready
  const send = async (method: string, path: string, body?: unknown) =>
    toOutcome(
      await service.app.request(path, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    )
  return { service, send }
}

describe('the etcd-unavailable scenario', () => {
  it.each(REAL_ANSWERS)(
    '%s %s answers as the real server with its etcd down',
    async (method, path, body, real) => {
      const { send } = await openOutage()
      const outcome = await send(method, path, body)
      expect(outcome).toMatchObject({ kind: 'response', status: real.status, contentType: real.contentType })
      expect(toJson(outcome)).toEqual(real.json)
    },
  )

  it('leaves /healthz, methods no route serves and the /admin/v1 face alone', async () => {
    const { send } = await openOutage()
    expect(await send('GET', '/healthz')).toMatchObject({ status: 200 })
    expect(await send('PATCH', FN)).toMatchObject({ status: 404 })
    expect(await send('HEAD', RESERVE)).toMatchObject({ status: 404 })
    expect(await send('GET', '/admin/v1/functions/0@faaspy@hello2')).toMatchObject({ status: 200 })
  })

  it('brings the data back when it is left, snapshot and restore around the switch', async () => {
    const { service, send } = await openOutage()
    const saved = service.snapshot()
    await service.useScenario(undefined)
    service.restore(saved)
    expect(await send('GET', FN)).toMatchObject({ status: 200 })
  })
})
