// Runs the typed client against the fake on a loopback port.
import assert from 'node:assert/strict'
import { startServer } from 'yr-meta-mock/node'
import { functionOf, MetaClient, pageOf } from './client.ts'

const server = await startServer({ port: 0, functions: 0 })
try {
  const client = new MetaClient(server.url, 'typed-client')
  const created = await client.createFunction({
    name: 'fn',
    runtime: 'python3.9',
    cpu: 500,
    memory: 256,
    timeout: 30,
  })
  assert.ok(created.ok)
  const { revisionId } = functionOf(created.body)
  const published = await client.publish('fn', { revisionId, versionNumber: '1' })
  assert.ok(published.ok)
  const page = await client.listVersions('fn', 1, 10)
  assert.ok(page.ok)
  assert.deepEqual(pageOf(page.body), { index: 1, size: 10, total: 2, names: pageOf(page.body).names })
  const empty = await client.listVersions('nothing', 1, 10)
  assert.ok(empty.ok && empty.body.functions === null)
  const stale = await client.publish('fn', { revisionId: 'stale', versionNumber: '2' })
  assert.ok(!stale.ok && stale.status === 500 && stale.body.code === 4134)
  console.log('typed client: ok')
} finally {
  await server.close()
}
