import { describe, expect, it } from 'vitest'
import type * as Root from '../../src/index.js'
import type * as NodeFace from '../../src/node/index.js'

// Issue 26: the README's "In code" APIs for proxy, record and import (createUpstream,
// startRecording, importTenant, toImportedFixture) were not exported, so
// MetaServiceOptions.upstream was typed but could not be built. Imported here from the built
// package by name (npm test builds first), as a user would.

const importBuilt = (name: string): Promise<unknown> => import(name)
const root = () => importBuilt('yr-meta-mock') as Promise<typeof Root>
const nodeFace = () => importBuilt('yr-meta-mock/node') as Promise<typeof NodeFace>

const F = '/serverless/v1/functions'
const HELLO = { name: 'hello', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 60 }

describe('the package entry', () => {
  it('exports the proxy, record and import APIs', async () => {
    const names = Object.keys(await root())
    for (const name of [
      'createUpstream',
      'startRecording',
      'importTenant',
      'toImportedFixture',
      'ImportError',
    ])
      expect(names).toContain(name)
    expect(Object.keys(await nodeFace())).toEqual(
      expect.arrayContaining(['sendWithNodeHttp', 'createImportTransport']),
    )
  })

  it('builds a proxied, recording fake, and imports a tenant into a fixture that serves it', async () => {
    const { createMetaService, createUpstream, startRecording, importTenant, toImportedFixture } =
      await root()
    const { startServer, sendWithNodeHttp, createImportTransport } = await nodeFace()
    const real = await startServer({ port: 0, functions: 0, docExample: false, logLevel: 'silent' })
    try {
      const proxied = createMetaService({
        upstream: createUpstream({ url: real.url, send: sendWithNodeHttp }),
      })
      const recording = startRecording(proxied.engine)
      const init = { method: 'POST', headers: { 'x-tenant-id': 'team' }, body: JSON.stringify(HELLO) }
      expect((await proxied.fetch(new Request(`http://fake.test${F}`, init))).status).toBe(200)
      recording.stop()
      expect((await recording.toFixture({ name: 'flow' })).rules).toHaveLength(1)

      const tenant = await importTenant({ send: createImportTransport(real.url), tenant: 'team' })
      const fixture = toImportedFixture(tenant, { from: real.url, tenant: 'team', name: 'team' })
      const copy = createMetaService({ scenarios: [fixture], scenario: 'team' })
      const got = await copy.fetch(
        new Request(`http://fake.test${F}/hello`, { headers: { 'x-tenant-id': 'team' } }),
      )
      expect(got.status).toBe(200)
    } finally {
      await real.close()
    }
  })
})
