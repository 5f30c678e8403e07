import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { createMetaService, type MetaService, type MetaSnapshot } from '../../src/index.js'
import { queryString } from '../reliability/arbitraries.js'

// The answer cache must never change an answer (issue 23, finding 7): a random stream of requests
// and admin calls goes to two fresh fakes, one keeping GET answers and one routing every request,
// and every answer must be the same bytes (status, headers, body). The stream is drawn from small
// sets so that GETs repeat (the cache keeps an answer from its second time), across sessions,
// tenants, products, X-Forwarded-Prefix values, writes, resets, snapshots and scenario switches.
// FC_RUNS sets the number of streams; the seed is printed so a failure replays with FC_SEED=<seed>.
const RUNS = Number(process.env.FC_RUNS ?? 40)
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31)
console.log(`answer cache on/off: ${RUNS} streams, seed ${SEED} (replay with FC_SEED=${SEED})`)

const F = '/serverless/v1/functions'
const HELLO = '0@faaspy@hello2'
const MADE = '0@svc@made'

/** Mostly the trailing-slash redirects (their Location reads X-Forwarded-Prefix), so that they repeat. */
const path = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(`${F}/${HELLO}/`, `${F}/${HELLO}/versions/`, `${F}/`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      `${F}/${MADE}/`,
      `${F}/${HELLO}`,
      `${F}/${HELLO}/versions`,
      `${F}/${MADE}`,
      F,
      `/admin/v1/functions/${HELLO}`,
      `/admin/v1/functions/${MADE}/versions`,
      `${F}/reserve-instance`,
      '/serverless/v1/podpools',
      '/serverless/v1/podpools/',
      '/healthz',
      '/healthz/',
    ),
  },
)
const query = fc.oneof(
  { weight: 8, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom('?pageIndex=1&pageSize=2', '?isAdmin=1', '?id=p1&x=%20y') },
  { weight: 1, arbitrary: queryString },
)
/** Mostly absent, so that the same request comes again; when present, values that change answers. */
const rare = <T>(values: readonly T[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(...values) },
  )
const requestHeaders = fc.record({
  'x-forwarded-prefix': fc.constantFrom(undefined, '/evil', '/mine', '', '/a/../b//c', 'no-slash', '/%2e%2e'),
  'x-tenant-id': rare(['', 'default', 'ta', 'tb', 'other']),
  'x-product-id': rare(['', 'p1']),
  'x-mock-session': rare(['a', 'b']),
  'x-unread': rare(['1', '2']),
})

const createBody = (name: string) =>
  JSON.stringify({ name, runtime: 'python3.9', handler: 'h.h', cpu: 500, memory: 256, timeout: 60 })
const write = fc.constantFrom(
  { method: 'POST', path: F, body: createBody(MADE) },
  { method: 'DELETE', path: `${F}/${MADE}`, body: undefined },
  { method: 'DELETE', path: `${F}/${HELLO}`, body: undefined },
  { method: 'POST', path: '/serverless/v1/podpools', body: JSON.stringify({ pools: [{ id: 'p1' }] }) },
  { method: 'DELETE', path: '/serverless/v1/podpools?id=p1', body: undefined },
)

type Action =
  | {
      readonly kind: 'request'
      readonly method: string
      readonly path: string
      readonly body?: string
      readonly headers: Record<string, string | undefined>
    }
  | { readonly kind: 'reset'; readonly session?: string }
  | { readonly kind: 'snapshot'; readonly session: string }
  | { readonly kind: 'restore'; readonly session: string }
  | { readonly kind: 'scenario'; readonly name: string | undefined }

const session = fc.constantFrom('', 'a', 'b')
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 24,
    arbitrary: fc
      .tuple(path, query, requestHeaders)
      .map(([p, q, headers]) => ({ kind: 'request' as const, method: 'GET', path: `${p}${q}`, headers })),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(write, requestHeaders)
      .map(([w, headers]) => ({ kind: 'request' as const, ...w, headers })),
  },
  {
    weight: 1,
    arbitrary: fc
      .option(fc.constantFrom('a', 'b'), { nil: undefined })
      .map((s) => ({ kind: 'reset' as const, session: s })),
  },
  { weight: 1, arbitrary: session.map((s) => ({ kind: 'snapshot' as const, session: s })) },
  { weight: 1, arbitrary: session.map((s) => ({ kind: 'restore' as const, session: s })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('ta', 'tb', undefined).map((name) => ({ kind: 'scenario' as const, name })),
  },
)

/** Two scenarios whose settings differ in what a GET reads (the default tenant), and a rule. */
const SCENARIOS = [
  { name: 'ta', functions: 1, config: { defaultTenant: 'ta' }, load: [{ name: MADE, versions: 2 }] },
  {
    name: 'tb',
    functions: 2,
    config: { defaultTenant: 'tb' },
    rules: [
      { match: { method: 'GET', path: `${F}/:name/versions` }, calls: { nth: 3 }, respond: { status: 503 } },
    ],
  },
]

function openFake(answerCache: boolean): MetaService {
  const now = new Date('2025-06-01T00:00:00.000Z')
  return createMetaService({ functions: 2, scenarios: SCENARIOS, now: () => now, answerCache })
}

/** What a client receives: status, every header, and the body's bytes. */
async function toBytes(response: Response) {
  const headers = [...response.headers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return {
    status: response.status,
    headers,
    body: Buffer.from(await response.arrayBuffer()).toString('base64'),
  }
}

/** Carries out one action on a fake; a request gives its answer, an admin call nothing. */
async function carryOut(fake: MetaService, snapshots: Map<string, MetaSnapshot>, step: Action) {
  if (step.kind === 'request') {
    const headers = Object.fromEntries(
      Object.entries(step.headers).filter(([, value]) => value !== undefined),
    )
    const init: RequestInit = { method: step.method, headers: headers as Record<string, string> }
    if (step.body !== undefined) init.body = step.body
    return toBytes(await fake.fetch(new Request(`http://fake.test${step.path}`, init)))
  }
  if (step.kind === 'reset') await fake.reset(step.session === undefined ? {} : { session: step.session })
  if (step.kind === 'snapshot') snapshots.set('saved', fake.snapshot({ session: step.session }))
  const saved = snapshots.get('saved')
  if (step.kind === 'restore' && saved) fake.restore(saved, { session: step.session })
  if (step.kind === 'scenario') await fake.useScenario(step.name)
  return undefined
}

describe('the answer cache', () => {
  it('never changes an answer: the same stream gets the same bytes with the cache on and off', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 10, maxLength: 80 }), async (actions) => {
        const cached = openFake(true)
        const routed = openFake(false)
        const snapshots = [new Map<string, MetaSnapshot>(), new Map<string, MetaSnapshot>()] as const
        for (const [index, step] of actions.entries()) {
          const fromCache = await carryOut(cached, snapshots[0], step)
          const fromRoutes = await carryOut(routed, snapshots[1], step)
          if (JSON.stringify(fromCache) !== JSON.stringify(fromRoutes))
            expect({ step: index, action: step, answer: fromCache }).toEqual({
              step: index,
              action: step,
              answer: fromRoutes,
            })
        }
      }),
      { numRuns: RUNS, seed: SEED },
    )
  }, 600_000)

  it('is really used by the fake with the cache on, and not by the other (the comparison means something)', async () => {
    for (const [answerCache, routedTimes] of [
      [true, 2],
      [false, 4],
    ] as const) {
      const fake = openFake(answerCache)
      await fake.ready
      const routed = vi.spyOn(fake.engine.realServer, 'handle')
      for (let time = 0; time < 4; time++) await fake.fetch(new Request(`http://fake.test${F}/${HELLO}/`))
      expect(routed).toHaveBeenCalledTimes(routedTimes)
    }
  })
})
