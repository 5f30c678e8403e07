import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'
import { sendRaw } from '../../src/node/raw-http.js'
import { createBody, emptyFake } from './24-support.js'

// Issue 24: reserve-instance keys hold the tenant but no product, and deleting a function deletes
// them by etcd prefix (version 1 takes version 10's along). Answers recorded from the real server.

let server: RunningServer
const FN = '0@svc@rs'
const call = async (method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
  const answer = await sendRaw(
    server.url,
    method,
    path,
    { 'X-Tenant-ID': 't24', ...headers },
    JSON.stringify(body),
  )
  return answer.kind === 'response' ? answer.body : answer.kind
}
const reserve = (version: string, label: string) => ({
  funcName: FN,
  version,
  instanceLabel: label,
  instanceConfigInfos: [{ maxInstance: 3, minInstance: 1 }],
})
const labels = async (version: string, headers: Record<string, string> = {}) =>
  JSON.parse(
    await call('GET', '/serverless/v1/functions/reserve-instance', { funcName: FN, version }, headers),
  ).results.map((result: { instanceLabel: string }) => result.instanceLabel)

beforeAll(async () => {
  server = await startServer({ port: 0, service: emptyFake() })
})
afterAll(() => server.close())

describe('reserve-instance configurations', () => {
  it('go with a deleted version, and with every version whose name it starts', async () => {
    await call('POST', '/serverless/v1/functions', createBody(FN, { kind: 'faas' }))
    for (const versionNumber of ['1', '10', '2']) {
      const latest = JSON.parse(await call('GET', `/serverless/v1/functions/${FN}?kind=faas`, undefined))
      const revisionId = latest.function.revisionId
      await call('POST', `/serverless/v1/functions/${FN}/versions`, {
        revisionId,
        versionNumber,
        kind: 'faas',
      })
    }
    for (const version of ['1', '10', '2'])
      await call('POST', '/serverless/v1/functions/reserve-instance', reserve(version, 'l1'))
    await call('DELETE', `/serverless/v1/functions/${FN}?versionNumber=1`, undefined)
    await call('POST', `/serverless/v1/functions/${FN}/versions`, { revisionId: 'x' })
    expect(await labels('10')).toEqual([])
    expect(await labels('2')).toEqual(['l1'])
  })

  it('are shared by the products of a tenant', async () => {
    const p1 = { 'X-Product-ID': 'p1' }
    await call('POST', '/serverless/v1/functions', createBody(FN, { kind: 'faas' }), p1)
    await call('POST', '/serverless/v1/functions/reserve-instance', reserve('latest', 'b'), p1)
    expect(await labels('latest')).toEqual(['b'])
  })
})
