import { describe, expect, it } from 'vitest'
import type { ImportedTenant } from '../../src/import/import-tenant.js'
import { importTenant } from '../../src/import/import-tenant.js'
import { toImportedFixture } from '../../src/import/to-imported-fixture.js'
import type { Transport } from '../../src/import/transport.js'
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

describe('import', () => {
  it('copies a tenant so that the fake answers every list and get as the source did, then keeps state', async () => {
    const real = createUpstreamFake()
    await buildTenant(real)
    const progress: string[] = []
    const imported = await importTenant({
      send: transportTo(real),
      tenant: 'imp',
      pageSize: 7,
      progress: (line) => progress.push(line),
    })
    expect(imported.records).toHaveLength(12 * 4)
    expect(imported.reservations).toHaveLength(3)
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
})
