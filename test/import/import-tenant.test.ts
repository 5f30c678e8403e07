import { describe, expect, it } from 'vitest'
import type { ImportedTenant } from '../../src/import/import-tenant.js'
import { importTenant } from '../../src/import/import-tenant.js'
import { toImportedFixture } from '../../src/import/to-imported-fixture.js'
import { ImportError, type Transport } from '../../src/import/transport.js'
import { createMetaService, type MetaService } from '../../src/index.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import { createUpstreamFake, FUNCTIONS } from '../record/upstream-fake.js'

/** A transport to a fake in-process; a GET's body travels in the face bindings, as the Node face reads it. */
function transportTo(service: MetaService): Transport {
  return async (method, path, headers, body) => {
    const carries = body !== undefined && method !== 'GET'
    const request = new Request(`http://real.test${path}`, {
      method,
      headers,
      body: carries ? body : undefined,
    })
    const response = await service.fetch(request, { body })
    return { status: response.status, body: await response.text() }
  }
}

async function send(service: MetaService, method: string, path: string, body?: unknown, product?: string) {
  const headers: Record<string, string> = {
    'x-tenant-id': 'imp',
    ...(product ? { 'x-product-id': product } : {}),
  }
  const text = body === undefined ? undefined : JSON.stringify(body)
  const response = await service.fetch(
    new Request(`http://real.test${path}`, { method, headers, body: method === 'GET' ? undefined : text }),
    { body: text },
  )
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
  }
}

/** A tenant with plain and FaaS functions, published versions, a product, tags and labels (a layer is refused, as the real server has no layer routes). */
async function buildTenant(real: MetaService): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const faas = i % 4 === 0
    const name = faas ? `0@svc@f-${i}` : `f-${i}`
    const product = i % 5 === 2 ? 'p1' : undefined
    const kind = faas ? { kind: 'faas' } : {}
    const created = await send(
      real,
      'POST',
      FUNCTIONS,
      { name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30, tags: { i: String(i) }, ...kind },
      product,
    )
    let revision = /"revisionId":"(\d+)"/.exec(created.body)?.[1]
    for (let v = 1; v <= 3; v++) {
      const updated = await send(
        real,
        'PUT',
        `${FUNCTIONS}/${name}`,
        {
          revisionId: revision,
          cpu: 600 + v,
          memory: 256,
          timeout: 30,
          customResources: { npu: v },
          ...kind,
        },
        product,
      )
      revision = /"revisionId":"(\d+)"/.exec(updated.body)?.[1]
      await send(
        real,
        'POST',
        `${FUNCTIONS}/${name}/versions`,
        { revisionId: revision, versionNumber: String(v), ...kind },
        product,
      )
    }
    if (faas) {
      const label = {
        funcName: name,
        version: '1',
        instanceLabel: 'gpu',
        instanceConfigInfos: [{ clusterId: 'cluster001', maxInstance: 2, minInstance: 1 }],
      }
      expect((await send(real, 'POST', `${FUNCTIONS}/reserve-instance`, label, product)).status).toBe(200)
    }
  }
}

/** Every read a client makes of the tenant: list pages of several sizes, each get, each versions page, each label list. */
async function readEverything(service: MetaService, imported: ImportedTenant) {
  const answers: unknown[] = []
  for (const size of [1, 5, 100]) {
    for (let page = 1; page <= Math.ceil(imported.records.length / size) + 1; page++) {
      answers.push(await send(service, 'GET', `${FUNCTIONS}?pageIndex=${page}&pageSize=${size}`))
    }
  }
  for (const record of imported.records) {
    const product = record.productId || undefined
    const version = encodeURIComponent(record.versionNumber)
    answers.push(
      await send(
        service,
        'GET',
        `${FUNCTIONS}/${record.name}?versionNumber=${version}&isAdmin=true`,
        undefined,
        product,
      ),
    )
    answers.push(
      await send(service, 'GET', `${FUNCTIONS}/${record.name}?versionNumber=${version}`, undefined, product),
    )
    answers.push(
      await send(
        service,
        'GET',
        `${FUNCTIONS}/${record.name}/versions?pageIndex=1&pageSize=2`,
        undefined,
        product,
      ),
    )
    answers.push(
      await send(
        service,
        'GET',
        `${FUNCTIONS}/reserve-instance`,
        { funcName: record.name, version: record.versionNumber },
        product,
      ),
    )
  }
  return answers
}

const POOLS = '/serverless/v1/podpools'

const emptyPool = {
  id: 'p',
  group: 'default',
  size: 0,
  max_size: 0,
  ready_count: 0,
  status: 0,
  msg: '',
  image: '',
  init_image: '',
  reuse: false,
  labels: null,
  environment: null,
  resources: { requests: null, limits: null },
  volumes: '',
  volume_mounts: '',
  affinities: '',
  runtime_class_name: '',
  node_selector: null,
  tolerations: '',
  horizontal_pod_autoscaler_spec: '',
  topology_spread_constraints: '',
  pod_pending_duration_threshold: 0,
  idle_recycle_time: { reserved: 0, scaled: 0 },
  scalable: false,
}

/**
 * Pod pools written in every way that orders them: one per create, several per create, updates (a
 * later revision), a delete by group (one revision for several pools: ties the server orders its own
 * way) and a delete by id; some under another tenant's header, since pools are global.
 */
async function buildPools(real: MetaService): Promise<void> {
  const ok = async (method: string, path: string, body?: unknown) =>
    expect((await send(real, method, path, body)).status).toBe(200)
  const full = {
    size: 2,
    max_size: 5,
    status: 4,
    msg: 'running',
    image: 'swr.test/pool:1',
    init_image: 'swr.test/init:1',
    reuse: true,
    labels: { z: '1', a: '2' },
    environment: { PATH: '/bin' },
    resources: { requests: { cpu: '500m' }, limits: { memory: '1Gi' } },
    volumes: '[{"name":"v"}]',
    runtime_class_name: 'runc',
    node_selector: { zone: 'a' },
    pod_pending_duration_threshold: 30,
    idle_recycle_time: { reserved: 10, scaled: -1 },
  }
  for (let i = 0; i < 6; i++) await ok('POST', POOLS, { pools: [{ id: `a-${i}`, group: 'ga', size: i }] })
  await ok('POST', POOLS, {
    pools: [{ id: 'm-2', group: 'gm', ...full }, { id: 'm-1', group: 'gm' }, { id: 'm-3' }],
  })
  await ok('POST', POOLS, {
    pools: [
      { id: 'r-1', status: 4 },
      { id: 'r-2', ...full },
    ],
  })
  await ok('PUT', `${POOLS}/r-1`, { size: 3 })
  await ok('PUT', `${POOLS}/r-2`, { size: 4, max_size: 6 })
  await ok('DELETE', `${POOLS}?group=ga`)
  await ok('POST', POOLS, {
    pools: [
      { id: 'z-0', group: 'gz' },
      { id: 'b-0', group: 'gz' },
    ],
  })
  await ok('DELETE', `${POOLS}?id=m-1`)
  const other = await real.fetch(
    new Request(`http://real.test${POOLS}`, { method: 'POST', headers: { 'x-tenant-id': 'someone-else' } }),
    { body: JSON.stringify({ pools: [{ id: 'o-1', group: 'gm' }] }) },
  )
  expect(other.status).toBe(200)
}

/** Every pod-pool read: pages of several sizes (offset is a page number), each id, each group, odd paging. */
type Answer = Awaited<ReturnType<typeof send>>

async function readPools(service: MetaService, imported: ImportedTenant) {
  const answers: Answer[] = []
  const total = imported.podPools.length
  for (const limit of [1, 3, 10, 100]) {
    for (let offset = 0; offset <= Math.ceil(total / limit) + 1; offset++) {
      answers.push(await send(service, 'GET', `${POOLS}?limit=${limit}&offset=${offset}`))
    }
  }
  const groups = [...new Set(imported.podPools.map((pool) => pool.group)), 'none']
  for (const group of groups) {
    answers.push(await send(service, 'GET', `${POOLS}?group=${group}`))
    answers.push(await send(service, 'GET', `${POOLS}?group=${group}&limit=2&offset=2`))
  }
  for (const pool of [...imported.podPools, { id: 'absent', group: 'ga' }]) {
    answers.push(await send(service, 'GET', `${POOLS}?id=${pool.id}`))
    answers.push(await send(service, 'GET', `${POOLS}?id=${pool.id}&group=${pool.group}`))
  }
  for (const query of ['', 'limit=0', 'offset=-1', 'limit=x']) {
    answers.push(await send(service, 'GET', `${POOLS}?${query}`))
  }
  return answers
}

/** What writing pools answers, then what the list shows: imported ids (live or deleted) are taken. */
async function writePoolsAfterImport(service: MetaService) {
  const answers: Answer[] = []
  for (const id of ['a-0', 'm-1', 'r-2', 'o-1', 'fresh']) {
    answers.push(await send(service, 'POST', POOLS, { pools: [{ id }] }))
  }
  answers.push(await send(service, 'PUT', `${POOLS}/r-1`, { size: 1 }))
  answers.push(await send(service, 'PUT', `${POOLS}/m-2`, { size: 1 }))
  answers.push(await send(service, 'PUT', `${POOLS}/a-3`, { size: 1 }))
  answers.push(await send(service, 'DELETE', `${POOLS}?group=gz`))
  answers.push(await send(service, 'GET', `${POOLS}?limit=100`))
  return answers
}

describe('import', () => {
  it('copies a tenant so that the fake answers every list and get as the source did, then keeps state', async () => {
    const real = createUpstreamFake()
    await buildTenant(real)
    await buildPools(real)
    const progress: string[] = []
    const imported = await importTenant({
      send: transportTo(real),
      tenant: 'imp',
      pageSize: 7,
      progress: (line) => progress.push(line),
    })
    expect(imported.records).toHaveLength(12 * 4)
    expect(imported.reservations).toHaveLength(3)
    expect(imported.podPools).toHaveLength(14)
    expect(imported.podPools.filter((pool) => pool.status === 6)).toHaveLength(7)
    expect(progress).toContain("listed 14/14 pod pools (all the server's)")
    expect(progress.some((line) => line.startsWith('listed 48/48'))).toBe(true)
    const fixture = JSON.parse(
      JSON.stringify(toImportedFixture(imported, { from: 'test', tenant: 'imp', name: 'imported' })),
    )
    const copy = createMetaService({
      logLevel: 'silent',
      scenarios: [parseScenario(fixture, 'imported')],
      scenario: 'imported',
    })
    expect(await readEverything(copy, imported)).toEqual(await readEverything(real, imported))
    const pools = await readPools(real, imported)
    expect(pools.filter((answer) => answer.body.includes('"status":6')).length).toBeGreaterThan(10)
    expect(await readPools(copy, imported)).toEqual(pools)
    const written = await writePoolsAfterImport(real)
    expect(written.slice(0, 4).map((answer) => answer.status)).toEqual([500, 500, 500, 500])
    expect(await writePoolsAfterImport(copy)).toEqual(written)
    // and then it is a fake like any other: a write takes the next revision and goes first in the list
    expect((await send(copy, 'DELETE', `${FUNCTIONS}/f-1`)).status).toBe(200)
    const list = await send(copy, 'GET', `${FUNCTIONS}?pageIndex=1&pageSize=100`)
    expect(JSON.parse(list.body).result.total).toBe(44)
  })

  it('keeps only the product asked for', async () => {
    const real = createUpstreamFake()
    await buildTenant(real)
    const imported = await importTenant({ send: transportTo(real), tenant: 'imp', product: 'p1' })
    expect(new Set(imported.records.map((record) => record.productId))).toEqual(new Set(['p1']))
  })

  it('takes every pod pool of the server, whatever the tenant and product: pools are global', async () => {
    const real = createUpstreamFake()
    await buildPools(real)
    const imported = await importTenant({
      send: transportTo(real),
      tenant: 'nobody',
      product: 'p9',
      pageSize: 4,
    })
    expect(imported.records).toEqual([])
    expect(imported.podPools.map((pool) => pool.id)).toEqual(
      JSON.parse((await send(real, 'GET', `${POOLS}?limit=100`)).body).result.pools.map(
        (pool: { id: string }) => pool.id,
      ),
    )
    expect(imported.podPools.map((pool) => pool.id)).toContain('o-1')
  })

  it('stops when the pools change while being read, rather than write a copy of no moment', async () => {
    const real = createUpstreamFake()
    await buildPools(real)
    let pages = 0
    const moving: Transport = async (method, path, headers, body) => {
      if (path.startsWith(POOLS) && ++pages === 2)
        await send(real, 'POST', POOLS, { pools: [{ id: 'late' }] })
      return transportTo(real)(method, path, headers, body)
    }
    const importing = importTenant({ send: moving, tenant: 'imp', pageSize: 5 })
    await expect(importing).rejects.toThrow(ImportError)
    await expect(importing).rejects.toThrow(/changed while being read/)
  })

  it('refuses a fixture that holds one pool id twice', () => {
    const pool = { ...JSON.parse(JSON.stringify(emptyPool)), id: 'twice' }
    expect(() => parseScenario({ podPools: [pool, pool] }, 'dup')).toThrow(/pool ids are unique/)
    expect(() => parseScenario({ podPools: [pool] }, 'one')).not.toThrow()
  })
})
