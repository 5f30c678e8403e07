import { toJson } from '../support/outcome.js'
import { findProblem } from './answer-checks.js'
import { KeepAliveConnection } from './keep-alive-client.js'

/** What a soak run saw. */
export interface SoakResult {
  readonly requests: number
  readonly seconds: number
  readonly problems: readonly string[]
  readonly drops: number
  /** Resident memory samples (MiB) at each tenth of the run. */
  readonly rssMiB: readonly number[]
}

interface Template {
  readonly method: string
  readonly path: (n: number) => string
  readonly body?: (n: number) => string
  /** Negative paging makes the real server drop the connection: scripted, so expected. */
  readonly mayDrop?: boolean
}

const F = '/serverless/v1/functions'
const create = (n: number) =>
  JSON.stringify({ name: `0@soak@fn-${n % 500}`, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 })
const TEMPLATES: readonly Template[] = [
  { method: 'GET', path: (n) => `${F}/0@faaspy@hello2/versions?pageIndex=${n % 3}&pageSize=${n % 4}` },
  { method: 'GET', path: () => `${F}/0@faaspy@hello2/versions?pageIndex=-1&pageSize=1`, mayDrop: true },
  { method: 'GET', path: (n) => `${F}?name=fn-${n % 50}&pageIndex=1&pageSize=5` },
  { method: 'POST', path: () => F, body: create },
  { method: 'GET', path: (n) => `${F}/0@soak@fn-${n % 500}` },
  {
    method: 'PUT',
    path: (n) => `${F}/0@soak@fn-${n % 500}`,
    body: () => JSON.stringify({ revisionId: 'x', cpu: 500, memory: 256, timeout: 3 }),
  },
  { method: 'POST', path: (n) => `${F}/0@soak@fn-${n % 500}/versions`, body: () => '{"revisionId":"x"}' },
  { method: 'DELETE', path: (n) => `${F}/0@soak@fn-${(n * 7) % 500}` },
  { method: 'GET', path: () => '/__admin/health' },
]
const STATUSES = new Set([200, 400, 404, 500])

/**
 * Sends `total` mixed requests over keep-alive connections, across `sessions` session ids (more
 * than the pool keeps, so sessions are evicted and rebuilt), and checks every answer.
 */
export async function runSoak(options: {
  readonly url: string
  readonly total: number
  readonly concurrency: number
  readonly sessions: number
  readonly rssOf: () => number
}): Promise<SoakResult> {
  const { hostname, port } = new URL(options.url)
  const problems: string[] = []
  const rssMiB: number[] = []
  let next = 0
  let drops = 0
  const started = performance.now()
  const worker = async () => {
    const connection = new KeepAliveConnection(hostname, Number(port))
    while (next < options.total) {
      const n = next++
      if (n % Math.max(1, Math.floor(options.total / 10)) === 0) rssMiB.push(options.rssOf())
      const template = TEMPLATES[n % TEMPLATES.length] as Template
      const outcome = await connection.send({
        method: template.method,
        path: template.path(n),
        headers: { 'x-mock-session': `soak-${n % options.sessions}` },
        body: template.body?.(n),
      })
      if (outcome.kind === 'dropped') drops++
      const problem = findProblem(outcome, { statuses: STATUSES, mayDrop: template.mayDrop === true })
      if (problem && problems.length < 20) problems.push(`${template.method} ${template.path(n)}: ${problem}`)
    }
    connection.close()
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  rssMiB.push(options.rssOf())
  return { requests: options.total, seconds: (performance.now() - started) / 1000, problems, drops, rssMiB }
}

export { toJson }
