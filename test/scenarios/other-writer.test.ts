import { describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'
import type { ScenarioInput } from '../../src/scenarios/scenario-schema.js'
import { createBody as create } from '../regressions/24-support.js'

/**
 * Issue 24: layers, aliases and triggers that another writer of etcd put there, as a scenario gives
 * them. Each answer below is what the real 0.10.0 server answered with the same keys in its etcd.
 */
const TENANT = 't1'
const HEADERS = { 'X-Tenant-ID': TENANT, 'Content-Type': 'application/json' }
const FUNCTIONS = 'http://127.0.0.1/serverless/v1/functions'

async function fakeWith(state: Omit<ScenarioInput, 'name'>): Promise<MetaService> {
  const service = createMetaService({
    functions: 0,
    docExample: false,
    logLevel: 'silent',
    scenarios: [{ name: 'other-writer', ...state }],
  })
  await service.useScenario('other-writer')
  return service
}

/** An answer's JSON: the fields these tests read. */
interface Answer {
  readonly code?: number
  readonly message?: string
  readonly function: {
    readonly revisionId: string
    readonly versionNumber: string
    readonly layers: unknown
    readonly funcLayer: Array<{ readonly name: string }>
  }
}

async function send(service: MetaService, method: string, path: string, body?: unknown) {
  const init = { method, headers: HEADERS, body: body === undefined ? undefined : JSON.stringify(body) }
  const response = await service.fetch(new Request(`${FUNCTIONS}${path}`, init))
  return { status: response.status, json: (await response.json()) as Answer }
}

const LAYER = { tenantId: TENANT, name: 'lay', version: 1, compatibleRuntimes: ['python3.9', 'java8'] }

describe('layers another writer put in etcd', () => {
  it('lets a function use a compatible layer and shows it as a layer version URN', async () => {
    const service = await fakeWith({ layers: [LAYER] })
    const created = await send(
      service,
      'POST',
      '',
      create('0@base@f', { layers: ['sn:cn:yrk:t1:layer:lay:1'] }),
    )
    expect(created.json.code).toBe(0)
    expect(created.json.function.funcLayer[0]?.name).toBe('lay')
    const got = await send(service, 'GET', '/0@base@f')
    expect(got.json.function.layers).toEqual(['sn:cn:yrk:t1:layer:lay:1'])
  })

  it('refuses a runtime the layer does not list, and a layer that is not there', async () => {
    const service = await fakeWith({ layers: [LAYER] })
    const wrongRuntime = await send(service, 'POST', '', {
      ...create('0@base@g', { layers: ['sn:cn:yrk:t1:layer:lay:1'] }),
      runtime: 'go1.13',
    })
    expect(wrongRuntime.json).toEqual({
      code: 4104,
      message:
        "runtime [python3.9 java8] of layer [lay] is not compatible with function's runtime [go1.13]. check input parameters",
    })
    const missing = await send(
      service,
      'POST',
      '',
      create('0@base@g', { layers: ['sn:cn:yrk:t1:layer:lay:2'] }),
    )
    expect(missing.json).toEqual({ code: 122001, message: 'KV not exist in etcd' })
  })

  it('takes a layer name alone as version 0, which no URN part can store', async () => {
    const service = await fakeWith({ layers: [{ ...LAYER, version: 0 }] })
    const created = await send(service, 'POST', '', create('0@base@a', { layers: ['lay'] }))
    expect(created.json).toEqual({
      code: 4104,
      message: 'strconv.Atoi: parsing "": invalid syntax. check input parameters',
    })
  })

  it('shows version 0 as the latest version, through the count index only', async () => {
    const layers = [
      { ...LAYER, version: 0, indexed: false },
      { ...LAYER, version: 3, indexed: false },
    ]
    const unindexed = await fakeWith({ layers })
    await send(unindexed, 'POST', '', create('0@base@b', { layers: ['sn:cn:yrk:t1:layer:lay:0'] }))
    expect((await send(unindexed, 'GET', '/0@base@b')).json).toEqual({
      code: 4113,
      message: 'can not find this layer',
    })
    const indexed = await fakeWith({ layers: [...layers, { ...LAYER, version: 3 }] })
    await send(indexed, 'POST', '', create('0@base@b', { layers: ['sn:cn:yrk:t1:layer:lay:0'] }))
    expect((await send(indexed, 'GET', '/0@base@b')).json.function.layers).toEqual([
      'sn:cn:yrk:t1:layer:lay:3',
    ])
  })
})

describe('aliases and triggers another writer put in etcd', () => {
  const alias = {
    tenantId: TENANT,
    functionName: '0@base@a',
    name: 'prod',
    functionVersion: '1',
    routingConfig: { '1': 100 },
  }

  it('answers a GET by alias with the version it names', async () => {
    const service = await fakeWith({ aliases: [alias] })
    await send(service, 'POST', '', create('0@base@a'))
    const latest = await send(service, 'GET', '/0@base@a')
    await send(service, 'POST', '/0@base@a/versions', {
      revisionId: latest.json.function.revisionId,
      versionNumber: '1',
    })
    const byAlias = await send(service, 'GET', '/0@base@a?qualifier=prod&versionNumber=$latest')
    expect(byAlias.json.function.versionNumber).toBe('1')
    const forbidden = await send(service, 'DELETE', '/0@base@a?versionNumber=1')
    expect(forbidden).toEqual({
      status: 500,
      json: { code: 4105, message: 'this version is occupied by an alias. remove the mapping first' },
    })
    expect((await send(service, 'DELETE', '/0@base@a')).status).toBe(200)
    // the alias went with the function: the qualifier falls back to the latest again
    await send(service, 'POST', '', create('0@base@a'))
    expect((await send(service, 'GET', '/0@base@a?qualifier=prod')).json.function.versionNumber).toBe(
      '$latest',
    )
  })

  it('fails a delete that reads a trigger of a type it cannot decode, and keeps the function', async () => {
    const trigger = { tenantId: TENANT, functionName: '0@base@a', versionOrAlias: 'x', triggerId: 't' }
    const service = await fakeWith({ triggers: [{ ...trigger, triggerType: 'KAFKA' }] })
    await send(service, 'POST', '', create('0@base@a'))
    expect(await send(service, 'DELETE', '/0@base@a')).toEqual({
      status: 500,
      json: { code: 122004, message: 'failed to unmarshal' },
    })
    expect((await send(service, 'GET', '/0@base@a')).status).toBe(200)
  })

  it('refuses an unknown key in a fixture, naming it', () => {
    expect(() =>
      createMetaService({ scenarios: [{ name: 'bad', aliases: [{ ...alias, weight: 1 } as never] }] }),
    ).toThrow(/weight/)
  })
})
