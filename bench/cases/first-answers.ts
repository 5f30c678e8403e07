import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { BenchConfig } from '../lib/bench-config.js'
import { buildPreviousCli } from '../lib/previous-fake.js'
import { type StartedServer, startServerProcess, takePort, treeRssMiB } from '../lib/processes.js'
import type { ReportRow } from '../lib/report.js'
import { type FakeData, fakeDataArgs, startFake } from '../lib/servers.js'
import { median, ratio, spread } from '../lib/stats.js'

/**
 * The fake before issue 25's store change: its first function list built an `@msw/data` collection of
 * every record. Its CLI loads `@msw/data` from a file its build bundles (decision 0033), made here too.
 */
export const BEFORE_COLD_PATHS = '0e97fdc'

const F = '/serverless/v1/functions'
const CREATE = { name: '0@svc@first', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }
const POOL = { id: 'first-pool', size: 1, group: 'g', reuse: false, image: 'i', init_image: 'i' }

/** Every route of the API once, reads first (a write starts a new state of the data), each timed. */
function toFirstRequests(fn: string): Array<readonly [string, string, unknown?]> {
  return [
    ['GET', F],
    ['GET', `${F}?name=hello`],
    ['GET', `${F}?versionNumber=1`],
    ['GET', `${F}?name=hello&versionNumber=2`],
    ['GET', `/admin/v1/functions?pageIndex=2&pageSize=50`],
    ['GET', `${F}/${fn}`],
    ['GET', `${F}/${fn}/versions?pageIndex=1&pageSize=10`],
    ['GET', `${F}/reserve-instance`],
    ['GET', '/serverless/v1/podpools'],
    ['POST', F, CREATE],
    ['PUT', `${F}/${CREATE.name}`, { ...CREATE, cpu: 600 }],
    ['POST', `${F}/${CREATE.name}/versions`, { versionNumber: '1' }],
    ['GET', `${F}?name=first`],
    ['DELETE', `${F}/${CREATE.name}`],
    ['POST', `${F}/reserve-instance`, { funcName: fn, version: '$latest', instanceLabel: 'first' }],
    ['DELETE', `${F}/reserve-instance`],
    ['POST', '/serverless/v1/podpools', { pools: [POOL] }],
    ['PUT', '/serverless/v1/podpools/first-pool', { size: 2 }],
    ['DELETE', '/serverless/v1/podpools?id=first-pool'],
  ]
}

/** The lists again, after a reset and in a new session: neither may bring a slow first answer back. */
const LISTS_AGAIN = [F, `${F}?name=hello`, `${F}?versionNumber=1`]

/** One start's figures: the slowest first answer and which route, the list's, after reset/session, RSS. */
interface FirstAnswers {
  readonly slowestMs: number
  readonly slowestRoute: string
  readonly listMs: number
  readonly againMs: number
  /** The slowest first list after a hot reload of the fixture (the large data set only; else 0). */
  readonly reloadMs: number
  readonly rssMiB: number
  readonly records: number
}

/** The large data set's fixture, in a folder of this case's own, which a round rewrites to reload it. */
interface Fixture {
  readonly workDir: string
  reset(): void
  change(): void
}

function toFixture(config: BenchConfig): Fixture {
  const workDir = join(config.workDir, 'first-answers')
  mkdirSync(workDir, { recursive: true })
  const file = join(workDir, 'big.json')
  const original = JSON.parse(readFileSync(join(config.workDir, 'big.json'), 'utf8'))
  return {
    workDir,
    reset: () => writeFileSync(file, JSON.stringify(original)),
    change: () =>
      writeFileSync(
        file,
        JSON.stringify({
          ...original,
          load: [...original.load, { name: '0@faaspy@reloaded', versions: ['1'] }],
        }),
      ),
  }
}

/**
 * Goal 10 (issue 25): the first answer of every route after start, at the default seed and at the large
 * data set (~100,000 records), this fake and the one before the change alternated in one run; then the
 * lists again after a reset and in a new session; the resident size after all of it.
 */
export async function benchFirstAnswers(config: BenchConfig): Promise<ReportRow[]> {
  const rows: ReportRow[] = []
  const beforeCli = await buildBeforeCli(config)
  const fixture = toFixture(config)
  for (const [data, fn, target] of [
    ['default', '0@faaspy@hello2', 20],
    ['big', '0@faaspy@big', 100],
  ] as const) {
    const now: FirstAnswers[] = []
    const before: FirstAnswers[] = []
    // A default start takes half a second: three times the rounds, as its median sits near its 20 ms bound.
    const rounds = data === 'default' ? 3 * config.rounds : config.rounds
    for (let round = 0; round < rounds; round++) {
      const reload = data === 'big' ? fixture : undefined
      fixture.reset()
      now.push(await measureStart(() => startFake(fixture, data), fn, reload))
      fixture.reset()
      before.push(await measureStart(() => startBefore(fixture, beforeCli, data), fn, reload))
    }
    rows.push(...toRows(data, now, before, target))
  }
  return rows
}

async function measureStart(
  start: () => Promise<StartedServer>,
  fn: string,
  reload?: Fixture,
): Promise<FirstAnswers> {
  const server = await start()
  try {
    let [slowestMs, slowestRoute, listMs] = [0, '', 0]
    for (const [method, path, body] of toFirstRequests(fn)) {
      const ms = await timeRequest(`${server.url}${path}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (path === F && method === 'GET' && listMs === 0) listMs = ms
      if (ms > slowestMs) [slowestMs, slowestRoute] = [ms, `${method} ${path.split('?')[0]}`]
    }
    await fetch(`${server.url}/__admin/reset`, { method: 'POST' }).then((answer) => answer.arrayBuffer())
    let againMs = 0
    for (const path of LISTS_AGAIN) {
      againMs = Math.max(againMs, await timeRequest(`${server.url}${path}`, {}))
      const session = { headers: { 'x-mock-session': 'first-answers' } }
      againMs = Math.max(againMs, await timeRequest(`${server.url}${path}`, session))
    }
    const health = (await (await fetch(`${server.url}/__admin/health`)).json()) as { records: number }
    const reloadMs = reload ? await timeAfterReload(server.url, reload) : 0
    const rssMiB = treeRssMiB(server.child.pid as number)
    return { slowestMs, slowestRoute, listMs, againMs, reloadMs, rssMiB, records: health.records }
  } finally {
    await server.stop()
  }
}

/** Rewrites the fixture (one more loaded function), waits for the fake to load it, then times the lists. */
async function timeAfterReload(url: string, fixture: Fixture): Promise<number> {
  const records = async () =>
    ((await (await fetch(`${url}/__admin/health`)).json()) as { records: number }).records
  const before = await records()
  fixture.change()
  const deadline = performance.now() + 30_000
  while ((await records()) === before) {
    if (performance.now() > deadline) throw new Error('the fixture was not reloaded within 30 s')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  let slowest = 0
  for (const path of LISTS_AGAIN) slowest = Math.max(slowest, await timeRequest(`${url}${path}`, {}))
  return slowest
}

async function timeRequest(url: string, init: RequestInit): Promise<number> {
  const started = performance.now()
  const answer = await fetch(url, init)
  await answer.arrayBuffer()
  if (answer.status >= 500 && init.method === 'GET') throw new Error(`${url}: ${answer.status}`)
  return performance.now() - started
}

function toRows(data: FakeData, now: FirstAnswers[], before: FirstAnswers[], target: number): ReportRow[] {
  const label = data === 'default' ? 'default seed' : `${now[0]?.records.toLocaleString('en')} records`
  const side = (runs: FirstAnswers[], pick: (run: FirstAnswers) => number) => runs.map(pick)
  const row = (measure: string, pick: (run: FirstAnswers) => number, limit: number): ReportRow => {
    const value = median(side(now, pick))
    const baseline = median(side(before, pick))
    return {
      goal: '10 first answers',
      measure: `${measure}, ${label}, ms`,
      value: `${value.toFixed(1)} (${spread(side(now, pick))})`,
      baseline: `${baseline.toFixed(1)} (${spread(side(before, pick))}) fake at ${BEFORE_COLD_PATHS}`,
      ratio: ratio(value, baseline),
      target: `≤ ${limit}`,
      met: value <= limit,
    }
  }
  const slowest = now.reduce((worst, run) => (run.slowestMs > worst.slowestMs ? run : worst))
  const rows = [
    row(
      `slowest first answer of ${toFirstRequests('f').length} routes (${slowest.slowestRoute})`,
      (run) => run.slowestMs,
      target,
    ),
    row(`first \`GET ${F}\` after start`, (run) => run.listMs, target),
    row('slowest first list after a reset and in a new session', (run) => run.againMs, target),
  ]
  if (data === 'default') return rows
  rows.push(
    row(
      'slowest first list after a hot reload of the fixture (one more loaded function)',
      (run) => run.reloadMs,
      target,
    ),
  )
  const rss = median(side(now, (run) => run.rssMiB))
  const rssBefore = median(side(before, (run) => run.rssMiB))
  return [
    ...rows,
    {
      goal: '10 first answers',
      measure: `resident MiB after the first answers, ${label}`,
      value: rss.toFixed(0),
      baseline: `${rssBefore.toFixed(0)} fake at ${BEFORE_COLD_PATHS}`,
      ratio: ratio(rss, rssBefore),
      target: '≤ 250',
      met: rss <= 250,
    },
  ]
}

/** The fake before the change, built from git, with the `@msw/data` file its CLI imports. */
async function buildBeforeCli(config: BenchConfig): Promise<string> {
  const cli = buildPreviousCli(config, BEFORE_COLD_PATHS)
  await build({
    entryPoints: ['@msw/data'],
    outfile: join(cli, '../../store/msw-data-bundle.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  })
  return cli
}

function startBefore(
  config: Pick<BenchConfig, 'workDir'>,
  cli: string,
  data: FakeData,
): Promise<StartedServer> {
  const port = takePort()
  return startServerProcess({
    command: process.execPath,
    args: [cli, '--port', String(port), '--log-level', 'error', ...fakeDataArgs(config, data)],
    port,
    readyPath: '/healthz',
  })
}
