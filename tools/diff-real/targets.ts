import { setupServer } from 'msw/node'
import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../../src/contract/server-version.js'
import type { Target } from '../../src/drift/target.js'
import { createMetaService, type MetaService } from '../../src/index.js'
import { createHandlers } from '../../src/msw/index.js'
import { startServer } from '../../src/node/index.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import { outageScenarios, switchFakeEtcd } from './etcd-fake.js'
import { putEtcd, toEtcdPuts } from './etcd-state.js'
import { type GivenState, needsRawClient, type Step } from './exchange.js'
import { fromFetchResponse, sendRaw } from './raw-http.js'

export type { Target }

export const FACE_NAMES = ['inprocess', 'node', 'msw'] as const
export type FaceName = (typeof FACE_NAMES)[number]

const MSW_BASE_URL = 'http://meta.golden.test'
const CLOCK_START = Date.parse('2026-01-02T03:04:05.000Z')

/**
 * A fresh fake with no data and a clock that moves one second (plus one millisecond, so revision ids
 * vary in length as real ones do) per request: every request sees one instant, as the real server
 * reading time.Now once, and two requests never share a time.
 */
function createSteppedFake(serverVersion: ServerVersion): {
  service: MetaService
  tick(): void
  window(): readonly [number, number]
  begin(given: GivenState | undefined): Promise<void>
} {
  let instant = CLOCK_START
  const outage = outageScenarios()
  const service = createMetaService({
    serverVersion,
    functions: 0,
    docExample: false,
    logLevel: 'silent',
    now: () => new Date(instant),
    scenarios: outage,
  })
  let givens = 0
  return {
    service,
    tick: () => {
      instant += 1001
    },
    window: () => [instant, instant],
    // what another writer put in etcd: the fake's scenario for the sequence (a fresh one each time)
    async begin(given) {
      if (!given) {
        if (service.engine.scenarios.active) await service.useScenario(undefined)
        return service.reset()
      }
      const name = `given-${++givens}`
      // the outage scenario stays loaded beside it, for the outage sequences that come later
      await service.engine.reloadScenarios([...outage, parseScenario({ name, ...given }, name)])
      await service.useScenario(name)
    },
  }
}

function headersOf(step: Step): Record<string, string> {
  return { ...(step.headers ?? {}) }
}

/**
 * The real server at `baseUrl`. `etcdUrl`: its etcd (v3 JSON gateway), where a sequence's `given`
 * state is put before the sequence; without one, such a sequence is refused. `timeoutMs` is asked at
 * each request (an outage makes the real server slow: decision 0031).
 */
export function openRealTarget(
  baseUrl: string,
  name = 'real',
  options: { etcdUrl?: string; timeoutMs?: () => number | undefined } = {},
): Target {
  const { etcdUrl, timeoutMs } = options
  let window: readonly [number, number] = [0, 0]
  return {
    name,
    async beginSequence(given) {
      if (!given) return
      if (!etcdUrl)
        throw new Error(`${name}: a sequence puts state in etcd, and no etcd was given (--real-etcd URL)`)
      await putEtcd(etcdUrl, toEtcdPuts(given))
    },
    async send(step) {
      const start = Date.now()
      const answer = await sendRaw(baseUrl, step.method, step.path, headersOf(step), step.body, timeoutMs?.())
      window = [start, Date.now()]
      return answer
    },
    lastWindow: () => window,
    close: async () => {},
  }
}

async function openInProcess(serverVersion: ServerVersion): Promise<Target> {
  const fake = createSteppedFake(serverVersion)
  await fake.service.ready
  return {
    name: 'inprocess',
    beginSequence: (given) => fake.begin(given),
    etcd: (state) => switchFakeEtcd(fake.service, state),
    lastWindow: fake.window,
    async send(step) {
      if (needsRawClient(step)) return { kind: 'not-carried' }
      fake.tick()
      const init = { method: step.method, headers: headersOf(step), body: step.body }
      return fromFetchResponse(await fake.service.fetch(new Request(`http://127.0.0.1${step.path}`, init)))
    },
    close: async () => {},
  }
}

async function openNode(serverVersion: ServerVersion): Promise<Target> {
  const fake = createSteppedFake(serverVersion)
  const server = await startServer({ port: 0, service: fake.service })
  return {
    name: 'node',
    beginSequence: (given) => fake.begin(given),
    etcd: (state) => switchFakeEtcd(fake.service, state),
    lastWindow: fake.window,
    send(step) {
      fake.tick()
      return sendRaw(server.url, step.method, step.path, headersOf(step), step.body)
    },
    close: () => server.close(),
  }
}

async function openMsw(serverVersion: ServerVersion): Promise<Target> {
  const fake = createSteppedFake(serverVersion)
  // bypass: the real server and the Node face are reached with node:http while MSW listens
  const server = setupServer(...createHandlers(fake.service, { baseUrl: MSW_BASE_URL }))
  server.listen({ onUnhandledRequest: 'bypass' })
  return {
    name: 'msw',
    beginSequence: (given) => fake.begin(given),
    etcd: (state) => switchFakeEtcd(fake.service, state),
    lastWindow: fake.window,
    async send(step) {
      if (needsRawClient(step)) return { kind: 'not-carried' }
      fake.tick()
      const init = {
        method: step.method,
        headers: headersOf(step),
        body: step.body,
        redirect: 'manual' as const,
      }
      try {
        return await fromFetchResponse(await fetch(`${MSW_BASE_URL}${step.path}`, init))
      } catch {
        return { kind: 'dropped' }
      }
    },
    close: async () => server.close(),
  }
}

/** A fresh fake answering as `serverVersion`, behind one face. */
export function openFace(
  face: FaceName,
  serverVersion: ServerVersion = DEFAULT_SERVER_VERSION,
): Promise<Target> {
  if (face === 'inprocess') return openInProcess(serverVersion)
  if (face === 'node') return openNode(serverVersion)
  return openMsw(serverVersion)
}
