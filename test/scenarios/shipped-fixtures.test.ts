import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { loadScenarios } from '../../src/node/index.js'
import { type Outcome, toJson, toOutcome } from '../support/outcome.js'

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url))
const scenarios = loadScenarios(FIXTURES)

async function open(scenario: string) {
  const service = createMetaService({ scenarios, scenario })
  await service.ready
  const send = async (path: string, init?: RequestInit): Promise<Outcome> =>
    toOutcome(await service.app.request(path, init))
  return { service, send }
}

const body = (outcome: Outcome) => toJson(outcome) as Record<string, unknown>

describe('the shipped scenarios', () => {
  it('are all valid and all named after their files', () => {
    expect(scenarios.map((scenario) => scenario.name)).toEqual([
      'contract',
      'docs-example',
      'dropped-publish',
      'empty-cluster',
      'etcd-unavailable',
      'flaky-versions',
      'many-versions',
      'slow-answers',
      'transaction-conflict',
      'version-limit',
    ])
  })

  it("transaction-conflict: the second update gets the real server's answer to a race loser", async () => {
    const { send } = await open('transaction-conflict')
    const path = '/serverless/v1/functions/0@faaspy@hello2'
    const got = body(await send(path)).function as Record<string, unknown>
    const update = JSON.stringify({ revisionId: got.revisionId, cpu: 600, memory: 512, timeout: 60 })
    const first = await send(path, { method: 'PUT', body: update })
    expect(first).toMatchObject({ status: 200 })
    const second = await send(path, { method: 'PUT', body: update })
    expect(second).toMatchObject({ status: 500 })
    expect(toJson(second)).toEqual({ code: 122003, message: 'failed to execute a transaction' })
  })

  it("docs-example: serves only the documentation's example", async () => {
    const { send } = await open('docs-example')
    expect(body(await send('/serverless/v1/functions')).result).toMatchObject({ total: 2 })
  })

  it('empty-cluster: has no function at all', async () => {
    const { send } = await open('empty-cluster')
    expect(body(await send('/serverless/v1/functions')).result).toEqual({ functions: [], total: 0 })
    expect(await send('/serverless/v1/functions/0@faaspy@hello2')).toMatchObject({ status: 404 })
  })

  it('many-versions: pages through 121 records', async () => {
    const { send } = await open('many-versions')
    const last = body(await send('/serverless/v1/functions/0@faaspy@many/versions?pageIndex=13&pageSize=10'))
    expect(last).toMatchObject({ pageInfo: { total: 121, pageIndex: '13' } })
    expect((last.functions as unknown[]).length).toBe(1)
  })

  it('flaky-versions: fails the 2nd call with the etcd error, then recovers', async () => {
    const { send } = await open('flaky-versions')
    const path = '/serverless/v1/functions/0@faaspy@hello2/versions'
    const statuses = []
    for (let n = 0; n < 3; n++) statuses.push((await send(path)) as Outcome)
    expect(statuses.map((o) => (o.kind === 'response' ? o.status : o.kind))).toEqual([200, 500, 200])
    expect(toJson(statuses[1] as Outcome)).toEqual({ code: 122002, message: 'etcd internal error' })
  })

  it('slow-answers: waits at least 200 ms', async () => {
    const { send } = await open('slow-answers')
    const started = performance.now()
    await send('/serverless/v1/functions?pageSize=1')
    expect(performance.now() - started).toBeGreaterThanOrEqual(190)
  })

  it('version-limit: the next publish answers 4110', async () => {
    const { send } = await open('version-limit')
    const latest = body(await send('/serverless/v1/functions/0@faaspy@full')).function as {
      revisionId: string
    }
    const published = await send('/serverless/v1/functions/0@faaspy@full/versions', {
      method: 'POST',
      body: JSON.stringify({ revisionId: latest.revisionId, versionNumber: '9' }),
    })
    expect(toJson(published)).toEqual({
      code: 4110,
      message: 'the number of existing function versions is greater than the set value: 9',
    })
  })

  it('dropped-publish: drops the first publish, cuts the next list short, then recovers', async () => {
    const { send } = await open('dropped-publish')
    const versions = '/serverless/v1/functions/0@faaspy@hello2/versions'
    expect(await send(versions, { method: 'POST', body: '{}' })).toEqual({ kind: 'dropped' })
    expect(await send(versions)).toEqual({ kind: 'truncated', status: 200 })
    expect(body(await send(versions)).pageInfo).toMatchObject({ total: 2 })
  })
})
