import { createMetaService, type MetaService } from '../../src/index.js'
import { createUpstream, type SendUpstream } from '../../src/proxy/upstream.js'

export const UPSTREAM_URL = 'http://upstream.test'
export const FUNCTIONS = '/serverless/v1/functions'

/** A second fake standing in for the real server: empty, with a clock that moves a second per request. */
export function createUpstreamFake(): MetaService {
  let instant = Date.parse('2026-03-04T05:06:07.000Z')
  return createMetaService({
    functions: 0,
    docExample: false,
    logLevel: 'silent',
    now: () => {
      instant += 1001
      return new Date(instant)
    },
  })
}

/** Sends proxied requests to a fake in-process, as a network would. */
export function sendTo(service: MetaService): SendUpstream {
  return (url, init) => {
    const carries = init.body !== undefined && init.method !== 'GET' && init.method !== 'HEAD'
    return service.fetch(
      new Request(url, { method: init.method, headers: init.headers, body: carries ? init.body : undefined }),
      {
        body: init.body,
      },
    )
  }
}

/** A fake proxying to `upstream`. */
export function createProxyFake(
  upstream: MetaService,
  options: { scenarios?: unknown[]; scenario?: string } = {},
) {
  return createMetaService({
    logLevel: 'silent',
    upstream: createUpstream({ url: UPSTREAM_URL, send: sendTo(upstream) }),
    scenarios: options.scenarios as never,
    scenario: options.scenario,
  })
}

export interface FlowStep {
  readonly method: string
  readonly path: string
  readonly body?: unknown
}

/** The official CLI's flow: create, get, list, update, publish, get again, delete, get (now 404). */
export function officialFlow(name: string): FlowStep[] {
  const fn = `${FUNCTIONS}/${name}`
  return [
    { method: 'GET', path: fn },
    {
      method: 'POST',
      path: FUNCTIONS,
      body: { name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 },
    },
    { method: 'GET', path: fn },
    { method: 'GET', path: `${FUNCTIONS}?pageIndex=1&pageSize=10` },
    { method: 'PUT', path: fn, body: { revisionId: '<rev>', cpu: 600, memory: 512, timeout: 60 } },
    { method: 'POST', path: `${fn}/versions`, body: { revisionId: '<rev>', versionNumber: '1' } },
    { method: 'GET', path: fn },
    { method: 'GET', path: `${fn}/versions?pageIndex=1&pageSize=10` },
    { method: 'DELETE', path: fn },
    { method: 'GET', path: fn },
  ]
}

export interface SeenAnswer {
  readonly status: number
  readonly contentType: string | null
  readonly body: string
}

/** Runs a flow through `fetch`, filling `<rev>` from the last revision id answered. */
export async function runFlow(
  fetch: (request: Request) => Promise<Response>,
  steps: readonly FlowStep[],
  tenant = 'rec',
): Promise<SeenAnswer[]> {
  let revision = ''
  const answers: SeenAnswer[] = []
  for (const step of steps) {
    const body = step.body === undefined ? undefined : JSON.stringify(step.body).replace('<rev>', revision)
    const headers = { 'content-type': 'application/json', 'x-tenant-id': tenant, 'x-auth': 'secret-token' }
    const response = await fetch(
      new Request(`http://fake.test${step.path}`, { method: step.method, headers, body }),
    )
    const text = await response.text()
    revision = /"revisionId":"(\d+)"/.exec(text)?.[1] ?? revision
    answers.push({ status: response.status, contentType: response.headers.get('content-type'), body: text })
  }
  return answers
}
