import type { BenchConfig } from '../lib/bench-config.js'
import { assertSameBytes, type FullPage } from '../lib/full-page.js'
import { type LoadResult, runLoad } from '../lib/load.js'
import { type StartedServer, treeRssMiB } from '../lib/processes.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { startBareHono, startFake } from '../lib/servers.js'
import { alternate } from '../lib/side-by-side.js'
import { runWrk } from '../lib/wrk.js'

/** One server's figures over the rounds: wrk and autocannon on the full page, wrk on /healthz. */
interface ServerRuns {
  readonly wrkPage: LoadResult[]
  readonly autocannonPage: LoadResult[]
  readonly wrkHealth: LoadResult[]
}

/**
 * Goal 1 (throughput and p99 on the full page and /healthz) and goal 3 (memory at the default seed,
 * after start and after this load), against a bare Hono app sending the same bytes, in one run.
 */
export async function benchThroughput(config: BenchConfig, page: FullPage): Promise<ReportRow[]> {
  const fake = await startFake(config)
  const fakeStartRss = treeRssMiB(fake.child.pid as number)
  const bare = await startBareHono(config, await assertSameBytes(page, [fake.url]))
  const bareStartRss = treeRssMiB(bare.child.pid as number)
  try {
    await assertSameBytes(page, [fake.url, bare.url])
    const runs = { fake: emptyRuns(), bare: emptyRuns() }
    const round = async (server: StartedServer, into: ServerRuns) => {
      into.wrkPage.push(await checked(runWrk(`${server.url}${page.path}`, wrkOptions(config, page))))
      into.autocannonPage.push(
        await checked(runLoad(`${server.url}${page.path}`, config.loadSeconds, 16, page.headers)),
      )
      into.wrkHealth.push(await checked(runWrk(`${server.url}/healthz`, wrkOptions(config))))
    }
    await alternate(config.rounds, {
      fake: () => round(fake, runs.fake),
      bare: () => round(bare, runs.bare),
    })
    const memory = {
      fake: [fakeStartRss, treeRssMiB(fake.child.pid as number)],
      bare: [bareStartRss, treeRssMiB(bare.child.pid as number)],
    }
    return [...toThroughputRows(page, runs), ...toMemoryRows(memory)]
  } finally {
    await Promise.all([fake.stop(), bare.stop()])
  }
}

function wrkOptions(config: BenchConfig, page?: FullPage) {
  return { seconds: config.loadSeconds, connections: 16, headers: page?.headers }
}

function emptyRuns(): ServerRuns {
  return { wrkPage: [], autocannonPage: [], wrkHealth: [] }
}

function toThroughputRows(page: FullPage, runs: { fake: ServerRuns; bare: ServerRuns }): ReportRow[] {
  const pageLabel = `full page (${page.versions} versions, ${(page.bytes / 1000).toFixed(1)} kB, same bytes)`
  const rps = (key: keyof ServerRuns) => ({
    fake: runs.fake[key].map((r) => r.rps),
    base: runs.bare[key].map((r) => r.rps),
  })
  const p99 = (key: keyof ServerRuns) => ({
    fake: runs.fake[key].map((r) => r.p99Ms),
    base: runs.bare[key].map((r) => r.p99Ms),
  })
  const goal = '1 throughput'
  const baseLabel = 'bare Hono'
  return [
    toRatioRow({
      goal,
      measure: `${pageLabel}, wrk -t1 -c16, req/s`,
      ...rps('wrkPage'),
      baseLabel,
      op: '>=',
      target: 0.85,
    }),
    toRatioRow({
      goal,
      measure: `${pageLabel}, autocannon -c16, req/s`,
      ...rps('autocannonPage'),
      baseLabel,
      op: '>=',
      target: 0.85,
    }),
    toRatioRow({
      goal,
      measure: '/healthz, wrk -t1 -c16, req/s',
      ...rps('wrkHealth'),
      baseLabel,
      op: '>=',
      target: 0.9,
    }),
    toRatioRow({
      goal,
      measure: `${pageLabel}, wrk p99 ms`,
      ...p99('wrkPage'),
      baseLabel,
      op: '<=',
      target: 1.5,
      digits: 2,
    }),
    toRatioRow({
      goal,
      measure: `${pageLabel}, autocannon p99 ms (1 ms resolution)`,
      ...p99('autocannonPage'),
      baseLabel,
      op: '<=',
      target: 1.5,
      digits: 1,
      floor: 1,
    }),
    toRatioRow({
      goal,
      measure: '/healthz, wrk p99 ms',
      ...p99('wrkHealth'),
      baseLabel,
      op: '<=',
      target: 1.5,
      digits: 2,
    }),
  ]
}

function toMemoryRows(memory: { fake: number[]; bare: number[] }): ReportRow[] {
  const [fakeStart, fakeAfter] = memory.fake as [number, number]
  const [bareStart, bareAfter] = memory.bare as [number, number]
  const row = (measure: string, fake: number, bare: number, limit: number): ReportRow => ({
    goal: '3 memory',
    measure: `${measure}, resident MiB`,
    value: fake.toFixed(0),
    baseline: `${bare.toFixed(0)} bare Hono`,
    ratio: (fake / bare).toFixed(2),
    target: `≤ ${limit} MiB`,
    met: fake <= limit,
  })
  return [
    row('default seed, right after start', fakeStart, bareStart, 80),
    row('default seed, after the throughput load', fakeAfter, bareAfter, 95),
  ]
}

async function checked<T extends LoadResult>(run: Promise<T>): Promise<T> {
  const result = await run
  if (result.errors > 0) throw new Error(`the load run saw ${result.errors} errors or non-2xx answers`)
  return result
}
