import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'
import { checkFakeAnswer } from '../support/answer-recorder.js'
import { type Outcome, toOutcome } from '../support/outcome.js'
import { type AnswerRules, findProblem } from './answer-checks.js'
import { body, headers, nameSegment, queryString } from './arbitraries.js'

// Runs per endpoint: FC_RUNS (npm run test:properties uses 10,000); the seed is printed so a
// failure can be replayed with FC_SEED=<seed>.
const RUNS = Number(process.env.FC_RUNS ?? 300)
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
console.log(`fast-check: ${RUNS} runs per endpoint, seed ${SEED} (replay with FC_SEED=${SEED})`)

const statuses = (...list: number[]) => new Set(list)
const PREFIX = '/serverless/v1/functions'
const PODPOOLS = '/serverless/v1/podpools'

interface Endpoint {
  readonly title: string
  readonly method: string
  readonly path: (name: string) => string
  readonly hasBody: boolean
  readonly rules: AnswerRules
}

const ENDPOINTS: Endpoint[] = [
  {
    title: 'GET versions',
    method: 'GET',
    path: (n) => `${PREFIX}/${n}/versions`,
    hasBody: false,
    rules: { statuses: statuses(200, 301, 404, 500), mayDrop: true },
  },
  {
    title: 'POST versions (publish)',
    method: 'POST',
    path: (n) => `${PREFIX}/${n}/versions`,
    hasBody: true,
    rules: { statuses: statuses(200, 307, 404, 413, 500), mayDrop: false },
  },
  {
    title: 'GET functions',
    method: 'GET',
    path: () => PREFIX,
    hasBody: false,
    rules: { statuses: statuses(200), mayDrop: true },
  },
  {
    title: 'POST functions (create)',
    method: 'POST',
    path: () => PREFIX,
    hasBody: true,
    rules: { statuses: statuses(200, 400, 413, 500), mayDrop: false },
  },
  {
    title: 'GET one',
    method: 'GET',
    path: (n) => `${PREFIX}/${n}`,
    hasBody: false,
    rules: { statuses: statuses(200, 301, 404, 500), mayDrop: false },
  },
  {
    title: 'PUT one (update)',
    method: 'PUT',
    path: (n) => `${PREFIX}/${n}`,
    hasBody: true,
    rules: { statuses: statuses(200, 307, 404, 413, 500), mayDrop: false },
  },
  {
    title: 'DELETE one',
    method: 'DELETE',
    path: (n) => `${PREFIX}/${n}`,
    hasBody: false,
    rules: { statuses: statuses(200, 307, 400, 404, 500), mayDrop: false },
  },
  {
    title: 'POST reserve-instance',
    method: 'POST',
    path: () => `${PREFIX}/reserve-instance`,
    hasBody: true,
    rules: { statuses: statuses(200, 400, 404, 413, 500), mayDrop: false },
  },
  {
    title: 'DELETE reserve-instance',
    method: 'DELETE',
    path: () => `${PREFIX}/reserve-instance`,
    hasBody: true,
    rules: { statuses: statuses(200, 400, 404, 413, 500), mayDrop: false },
  },
  // Pod pools: every error is the 500 writer but 4120 (404); huge paging can wrap and drop, as in Go.
  {
    title: 'POST podpools (create)',
    method: 'POST',
    path: () => PODPOOLS,
    hasBody: true,
    rules: { statuses: statuses(200, 307, 404, 413, 500), mayDrop: false },
  },
  {
    title: 'GET podpools (list)',
    method: 'GET',
    path: () => PODPOOLS,
    hasBody: false,
    rules: { statuses: statuses(200, 404, 500), mayDrop: true },
  },
  {
    title: 'DELETE podpools',
    method: 'DELETE',
    path: () => PODPOOLS,
    hasBody: false,
    rules: { statuses: statuses(200, 404, 500), mayDrop: false },
  },
  {
    title: 'PUT podpools/{id} (update)',
    method: 'PUT',
    path: (n) => `${PODPOOLS}/${n}`,
    hasBody: true,
    rules: { statuses: statuses(200, 301, 307, 404, 413, 500), mayDrop: false },
  },
]

let service: MetaService
beforeAll(async () => {
  service = createMetaService({ functions: 5, load: [{ name: '0@svc@prop', kind: 'faas', versions: 2 }] })
  await service.ready
})

async function send(
  endpoint: Endpoint,
  name: string,
  query: string,
  head: Record<string, string>,
  text: string,
): Promise<Outcome> {
  const init: RequestInit = { method: endpoint.method, headers: head }
  if (endpoint.hasBody) init.body = text
  const path = `${endpoint.path(name)}${query}`
  const outcome = await toOutcome(await service.fetch(new Request(`http://fake.test${path}`, init)))
  checkFakeAnswer(endpoint.method, path, outcome)
  return outcome
}

describe('any input', () => {
  it.each(ENDPOINTS)(
    'gets an answer the real server could give: $title',
    async (endpoint) => {
      await fc.assert(
        fc.asyncProperty(nameSegment, queryString, headers, body, async (name, query, head, text) => {
          const problem = findProblem(await send(endpoint, name, query, head, text), endpoint.rules)
          if (problem) throw new Error(`${endpoint.method} ${endpoint.path(name)}${query}: ${problem}`)
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      )
    },
    600_000,
  )

  it('keeps the invariants of the data after all those requests', async () => {
    const store = service.engine.defaultState.store
    const records = store.allRecords()
    const byFunction = new Map<string, string[]>()
    const stamps = new Set<string>()
    for (const record of records) {
      expect(record.businessId).toBe('yrk')
      expect(record.revisionId).toMatch(/^[0-9]{14,17}$/)
      expect(record.modRevision).toBeLessThanOrEqual(store.revision)
      stamps.add(`${record.modRevision}/${record.writeOrder}`)
      const key = `${record.tenantId}/${record.productId}/${record.name}`
      byFunction.set(key, [...(byFunction.get(key) ?? []), record.versionNumber])
    }
    // Every write stamps its records apart; no function holds a version twice or more than the limit.
    expect(stamps.size).toBe(records.length)
    for (const versions of byFunction.values()) {
      expect(new Set(versions).size).toBe(versions.length)
      const published = versions.filter((version) => version !== '$latest' && version !== 'latest')
      expect(published.length).toBeLessThanOrEqual(service.engine.defaultState.config.versionMax)
    }
    // The API's total agrees with the store for the default tenant.
    const listed = await service.fetch(
      new Request('http://fake.test/serverless/v1/functions?pageIndex=1&pageSize=1'),
    )
    const { result } = (await listed.json()) as { result: { total: number } }
    expect(result.total).toBe(records.filter((record) => record.tenantId === 'default').length)
  })
})
