import { Collection } from '@msw/data'
import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { toScope } from '../../src/model/scope.js'
import { type VersionRecord, versionRecordSchemas } from '../../src/model/version-record.js'

const { versionRecordSchema } = versionRecordSchemas()

// The function list reads the store's write-order view (decision 0036). @msw/data is the model it is
// checked against: a collection of the store's records, queried with `findMany` and ordered as the
// real server lists (newest write first), must give the same page and total for every filter, in a
// session that wrote, deleted and published over the baseline, and in one that did not.

const F = '/serverless/v1/functions'
const service = createMetaService({ seed: 3, functions: 12 })
await service.ready

/** The tenant a request without tenant headers lists (the list is a prefix scan of the caller's tenant). */
const isInDefaultTenant = (record: VersionRecord) =>
  record.tenantId === service.engine.defaultState.config.defaultTenant &&
  record.businessId === toScope('').businessId

/** The parts of an answer this test reads: a written function's revision, a list's page. */
interface Answer {
  readonly function: { readonly revisionId: string }
  readonly result: {
    readonly total: number
    readonly functions?: Array<{ name: string; versionNumber: string }>
  }
}

async function call(session: string, method: string, path: string, body?: unknown) {
  const headers = { 'x-mock-session': session }
  const response = await service.app.request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Answer }
}

async function writeOver(session: string): Promise<void> {
  const [first, second] = service.engine.defaultState.store.allRecords().filter(isInDefaultTenant)
  for (const name of ['0@ref@one', '0@ref@two']) {
    const spec = { name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }
    const created = await call(session, 'POST', F, spec)
    expect(created.status).toBe(200)
    const publish = { revisionId: created.body.function.revisionId, versionNumber: '1' }
    expect((await call(session, 'POST', `${F}/${name}/versions`, publish)).status).toBe(200)
  }
  const latest = await call(session, 'GET', `${F}/${first?.name}`)
  const publish = { revisionId: latest.body.function.revisionId, versionNumber: 'ref-2' }
  expect((await call(session, 'POST', `${F}/${first?.name}/versions`, publish)).status).toBe(200)
  expect((await call(session, 'DELETE', `${F}/${second?.name}`)).status).toBe(200)
}

async function fromReference(session: string, name: string, version: string, index: number, size: number) {
  const store = service.engine.session(session).state.store
  const collection = new Collection({ schema: versionRecordSchema })
  for (const record of store.allRecords()) await collection.create(record)
  const matches = collection
    .findMany((q) =>
      q.where(
        (record: VersionRecord) =>
          isInDefaultTenant(record) &&
          record.name.includes(name) &&
          (version === '' || record.versionNumber === version),
      ),
    )
    .sort((a, b) => b.modRevision - a.modRevision || b.writeOrder - a.writeOrder)
  return {
    total: matches.length,
    keys: matches.slice((index - 1) * size, index * size).map((each) => `${each.name}:${each.versionNumber}`),
  }
}

describe('the function list against @msw/data as the model', () => {
  const queries = [
    ['', '', 1, 1000],
    ['', '', 2, 7],
    ['ref', '', 1, 10],
    ['@', '1', 1, 1000],
    ['', 'ref-2', 1, 5],
    ['', '$latest', 3, 4],
    ['nothing-has-this', '', 1, 10],
  ] as const

  it.each(['reader', 'writer'])(
    'answers every filter and page as the model does (session %s)',
    async (session) => {
      if (session === 'writer') await writeOver(session)
      for (const [name, version, index, size] of queries) {
        const path = `${F}?name=${encodeURIComponent(name)}&versionNumber=${encodeURIComponent(version)}&pageIndex=${index}&pageSize=${size}`
        const { body } = await call(session, 'GET', path)
        const listed = body.result.functions ?? []
        const expected = await fromReference(session, name, version, index, size)
        expect({
          total: body.result.total,
          keys: listed.map((each) => `${each.name}:${each.versionNumber}`),
        }).toEqual(expected)
      }
    },
  )
})
