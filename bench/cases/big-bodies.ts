import { Hono } from 'hono'
import { createMetaService } from '../../src/index.js'
import type { BenchConfig } from '../lib/bench-config.js'
import type { ReportRow } from '../lib/report.js'
import { alternate } from '../lib/side-by-side.js'
import { median, spread } from '../lib/stats.js'

const PATH = '/serverless/v1/functions'
const HEADERS = { 'content-type': 'application/json' }
const BASIC = { runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }
/** The goal for either shape: a ~1 MiB body answered within this, in-process. */
const LIMIT_MS = 30

/** The two shapes of a ~1 MiB body: one long string, and a map of 22,000 keys. */
export function toShapes(smoke: boolean): Array<{ label: string; body: string; status: number }> {
  const keys = smoke ? 2_000 : 22_000
  const environment = Object.fromEntries(
    Array.from({ length: keys }, (_, index) => [`KEY_${index}`, `value-${index}`]),
  )
  return [
    {
      // answered 400 (4104: longer than 1,024), the message holding the whole value, as the server does
      label: `one ${smoke ? '100 kB' : '1 MB'} string (\`description\`, refused 4104 with the value)`,
      body: JSON.stringify({
        name: '0@svc@big',
        ...BASIC,
        description: 'x'.repeat(smoke ? 100_000 : 1_000_000),
      }),
      status: 400,
    },
    {
      label: `${keys.toLocaleString('en')} map keys (\`environment\`, ${smoke ? '50' : '550'} kB, created and answered)`,
      body: JSON.stringify({ name: '0@svc@big', ...BASIC, environment }),
      status: 200,
    },
  ]
}

/**
 * Big inputs: a POST of each shape through `app.request`, against a bare Hono app that reads the
 * same bytes with `JSON.parse` and answers them back with `c.json` (a native parse and an answer of
 * the same size: the fake's 4104 echoes the string, its 200 echoes the map).
 */
export async function benchBigBodies(config: BenchConfig): Promise<ReportRow[]> {
  const service = createMetaService()
  await service.ready
  const bare = new Hono().post('*', async (c) => c.json(JSON.parse(await c.req.text())))
  const samples = config.smoke ? 3 : 15
  const rows: ReportRow[] = []
  for (const shape of toShapes(config.smoke)) {
    const post = (app: { request: Hono['request'] }) =>
      app.request(PATH, { method: 'POST', body: shape.body, headers: HEADERS })
    const times = await alternate(config.rounds, {
      fake: () =>
        medianMs(
          samples,
          shape.status,
          () => post(service.app),
          () => service.reset(),
        ),
      bare: () =>
        medianMs(
          samples,
          200,
          () => post(bare),
          async () => undefined,
        ),
    })
    const fake = median(times.fake)
    const base = median(times.bare)
    rows.push({
      goal: '7 big inputs',
      measure: `a ~1 MiB body on \`POST ${PATH}\`, in-process, ms: ${shape.label}`,
      value: `${fake.toFixed(1)} (${spread(times.fake)})`,
      baseline: `${base.toFixed(1)} (${spread(times.bare)}) bare Hono: \`JSON.parse\` and \`c.json\` of the same bytes`,
      ratio: (fake / base).toFixed(2),
      target: `≤ ${LIMIT_MS} ms`,
      met: fake <= LIMIT_MS,
      note: 'see "Issue 25: a 1 MiB body" below',
    })
  }
  return rows
}

/** The median ms of `count` requests (after two to warm up), each answer read whole; `after` runs untimed. */
async function medianMs(
  count: number,
  status: number,
  send: () => Response | Promise<Response>,
  after: () => Promise<unknown>,
): Promise<number> {
  const times: number[] = []
  for (let n = 0; n < count + 2; n++) {
    const started = performance.now()
    const response = await send()
    await response.arrayBuffer()
    const elapsed = performance.now() - started
    if (response.status !== status) throw new Error(`big body answered ${response.status}, not ${status}`)
    if (n >= 2) times.push(elapsed)
    await after()
  }
  return median(times)
}
