import fc from 'fast-check'
import { beforeAll, describe, it } from 'vitest'
import { requestFilterSchema } from '../../src/admin/journal-routes.js'
import { createMetaService, type MetaService } from '../../src/index.js'
import { type Outcome, toOutcome } from '../support/outcome.js'

// /__admin gets random bodies and queries like the real routes do: every answer is a documented
// one (200, or 400/404 with {"error"} naming the key), and a body the filter schema refuses is
// never answered 200. Runs per endpoint: FC_RUNS (npm run test:properties uses 10,000).
const RUNS = Number(process.env.FC_RUNS ?? 300)
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
console.log(`fast-check (/__admin): ${RUNS} runs per endpoint, seed ${SEED} (replay with FC_SEED=${SEED})`)

interface AdminEndpoint {
  readonly method: string
  readonly path: string
  /** Statuses the README documents for it. */
  readonly statuses: readonly number[]
  /** Keys its body accepts (none: the body must be absent or `{}`). */
  readonly bodyKeys: readonly string[]
  readonly queryKeys: readonly string[]
}

const FILTER_KEYS = ['method', 'path', 'query', 'headers', 'session', 'status']
const ENDPOINTS: AdminEndpoint[] = [
  { method: 'GET', path: '/health', statuses: [200, 400], bodyKeys: [], queryKeys: ['session'] },
  { method: 'POST', path: '/reset', statuses: [200, 400], bodyKeys: [], queryKeys: ['session', 'all'] },
  { method: 'GET', path: '/scenarios', statuses: [200, 400], bodyKeys: [], queryKeys: ['session'] },
  {
    method: 'POST',
    path: '/scenarios/missing/activate',
    statuses: [400, 404],
    bodyKeys: [],
    queryKeys: ['session'],
  },
  {
    method: 'POST',
    path: '/scenarios/active/reset',
    statuses: [200, 400],
    bodyKeys: [],
    queryKeys: ['session'],
  },
  {
    method: 'GET',
    path: '/requests',
    statuses: [200, 400],
    bodyKeys: [],
    queryKeys: ['session', 'method', 'path', 'status'],
  },
  {
    method: 'POST',
    path: '/requests/find',
    statuses: [200, 400],
    bodyKeys: FILTER_KEYS,
    queryKeys: ['session'],
  },
  {
    method: 'POST',
    path: '/requests/count',
    statuses: [200, 400],
    bodyKeys: FILTER_KEYS,
    queryKeys: ['session'],
  },
  { method: 'DELETE', path: '/requests', statuses: [200, 400], bodyKeys: [], queryKeys: ['session'] },
  { method: 'GET', path: '/sessions', statuses: [200, 400], bodyKeys: [], queryKeys: [] },
  { method: 'POST', path: '/snapshots', statuses: [200, 400], bodyKeys: [], queryKeys: ['session'] },
  {
    method: 'POST',
    path: '/snapshots/999/restore',
    statuses: [400, 404],
    bodyKeys: [],
    queryKeys: ['session'],
  },
]

const anyKey = fc.oneof(
  fc.constantFrom(...FILTER_KEYS, 'filter', 'methd', 'all', 'session'),
  fc.string({ maxLength: 8 }),
)
const anyValue = fc.oneof(
  fc.constantFrom('GET', 'DELETE', '/serverless/v1/functions/*', '*/versions', 'true', ''),
  fc.integer({ min: 0, max: 700 }),
  fc.jsonValue({ maxDepth: 2 }),
  fc.dictionary(
    fc.constantFrom('name', 'x-trace-id', 'matches'),
    fc.oneof(fc.string({ maxLength: 5 }), fc.record({ matches: fc.constantFrom('a', '(', '.*') })),
  ),
)
/** Bodies: absent, objects of likely and unlikely keys, any JSON, broken JSON. */
const adminBody = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc.dictionary(anyKey, anyValue, { maxKeys: 4 }).map((value) => JSON.stringify(value)),
  },
  { weight: 2, arbitrary: fc.json({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
)
const adminQuery = fc
  .array(
    fc.tuple(anyKey, fc.oneof(fc.constantFrom('a', 'true', '404', 'GET'), fc.string({ maxLength: 6 }))),
    {
      maxLength: 3,
    },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${new URLSearchParams(pairs)}`))
const sessionHeader = fc.constantFrom<Record<string, string>>(
  {},
  { 'x-mock-session': 'a' },
  { 'x-mock-session': 'b' },
)

let service: MetaService
beforeAll(async () => {
  service = createMetaService({ functions: 2 })
  await service.ready
  await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
})

function findAdminProblem(
  endpoint: AdminEndpoint,
  outcome: Outcome,
  text: string | undefined,
): string | undefined {
  if (outcome.kind !== 'response') return `${outcome.kind} the connection`
  if (!endpoint.statuses.includes(outcome.status))
    return `status ${outcome.status}: ${outcome.body.slice(0, 300)}`
  let answer: Record<string, unknown>
  try {
    answer = JSON.parse(outcome.body) as Record<string, unknown>
  } catch {
    return `not JSON: ${outcome.body.slice(0, 200)}`
  }
  if (outcome.status === 400) {
    if (typeof answer.error !== 'string') return `a 400 without an error: ${outcome.body}`
    if (answer.allowed !== undefined && !Array.isArray(answer.allowed))
      return `allowed is not a list: ${outcome.body}`
  }
  if (outcome.status === 200 && endpoint.bodyKeys.length > 0 && text !== undefined && text.trim() !== '') {
    const parsed = safeParse(text)
    if (!requestFilterSchema().safeParse(parsed).success)
      return `a 200 for a filter the schema refuses: ${text}`
  }
  if (outcome.status === 200 && endpoint.bodyKeys.length === 0 && text !== undefined && text.trim() !== '') {
    const parsed = safeParse(text)
    const isEmptyObject =
      typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed) &&
      Object.keys(parsed).length === 0
    if (!isEmptyObject) return `a 200 for a body on a route that takes none: ${text}`
  }
  return undefined
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return Symbol('not JSON')
  }
}

describe('/__admin under any input', () => {
  it.each(ENDPOINTS)(
    'answers only documented answers: $method $path',
    async (endpoint) => {
      await fc.assert(
        fc.asyncProperty(adminQuery, adminBody, sessionHeader, async (query, text, head) => {
          const init: RequestInit = { method: endpoint.method, headers: head }
          if (endpoint.method !== 'GET') init.body = text
          const url = `http://fake.test/__admin${endpoint.path}${query}`
          const outcome = await toOutcome(await service.fetch(new Request(url, init)))
          const problem = findAdminProblem(endpoint, outcome, endpoint.method === 'GET' ? undefined : text)
          if (problem)
            throw new Error(`${endpoint.method} ${endpoint.path}${query} ${text ?? ''}: ${problem}`)
          const unknown = [...new URLSearchParams(query).keys()].find(
            (key) => !endpoint.queryKeys.includes(key),
          )
          if (unknown !== undefined && outcome.kind === 'response' && outcome.status !== 400)
            throw new Error(`${endpoint.path}${query}: the unknown query key "${unknown}" was not refused`)
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      )
    },
    600_000,
  )
})
